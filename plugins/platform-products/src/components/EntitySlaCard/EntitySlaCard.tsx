import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  MissingAnnotationEmptyState,
  useEntity,
} from '@backstage/plugin-catalog-react';
import { Typography } from '@material-ui/core';
import useAsync from 'react-use/esm/useAsync';
import { platformProductsApiRef } from '../../api';
import { ObjectiveView } from './ObjectiveView';

const HISTORY_MONTHS = 6;

/** The entity's SLA objectives, read from its `paved-road.io/sla-*` annotations. */
export function EntitySlaCard() {
  const { entity } = useEntity();
  const api = useApi(platformProductsApiRef);
  const ref = getCompoundEntityRef(entity);
  const { value, loading, error } = useAsync(async () => {
    const [sla, history] = await Promise.all([
      api.getEntitySla(ref),
      api.getEntitySlaHistory(ref, { months: HISTORY_MONTHS }),
    ]);
    return { sla, history };
  }, [api, ref.kind, ref.namespace, ref.name]);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (value) {
    const { sla, history } = value;
    content = (
      <>
        {sla.problems.length > 0 && (
          <WarningPanel
            title="Some SLA annotations were not understood"
            message={sla.problems.map(p => p.message).join('\n')}
          />
        )}
        {sla.sync.error && (
          <WarningPanel
            title={`SLI data could not be read from ${sla.sync.source}`}
            message={sla.sync.error}
          />
        )}
        {sla.objectives.length === 0 && sla.problems.length === 0 && (
          <MissingAnnotationEmptyState annotation="paved-road.io/sla-availability" />
        )}
        {sla.objectives.map(objective => (
          <ObjectiveView
            key={objective.id}
            objective={objective}
            history={history.objectives.find(o => o.id === objective.id)}
          />
        ))}
        {sla.objectives.length > 0 && (
          <Typography variant="caption" color="textSecondary">
            SLI source: {sla.sync.source}
          </Typography>
        )}
      </>
    );
  }
  return <InfoCard title="SLA">{content}</InfoCard>;
}
