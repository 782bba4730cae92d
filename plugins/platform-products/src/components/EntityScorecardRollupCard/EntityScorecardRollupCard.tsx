import {
  getCompoundEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { platformProductsApiRef } from '../../api';
import { RollupView } from './RollupView';

/** Scorecards over what a Group (with its child groups), System or Domain covers. */
export function EntityScorecardRollupCard() {
  const { entity } = useEntity();
  const api = useApi(platformProductsApiRef);
  const ref = getCompoundEntityRef(entity);
  const refString = stringifyEntityRef(entity);

  const { value, loading, error } = useAsync(async () => {
    const [rollups, definitions] = await Promise.all([
      api.getRollups(ref),
      api.listScorecards(),
    ]);
    const histories = await Promise.all(
      rollups.rollups.map(r =>
        api.getScorecardHistory(r.scorecardId, refString).then(h => h.points),
      ),
    );
    return {
      rollups: rollups.rollups,
      definitions: definitions.items,
      histories,
    };
  }, [api, refString]);

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.rollups.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No scorecard results here yet"
        description={`Nothing ${
          entity.kind.toLocaleLowerCase('en-US') === 'group'
            ? 'owned by this team or its sub-teams'
            : 'in this system or domain'
        } has scorecard results. Entities get results when a scorecard's filter matches them.`}
      />
    );
  } else {
    content = value.rollups.map((rollup, i) => (
      <RollupView
        key={rollup.scorecardId}
        rollup={rollup}
        definition={value.definitions.find(d => d.id === rollup.scorecardId)}
        history={value.histories[i]}
      />
    ));
  }

  return <InfoCard title="Scorecards rollup">{content}</InfoCard>;
}
