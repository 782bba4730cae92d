import { parseEntityRef } from '@backstage/catalog-model';
import { PlatformProductEntityV1alpha1 } from './PlatformProductEntityV1alpha1';

/**
 * An entity reference in a PlatformProduct's spec, where it is written, and the kind it
 * defaults to when written without one.
 *
 * @public
 */
export type PlatformProductRef = {
  /** Where the ref is, as written in YAML, e.g. `spec.parts[2]`. */
  field:
    | 'spec.owner'
    | 'spec.productManager'
    | 'spec.system'
    | `spec.parts[${number}]`;
  ref: string;
  defaultKind?: string;
};

/**
 * Every entity reference of a PlatformProduct's spec: owner (default kind Group), product
 * manager (User), system (System) and parts (no default: a product is made of components,
 * APIs and resources alike).
 *
 * @public
 */
export function platformProductRefs(
  entity: PlatformProductEntityV1alpha1,
): PlatformProductRef[] {
  const { spec } = entity;
  const refs: PlatformProductRef[] = [
    { field: 'spec.owner', ref: spec.owner, defaultKind: 'Group' },
  ];
  if (spec.productManager) {
    refs.push({
      field: 'spec.productManager',
      ref: spec.productManager,
      defaultKind: 'User',
    });
  }
  if (spec.system) {
    refs.push({
      field: 'spec.system',
      ref: spec.system,
      defaultKind: 'System',
    });
  }
  (spec.parts ?? []).forEach((ref, index) =>
    refs.push({ field: `spec.parts[${index}]`, ref }),
  );
  return refs;
}

/**
 * Throws a `TypeError` naming the field for the first spec ref that is not an entity
 * reference (the JSON schema can only say it is a string).
 */
export function checkPlatformProductRefs(
  entity: PlatformProductEntityV1alpha1,
): void {
  for (const { field, ref, defaultKind } of platformProductRefs(entity)) {
    try {
      parseEntityRef(ref, {
        defaultKind,
        defaultNamespace: entity.metadata.namespace,
      });
    } catch (error) {
      throw new TypeError(
        `${field} "${ref}" is not a valid entity reference: ${
          (error as Error).message
        }`,
      );
    }
  }
}
