import {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { inBatches } from '../database/batches';

/**
 * Entities per call to the permissions service. With the permission framework on, a call is
 * a request to the permission backend of about 200 bytes per entity, whose JSON body parser
 * takes at most 100 kB.
 */
export const AUTHORIZE_BATCH_SIZE = 100;

/**
 * Which of these entities the caller may read in the catalog, asked of the permissions
 * service (the policy decides, with the catalog's own rules for conditional decisions)
 * rather than of the catalog itself. With the permission framework off, as in most
 * Backstage installations, that is an answer without a network call; a read through the
 * catalog is one HTTP round trip per request, which was most of the per-entity results'
 * latency.
 *
 * It does not say whether an entity exists: for refs read from stored data, which may outlive
 * their entities, use `visibleEntityRefs`, which asks the catalog.
 */
export async function readableEntityRefs(
  entityRefs: string[],
  permissions: PermissionsService,
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  const readable = await Promise.all(
    inBatches(entityRefs, AUTHORIZE_BATCH_SIZE).map(async batch => {
      const decisions = await permissions.authorize(
        batch.map(resourceRef => ({
          permission: catalogEntityReadPermission,
          resourceRef,
        })),
        { credentials },
      );
      return batch.filter(
        (_, i) => decisions[i].result === AuthorizeResult.ALLOW,
      );
    }),
  );
  return new Set(readable.flat());
}

/** Whether the caller may read this entity in the catalog; see {@link readableEntityRefs}. */
export async function canReadEntity(
  entityRef: string,
  permissions: PermissionsService,
  credentials: BackstageCredentials,
): Promise<boolean> {
  return (await readableEntityRefs([entityRef], permissions, credentials)).has(
    entityRef,
  );
}
