import { getCompoundEntityRef } from '@backstage/catalog-model';
import {
  EmptyState,
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import { Button } from '@material-ui/core';
import { useState } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { platformProductsApiRef } from '../../api';
import { ScorecardResultView } from './ScorecardResultView';

/** The entity's scorecard results: score, level and each check with its status. */
export function EntityScorecardCard() {
  const { entity } = useEntity();
  const api = useApi(platformProductsApiRef);
  const entityRef = getCompoundEntityRef(entity);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<Error>();

  const { value, loading, error, retry } = useAsyncRetry(async () => {
    const [results, definitions] = await Promise.all([
      api.getEntityScorecards(entityRef),
      api.listScorecards(),
    ]);
    return { results: results.results, definitions: definitions.items };
  }, [api, entityRef.kind, entityRef.namespace, entityRef.name]);

  const refresh = async () => {
    setRefreshing(true);
    setRefreshError(undefined);
    try {
      await api.refreshEntityScorecards(entityRef);
      retry();
    } catch (e) {
      setRefreshError(e as Error);
    } finally {
      setRefreshing(false);
    }
  };

  const action = (
    <Button size="small" onClick={refresh} disabled={refreshing || loading}>
      {refreshing ? 'Re-evaluating…' : 'Re-evaluate now'}
    </Button>
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (!value || value.results.length === 0) {
    content = (
      <EmptyState
        missing="data"
        title="No scorecard results yet"
        description="No configured scorecard applies to this entity, or it has not been evaluated yet. Scorecards are configured under platformProducts.scorecards in app-config.yaml; re-evaluate to check now."
      />
    );
  } else {
    content = value.results.map(result => (
      <ScorecardResultView
        key={result.scorecardId}
        result={result}
        definition={value.definitions.find(d => d.id === result.scorecardId)}
      />
    ));
  }

  return (
    <InfoCard title="Scorecards" action={action}>
      {refreshError && <ResponseErrorPanel error={refreshError} />}
      {content}
    </InfoCard>
  );
}
