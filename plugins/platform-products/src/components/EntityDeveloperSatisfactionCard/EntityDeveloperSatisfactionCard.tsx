import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Divider, Typography } from '@material-ui/core';
import type { SurveyResponseRequest } from '@paved-road/plugin-platform-products-common';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductsApiRef } from '../../api';
import { formatNps } from '../shared/format';
import { LineChart } from '../shared/LineChart';
import { NpsDistribution } from './NpsDistribution';
import { RecentComments } from './RecentComments';
import { SurveyForm } from './SurveyForm';

/** NPS of the entity's users, its history and comments, and the survey to answer. */
export function EntityDeveloperSatisfactionCard() {
  const { entity } = useEntity();
  const api = useApi(platformProductsApiRef);
  const alertApi = useApi(alertApiRef);
  const ref = getCompoundEntityRef(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getSurvey(ref),
    [api, ref.kind, ref.namespace, ref.name],
  );

  const answer = async (request: SurveyResponseRequest) => {
    try {
      const result = await api.answerSurvey(ref, request);
      alertApi.post({
        message: result.replaced
          ? 'Your answer was changed.'
          : 'Thank you for your answer.',
        severity: 'success',
        display: 'transient',
      });
      retry();
    } catch (e) {
      alertApi.post({
        message: `Your answer was not saved: ${(e as Error).message}`,
        severity: 'error',
      });
    }
  };

  let content;
  if (loading && !value) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (value) {
    const { current, history } = value;
    content = (
      <>
        <Typography variant="h4" component="p" data-testid="nps-value">
          NPS {formatNps(current.nps)}
          <Typography component="span" variant="body1" color="textSecondary">
            {' '}
            {current.period}, {current.responses}{' '}
            {current.responses === 1 ? 'answer' : 'answers'}
            {current.marginOfError !== null &&
              `, ± ${Math.round(current.marginOfError)}`}
          </Typography>
        </Typography>
        {current.responses > 0 ? (
          <NpsDistribution summary={current} />
        ) : (
          <Typography variant="body2" color="textSecondary">
            Nobody has answered this {value.periodUnit} yet: be the first.
          </Typography>
        )}
        {history.filter(p => p.nps !== null).length > 1 && (
          <LineChart
            title="NPS by period"
            points={history.map(p => ({ label: p.period, value: p.nps }))}
            formatValue={formatNps}
            min={-100}
            max={100}
            reference={{ value: 0, label: '0' }}
            height={120}
          />
        )}
        <Box my={2}>
          <Divider />
        </Box>
        <SurveyForm
          key={value.myAnswer?.answeredAt ?? 'unanswered'}
          question={value.question}
          myAnswer={value.myAnswer}
          onSubmit={answer}
        />
        <Box mt={2}>
          <Typography variant="subtitle2" component="h3">
            Recent comments
          </Typography>
          <RecentComments comments={value.recentComments} />
        </Box>
      </>
    );
  }
  return <InfoCard title="Developer satisfaction">{content}</InfoCard>;
}
