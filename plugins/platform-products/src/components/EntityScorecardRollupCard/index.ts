import { withCardErrorBoundary } from '../shared/withCardErrorBoundary';
import { EntityScorecardRollupCard as Card } from './EntityScorecardRollupCard';

export const EntityScorecardRollupCard = withCardErrorBoundary(
  'Scorecards rollup',
  Card,
);
