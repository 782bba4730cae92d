import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductsApiRef } from '../../api';
import { formatMoney, formatRatio } from '../shared/format';
import { LineChart } from '../shared/LineChart';
import { AdoptingTeams } from './AdoptingTeams';
import { AdoptionHeadline } from './AdoptionHeadline';

/** A product's adoption: rate against target, adopters by team, trend, value. */
export function EntityAdoptionCard() {
  const { entity } = useEntity();
  const api = useApi(platformProductsApiRef);
  const ref = getCompoundEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getProductAdoption(ref),
    [api, ref.namespace, ref.name],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value) {
    content = null;
  } else {
    const { summary, history, teams, value: worth } = value;
    content = (
      <>
        <AdoptionHeadline summary={summary} trend={value.trend} />
        {history.length > 1 ? (
          <LineChart
            title="Adoption rate"
            points={history.map(p => ({ label: p.day, value: p.rate }))}
            formatValue={v => formatRatio(v, 0)}
            min={0}
            max={1}
            reference={
              summary.target !== null
                ? {
                    value: summary.target,
                    label: `target ${formatRatio(summary.target)}`,
                  }
                : undefined
            }
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            The trend chart appears once adoption has been snapshotted on two
            days (one snapshot a day).
          </Typography>
        )}
        {worth.costSavings !== null && (
          <Box my={2}>
            <Typography variant="body1">
              Value:{' '}
              <strong>{formatMoney(worth.costSavings, worth.currency)}</strong>{' '}
              ({worth.hoursSaved} hours saved: {worth.adopters} adopters ×{' '}
              {worth.hoursSavedPerAdopter} h)
            </Typography>
          </Box>
        )}
        {teams.length > 0 ? (
          <AdoptingTeams teams={teams} />
        ) : (
          <EmptyState
            missing="data"
            title="No adopters yet"
            description="An entity adopts this product with a dependsOn or consumesApis relation to it or one of its parts, or with the annotation paved-road.io/adopts."
          />
        )}
      </>
    );
  }
  return <InfoCard title="Adoption">{content}</InfoCard>;
}
