import { withCardErrorBoundary } from '../shared/withCardErrorBoundary';
import { EntitySlaCard as Card } from './EntitySlaCard';

export const EntitySlaCard = withCardErrorBoundary('SLA', Card);
