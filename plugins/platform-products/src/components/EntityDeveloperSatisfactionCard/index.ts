import { withCardErrorBoundary } from '../shared/withCardErrorBoundary';
import { EntityDeveloperSatisfactionCard as Card } from './EntityDeveloperSatisfactionCard';

export const EntityDeveloperSatisfactionCard = withCardErrorBoundary(
  'Developer satisfaction',
  Card,
);
