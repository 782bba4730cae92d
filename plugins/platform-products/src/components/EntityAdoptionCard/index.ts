import { withCardErrorBoundary } from '../shared/withCardErrorBoundary';
import { EntityAdoptionCard as Card } from './EntityAdoptionCard';

export const EntityAdoptionCard = withCardErrorBoundary('Adoption', Card);
