import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Request } from 'express';

/**
 * The entity named by a `/entities/:kind/:namespace/:name/…` path, read with the caller's
 * credentials: 404 when it does not exist or they cannot see it.
 *
 * Read by ref rather than by name: the catalog answers that from its entity table directly,
 * where by name goes through its search index. `fields` narrows what is read when the caller
 * only needs to know the entity is visible (a few bytes instead of the whole entity).
 */
export async function entityFromPath(
  req: Request,
  catalog: CatalogService,
  credentials: BackstageCredentials,
  fields?: string[],
): Promise<Entity> {
  const { kind, namespace, name } = req.params;
  const entityRef = stringifyEntityRef({ kind, namespace, name });
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: [entityRef], fields },
    { credentials },
  );
  const entity = items[0];
  if (!entity) {
    throw new NotFoundError(`No entity ${kind}:${namespace}/${name}`);
  }
  return entity;
}
