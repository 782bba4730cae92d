import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { editDistance } from '../annotations/editDistance';
import { platformProductEntityV1alpha1Schema } from './platformProductEntityV1alpha1Schema';

// catalog-model's validator reports only the first schema error, as a JSON pointer
// ("/spec/parts must be array - type: array"). Users fix YAML, so this says every problem
// of the spec in YAML terms: "spec.parts must be a list".

let validateSpec: ValidateFunction | undefined;

function specSchema(): object {
  const [, kindSchema] = platformProductEntityV1alpha1Schema.allOf as Array<{
    properties: { spec: object };
  }>;
  return kindSchema.properties.spec;
}

const typeNames: Record<string, string> = {
  array: 'a list',
  object: 'a mapping',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

/** `/parts/0` under spec → `spec.parts[0]`. */
function fieldOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .reduce(
      (field, part) =>
        /^\d+$/.test(part) ? `${field}[${part}]` : `${field}.${part}`,
      'spec',
    );
}

function describe(error: ErrorObject): string | undefined {
  const field = fieldOf(error.instancePath);
  const params = error.params as Record<string, any>;
  switch (error.keyword) {
    case 'required':
      return `${field}.${params.missingProperty} is required`;
    case 'additionalProperties': {
      const known = Object.keys(
        (error.parentSchema as { properties?: object })?.properties ?? {},
      );
      const close = known.find(
        name => editDistance(name, params.additionalProperty) <= 2,
      );
      const hint = close ? ` (did you mean ${field}.${close}?)` : '';
      return `${field}.${params.additionalProperty} is not a known field${hint}`;
    }
    case 'type':
      return `${field} must be ${typeNames[params.type] ?? params.type}`;
    case 'minLength':
    case 'minItems':
      return `${field} must not be empty`;
    case 'minimum':
      return `${field} must be at least ${params.limit}`;
    case 'pattern': {
      const example = (error.parentSchema as { examples?: unknown[] })
        ?.examples?.[0];
      return `${field} ${JSON.stringify(
        error.data,
      )} is not valid; expected a value such as ${JSON.stringify(example)}`;
    }
    case 'anyOf': {
      const branches = (error.schema as Array<{ type?: string }>).map(
        branch => typeNames[branch.type ?? ''] ?? branch.type,
      );
      return `${field} must be ${branches.join(' or ')}`;
    }
    case 'propertyNames':
      return `${field} has an empty key`;
    default:
      return `${field} ${error.message}`;
  }
}

/**
 * Every problem of a PlatformProduct's spec, one message each, naming the field as it is
 * written in YAML. Empty when the spec is valid.
 */
export function describeSpecProblems(spec: unknown): string[] {
  if (!validateSpec) {
    validateSpec = new Ajv({
      allErrors: true,
      verbose: true,
      strict: false,
    }).compile(specSchema());
  }
  if (spec === undefined) {
    return ['spec is required'];
  }
  if (validateSpec(spec)) {
    return [];
  }
  const errors = validateSpec.errors ?? [];
  // The branches of a failed anyOf only repeat what the anyOf error says.
  const messages = errors
    .filter(e => !e.schemaPath.includes('/anyOf/'))
    .map(describe)
    .filter((m): m is string => Boolean(m));
  return [...new Set(messages)];
}
