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
  PlatformProductRef,
  platformProductRefs,
} from '@paved-road/plugin-platform-products-common';

/** @public */
export interface PlatformProductProcessorOptions {
  logger: LoggerService;
  /** Turn malformed `paved-road.io/` annotations into processing errors. */
  strictAnnotations: boolean;
}

/**
 * The relations each spec ref makes: [from the product to the target, from the target back
 * to the product]. A product manager makes none.
 */
function relationsOf(
  field: PlatformProductRef['field'],
): [string, string] | undefined {
  if (field === 'spec.owner') {
    return [RELATION_OWNED_BY, RELATION_OWNER_OF];
  }
  if (field === 'spec.system') {
    return [RELATION_PART_OF, RELATION_HAS_PART];
  }
  if (field.startsWith('spec.parts[')) {
    return [RELATION_HAS_PART, RELATION_PART_OF];
  }
  return undefined;
}

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
    // False for other kinds; for a bad product it throws, naming the field (spec fields as
    // written in YAML, and spec refs that are not entity references).
    return platformProductEntityV1alpha1Validator.check(entity);
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

function emitRelations(
  entity: PlatformProductEntityV1alpha1,
  emit: CatalogProcessorEmit,
) {
  const self = getCompoundEntityRef(entity);
  for (const { field, ref, defaultKind } of platformProductRefs(entity)) {
    const relations = relationsOf(field);
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
