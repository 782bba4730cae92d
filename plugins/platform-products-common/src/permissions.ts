import { createPermission } from '@backstage/plugin-permission-common';

/**
 * Allows a user to push metric points (`POST /metrics`). Service principals (CI systems)
 * may push without it.
 *
 * @public
 */
export const platformProductsMetricsWritePermission = createPermission({
  name: 'platform-products.metrics.write',
  attributes: { action: 'create' },
});

/**
 * Allows a user to push SLI buckets (`POST /entities/:kind/:namespace/:name/sla/samples`).
 * Service principals (collectors, CI systems) may push without it.
 *
 * @public
 */
export const platformProductsSlaWritePermission = createPermission({
  name: 'platform-products.sla.write',
  attributes: { action: 'create' },
});

/**
 * Every permission of the platform-products plugin, for the permission framework.
 *
 * @public
 */
export const platformProductsPermissions = [
  platformProductsMetricsWritePermission,
  platformProductsSlaWritePermission,
];
