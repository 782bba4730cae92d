import { Entity } from '@backstage/catalog-model';
import {
  PLATFORM_PRODUCT_KIND,
  PlatformProductEntityV1alpha1,
} from '@paved-road/plugin-platform-products-common';

/**
 * Whether an entity is a PlatformProduct, for `EntitySwitch` and entity-page filters.
 * Compares the kind only (as the catalog does, case-insensitively); the catalog module
 * has already validated the rest.
 *
 * @public
 */
export function isPlatformProduct(
  entity: Entity,
): entity is PlatformProductEntityV1alpha1 {
  return (
    entity.kind.toLocaleLowerCase('en-US') ===
    PLATFORM_PRODUCT_KIND.toLocaleLowerCase('en-US')
  );
}
