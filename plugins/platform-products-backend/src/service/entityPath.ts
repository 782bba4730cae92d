import { makeValidator } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { Request } from 'express';

const validator = makeValidator();

/**
 * Checks the `:kind/:namespace/:name` of an entity path against the catalog's own rules, so
 * that a path that cannot name any entity is a 400 naming the part, not a 404.
 */
export function validateEntityPath(req: Request): void {
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
}
