import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ScorecardCheckType } from './checks';

/**
 * Lets backend modules add scorecard check types to the platform-products plugin.
 *
 * @public
 */
export interface PlatformProductsChecksExtensionPoint {
  addCheckType(...checkTypes: ScorecardCheckType<any>[]): void;
}

/**
 * @public
 */
export const platformProductsChecksExtensionPoint =
  createExtensionPoint<PlatformProductsChecksExtensionPoint>({
    id: 'platform-products.checks',
  });
