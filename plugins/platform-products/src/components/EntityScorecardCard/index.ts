import { withCardErrorBoundary } from '../shared/withCardErrorBoundary';
import { EntityScorecardCard as Card } from './EntityScorecardCard';

export const EntityScorecardCard = withCardErrorBoundary('Scorecards', Card);
