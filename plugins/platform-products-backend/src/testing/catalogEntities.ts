import { Entity, EntityMeta } from '@backstage/catalog-model';

/**
 * A production service Component as the catalog serves it: owned by a group (with its
 * `ownedBy` relation), with further relations given as `[type, targetRef]`.
 */
export function component(
  name: string,
  owner: string,
  relations: Array<[string, string]> = [],
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: { type: 'service', owner, lifecycle: 'production' },
    relations: [
      { type: 'ownedBy', targetRef: `group:default/${owner}` },
      ...relations.map(([type, targetRef]) => ({ type, targetRef })),
    ],
  };
}

/** A PlatformProduct of the platform team, with `spec` and `metadata` added. */
export function platformProduct(
  name: string,
  spec: Record<string, unknown>,
  metadata: Partial<EntityMeta> = {},
): Entity {
  return {
    apiVersion: 'paved-road.io/v1alpha1',
    kind: 'PlatformProduct',
    metadata: { name, namespace: 'default', ...metadata },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'platform',
      ...spec,
    },
  };
}
