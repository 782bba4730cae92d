import {
  Entity,
  getCompoundEntityRef,
  parseEntityRef,
  RELATION_HAS_PART,
  RELATION_OWNED_BY,
  RELATION_OWNER_OF,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { LoggerService } from '@backstage/backend-plugin-api';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  findAnnotationProblems,
  isPlatformProductEntity,
  PlatformProductEntityV1alpha1,
  platformProductEntityV1alpha1Validator,
} from '@paved-road/plugin-platform-products-common';

/** @public */
export interface PlatformProductProcessorOptions {
  logger: LoggerService;
  /** Turn malformed `paved-road.io/` annotations into processing errors. */
  strictAnnotations: boolean;
}

/** An entity reference in a PlatformProduct's spec, and the relations it makes. */
type ProductRef = {
  /** Where the ref is, for error messages, e.g. `spec.parts[2]`. */
  field: string;
  ref: string;
  defaultKind?: string;
  /** [from the product to the target, from the target back to the product] */
  relations?: [string, string];
};

/**
 * Validates PlatformProduct entities, emits their relations, and checks `paved-road.io/`
 * annotations on every entity.
 *
 * @public
 */
export class PlatformProductProcessor implements CatalogProcessor {
  constructor(private readonly options: PlatformProductProcessorOptions) {}

  getProcessorName(): string {
    return 'PlatformProductProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    // The validator returns false for other kinds and throws, naming the field, for a bad one.
    if (!(await platformProductEntityV1alpha1Validator.check(entity))) {
      return false;
    }
    // The schema cannot check entity reference syntax; parse each one here.
    for (const { field, ref, defaultKind } of productRefs(
      entity as PlatformProductEntityV1alpha1,
    )) {
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
    return true;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    this.checkAnnotations(entity, location, emit);
    if (isPlatformProductEntity(entity)) {
      emitRelations(entity, emit);
    }
    return entity;
  }

  private checkAnnotations(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ) {
    const problems = findAnnotationProblems(entity);
    if (problems.length === 0) {
      return;
    }
    const entityRef = stringifyEntityRef(entity);
    for (const problem of problems) {
      const message = `Entity ${entityRef} has a malformed annotation: ${problem.message}`;
      if (this.options.strictAnnotations) {
        emit(processingResult.inputError(location, message));
      } else {
        this.options.logger.warn(message, {
          entity: entityRef,
          annotation: problem.annotation,
        });
      }
    }
  }
}

function productRefs(entity: PlatformProductEntityV1alpha1): ProductRef[] {
  const { spec } = entity;
  const refs: ProductRef[] = [
    {
      field: 'spec.owner',
      ref: spec.owner,
      defaultKind: 'Group',
      relations: [RELATION_OWNED_BY, RELATION_OWNER_OF],
    },
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
      relations: [RELATION_PART_OF, RELATION_HAS_PART],
    });
  }
  // Parts have no default kind: a product is made of components, APIs and resources alike.
  (spec.parts ?? []).forEach((ref, index) =>
    refs.push({
      field: `spec.parts[${index}]`,
      ref,
      relations: [RELATION_HAS_PART, RELATION_PART_OF],
    }),
  );
  return refs;
}

function emitRelations(
  entity: PlatformProductEntityV1alpha1,
  emit: CatalogProcessorEmit,
) {
  const self = getCompoundEntityRef(entity);
  for (const { ref, defaultKind, relations } of productRefs(entity)) {
    if (!relations) {
      continue;
    }
    const target = parseEntityRef(ref, {
      defaultKind,
      defaultNamespace: self.namespace,
    });
    emit(
      processingResult.relation({ source: self, type: relations[0], target }),
    );
    emit(
      processingResult.relation({
        source: target,
        type: relations[1],
        target: self,
      }),
    );
  }
}
