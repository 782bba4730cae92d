export type {
  CheckResult,
  CheckStatus,
  CheckWaiver,
  EntityFilter,
  ScorecardCheckDefinition,
  ScorecardCheckLink,
  ScorecardDefinition,
  ScorecardLevel,
  ScorecardResult,
} from './types';
export { scoreChecks, levelForScore } from './scoring';
export type { ScoredCheck } from './scoring';
export { matchesEntityFilter } from './entityFilter';
