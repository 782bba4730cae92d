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
