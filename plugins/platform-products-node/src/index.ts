/**
 * Extension points of the Paved Road platform-products backend.
 *
 * @packageDocumentation
 */

export type {
  CheckEvaluationContext,
  CheckOutcome,
  ScorecardCheckType,
} from './checks';
export { platformProductsChecksExtensionPoint } from './extensions';
export type { PlatformProductsChecksExtensionPoint } from './extensions';
export { platformProductsSliSourcesExtensionPoint } from './sliSources';
export type {
  PlatformProductsSliSourcesExtensionPoint,
  SliBucket,
  SliFetchRequest,
  SliSource,
} from './sliSources';
