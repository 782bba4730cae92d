import { withCardErrorBoundary } from '../shared/withCardErrorBoundary';
import { EntityPlatformsUsedCard as Card } from './EntityPlatformsUsedCard';

export const EntityPlatformsUsedCard = withCardErrorBoundary(
  'Platforms used',
  Card,
);
