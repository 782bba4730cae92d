import {
  DEFAULT_NAMESPACE,
  makeValidator,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { PLATFORM_PRODUCT_KIND } from '../kind/PlatformProductEntityV1alpha1';
import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
  excerpt,
} from './AnnotationResult';

/**
 * Options of {@link parseEntityRefList}.
 *
 * @public
 */
export type ParseEntityRefListOptions = {
  /** Kind of refs that name none; `PlatformProduct` when absent. */
  defaultKind?: string;
  /** Namespace of refs that name none; `default` when absent. */
  defaultNamespace?: string;
};

const validators = makeValidator();

const EXPECTED_FORM =
  'expected [<kind>:][<namespace>/]<name>, such as "auth-platform" or "platformproduct:default/auth-platform"';

/**
 * Reads a comma-separated list of entity refs (as in `paved-road.io/adopts`)
 * into normalized refs (`platformproduct:default/auth-platform`), without
 * duplicates, in the order first written.
 *
 * @public
 */
export function parseEntityRefList(
  annotation: string,
  raw: string,
  options: ParseEntityRefListOptions = {},
): AnnotationResult<string[]> {
  const context = {
    defaultKind: options.defaultKind ?? PLATFORM_PRODUCT_KIND,
    defaultNamespace: options.defaultNamespace ?? DEFAULT_NAMESPACE,
  };
  if (!raw.trim()) {
    return annotationFailure(
      annotation,
      raw,
      `is empty; expected one or more entity refs separated by commas, such as "auth-platform, payments-platform"`,
    );
  }
  const refs = new Set<string>();
  const items = raw.split(',').map(item => item.trim());
  for (const [index, item] of items.entries()) {
    if (!item) {
      return annotationFailure(
        annotation,
        raw,
        `has an empty item at position ${
          index + 1
        }; expected entity refs separated by single commas`,
      );
    }
    let ref: { kind: string; namespace: string; name: string };
    try {
      ref = parseEntityRef(item, context);
    } catch {
      return annotationFailure(
        annotation,
        raw,
        `has a malformed entity ref "${excerpt(item)}"; ${EXPECTED_FORM}`,
      );
    }
    // parseEntityRef only splits on ":" and "/"; the catalog's own rules say
    // which kinds, namespaces and names can exist at all.
    if (
      !validators.isValidKind(ref.kind) ||
      !validators.isValidNamespace(ref.namespace) ||
      !validators.isValidEntityName(ref.name)
    ) {
      return annotationFailure(
        annotation,
        raw,
        `has a malformed entity ref "${excerpt(item)}"; ${EXPECTED_FORM}`,
      );
    }
    refs.add(stringifyEntityRef(ref));
  }
  return annotationValue([...refs]);
}
