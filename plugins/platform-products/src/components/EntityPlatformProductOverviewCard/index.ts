import { withCardErrorBoundary } from '../shared/withCardErrorBoundary';
import { EntityPlatformProductOverviewCard as Card } from './EntityPlatformProductOverviewCard';

export const EntityPlatformProductOverviewCard = withCardErrorBoundary(
  'Platform product',
  Card,
);
