import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  domainEntityV1alpha1Validator,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  groupEntityV1alpha1Validator,
  KindValidator,
  locationEntityV1alpha1Validator,
  makeValidator,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import {
  findAnnotationProblems,
  platformProductEntityV1alpha1Validator,
} from '@paved-road/plugin-platform-products-common';
import { fieldOfMessage } from './fieldOfMessage';
import { CatalogDocument } from './parseCatalogFile';
import { ValidationProblem } from './ValidationProblem';

// The entity policies a catalog applies by default (CatalogBuilder of
// @backstage/plugin-catalog-backend), in the same order.
const catalogPolicies = EntityPolicies.allOf([
  new SchemaValidEntityPolicy(),
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(makeValidator()),
]);

// The kinds a catalog validates out of the box, plus ours. Other kinds (Template, or
// kinds from other plugins) get the policies and the annotation checks only.
const kindValidators: KindValidator[] = [
  platformProductEntityV1alpha1Validator,
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  groupEntityV1alpha1Validator,
  locationEntityV1alpha1Validator,
  resourceEntityV1alpha1Validator,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
];

// The PlatformProduct validator names every problem of a spec in one message, joined
// by "; ", each starting with the field ("spec.owner is required; spec.parts must be a list").
const SPEC_PROBLEM_SEPARATOR = /; (?=spec[\s.[])/;

/**
 * Every problem of one catalog document, found by the checks the backend runs on it: the
 * catalog's entity policies, the kind's validator (including Paved Road's PlatformProduct
 * validator) and Paved Road's annotation parsers.
 */
export async function checkDocument(
  document: CatalogDocument,
): Promise<ValidationProblem[]> {
  const problem = (message: string, entityRef?: string): ValidationProblem => {
    const { field, path } = fieldOfMessage(message);
    return {
      file: document.file,
      line: document.lineOf(path),
      entityRef,
      field,
      message,
    };
  };

  let entity: Entity;
  try {
    entity = (await catalogPolicies.enforce(document.value as Entity))!;
  } catch (error) {
    return [problem(messageOf(error), refOf(document.value))];
  }
  const entityRef = stringifyEntityRef(entity);

  const problems: ValidationProblem[] = [];
  for (const validator of kindValidators) {
    try {
      if (await validator.check(entity)) {
        break;
      }
    } catch (error) {
      problems.push(
        ...messageOf(error)
          .split(SPEC_PROBLEM_SEPARATOR)
          .map(message => problem(message, entityRef)),
      );
      break;
    }
  }

  for (const annotationProblem of findAnnotationProblems(entity)) {
    problems.push({
      file: document.file,
      line: document.lineOf([
        'metadata',
        'annotations',
        annotationProblem.annotation,
      ]),
      entityRef,
      field: annotationProblem.annotation,
      message: annotationProblem.message,
    });
  }
  return problems;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The entity ref of a document that failed the policies, if it has enough for one. */
function refOf(value: unknown): string | undefined {
  const entity = value as Partial<Entity> | null;
  if (
    typeof entity?.kind === 'string' &&
    typeof entity.metadata?.name === 'string'
  ) {
    try {
      return stringifyEntityRef(entity as Entity);
    } catch {
      return undefined;
    }
  }
  return undefined;
}
