import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  makeValidator,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { Request } from 'express';
import { lowerRef } from '../entityRefs';

const validator = makeValidator();

/**
 * The lowercase ref named by a `/entities/:kind/:namespace/:name/…` path, its parts checked
 * against the catalog's own rules: a path that cannot name any entity is a 400 naming the
 * part, not a 404.
 */
export function entityRefFromPath(req: Request): string {
  const { kind, namespace, name } = req.params;
  if (!validator.isValidKind(kind)) {
    throw new InputError(`Path parameter kind "${kind}" is not an entity kind`);
  }
  if (!validator.isValidNamespace(namespace)) {
    throw new InputError(
      `Path parameter namespace "${namespace}" is not an entity namespace`,
    );
  }
  if (!validator.isValidEntityName(name)) {
    throw new InputError(`Path parameter name "${name}" is not an entity name`);
  }
  return lowerRef(stringifyEntityRef({ kind, namespace, name }));
}

/**
 * The entity named by a `/entities/:kind/:namespace/:name/…` path, read with the caller's
 * credentials: 400 when the path cannot name an entity, 404 when it does not exist or they
 * cannot see it.
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
  const entityRef = entityRefFromPath(req);
  const { items } = await catalog.getEntitiesByRefs(
    { entityRefs: [entityRef], fields },
    { credentials },
  );
  const entity = items[0];
  if (!entity) {
    const { kind, namespace, name } = req.params;
    throw new NotFoundError(`No entity ${kind}:${namespace}/${name}`);
  }
  return entity;
}
