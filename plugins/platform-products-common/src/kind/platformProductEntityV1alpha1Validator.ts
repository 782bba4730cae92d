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
import { describeSpecProblems } from './describeSpecProblems';
import { checkPlatformProductRefs } from './platformProductRefs';

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
 * The catalog's `KindValidator` for
 * {@link PlatformProductEntityV1alpha1}: resolves to `false` for other kinds,
 * `true` for a valid platform product, and rejects with a `TypeError` that names
 * every invalid field of the spec as written in YAML (such as
 * `spec.adoption.target "eighty" is not valid; expected a value such as "80%"`).
 *
 * @public
 */
export const platformProductEntityV1alpha1Validator: KindValidator = {
  async check(entity: Entity): Promise<boolean> {
    let valid: boolean;
    try {
      valid = getSchemaValidator()(entity) === entity;
    } catch (error) {
      // Say every problem of the spec in YAML terms; other problems (metadata) as the
      // catalog's validator says them.
      const problems = describeSpecProblems(entity.spec);
      if (problems.length > 0) {
        throw new TypeError(problems.join('; '));
      }
      throw error;
    }
    if (valid) {
      checkPlatformProductRefs(entity as PlatformProductEntityV1alpha1);
    }
    return valid;
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
