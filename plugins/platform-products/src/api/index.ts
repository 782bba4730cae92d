export { platformProductsApiRef } from './PlatformProductsApi';
export type {
  DayRange,
  PlatformProductsApi,
  SlaOverviewQuery,
} from './PlatformProductsApi';
export { PlatformProductsClient } from './PlatformProductsClient';
export type * from './scorecardResponses';
