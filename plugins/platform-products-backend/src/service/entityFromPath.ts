import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Request } from 'express';

/**
 * The entity named by a `/entities/:kind/:namespace/:name/…` path, read with
 * the caller's credentials: 404 when it does not exist or they cannot see it.
 */
export async function entityFromPath(
  req: Request,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Entity> {
  const { kind, namespace, name } = req.params;
  const entity = await catalog.getEntityByRef(
    { kind, namespace, name },
    { credentials },
  );
  if (!entity) {
    throw new NotFoundError(`No entity ${kind}:${namespace}/${name}`);
  }
  return entity;
}
