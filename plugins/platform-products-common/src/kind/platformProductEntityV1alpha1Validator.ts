import {
  Entity,
  entityKindSchemaValidator,
  KindValidator,
} from '@backstage/catalog-model';
import {
  PLATFORM_PRODUCT_KIND,
  PlatformProductEntityV1alpha1,
} from './PlatformProductEntityV1alpha1';
import { platformProductEntityV1alpha1Schema } from './platformProductEntityV1alpha1Schema';

type SchemaValidator = (data: unknown) => PlatformProductEntityV1alpha1 | false;

let schemaValidator: SchemaValidator | undefined;

// Compiled on first use rather than at import: frontend bundles import this
// package for its types and parsers and should not pay for compiling a schema.
function getSchemaValidator(): SchemaValidator {
  if (!schemaValidator) {
    schemaValidator = entityKindSchemaValidator<PlatformProductEntityV1alpha1>(
      platformProductEntityV1alpha1Schema,
    );
  }
  return schemaValidator;
}

/**
 * {@link @backstage/catalog-model#KindValidator} for
 * {@link PlatformProductEntityV1alpha1}: resolves to `false` for other kinds,
 * `true` for a valid platform product, and rejects with a `TypeError` whose
 * message starts with the path of the first invalid field (such as
 * `/spec/adoption/target`) for an invalid one.
 *
 * @public
 */
export const platformProductEntityV1alpha1Validator: KindValidator = {
  async check(entity: Entity): Promise<boolean> {
    return getSchemaValidator()(entity) === entity;
  },
};

/**
 * Whether an entity is a platform product. Like the catalog's own `isXEntity`
 * helpers it looks at the kind only (case-insensitively, as entity refs do);
 * the catalog has already validated the rest.
 *
 * @public
 */
export function isPlatformProductEntity(
  entity: Entity,
): entity is PlatformProductEntityV1alpha1 {
  return (
    entity.kind.toLocaleLowerCase('en-US') ===
    PLATFORM_PRODUCT_KIND.toLocaleLowerCase('en-US')
  );
}
