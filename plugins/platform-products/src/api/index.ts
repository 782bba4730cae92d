export { platformProductsApiRef } from './PlatformProductsApi';
export type {
  DayRange,
  PlatformProductsApi,
  SlaOverviewQuery,
} from './PlatformProductsApi';
export { PlatformProductsClient } from './PlatformProductsClient';
// Declared in the common package, which the backend's routes share; re-exported so that
// this package's users who imported them from here keep working.
export type {
  EntityScorecardsResponse,
  ListScorecardsResponse,
  ScorecardHistoryPoint,
  ScorecardHistoryResponse,
  ScorecardResultsQuery,
  ScorecardResultsResponse,
  ScorecardRollup,
  ScorecardRollupsResponse,
} from '@paved-road/plugin-platform-products-common';
