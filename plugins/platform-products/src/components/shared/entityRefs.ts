import { CompoundEntityRef, parseEntityRef } from '@backstage/catalog-model';

/**
 * A ref as written in an entity's spec (`identity`, `group:identity`, `default/identity`)
 * resolved with the kind its field implies. EntityRefLink needs the kind to build its route.
 */
export function specRef(
  ref: string,
  defaultKind: string,
  defaultNamespace = 'default',
): CompoundEntityRef {
  return parseEntityRef(ref, { defaultKind, defaultNamespace });
}
