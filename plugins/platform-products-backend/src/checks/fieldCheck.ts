import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { JsonObject, JsonValue } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import {
  readOptionalBoolean,
  readOptionalRegExp,
  readOptionalScalar,
  readOptionalScalarList,
  readString,
  rejectCombinedParams,
  rejectUnknownParams,
  ScalarParam,
} from './params';
import { equalsIgnoringCase, quote, quoteAll } from './text';
import { failed, passed, Verdict } from './verdict';

/** What the value of a field must be, from one of `equals`, `matches` or `oneOf`. */
export type FieldCondition =
  | { equals: ScalarParam }
  | { matches: RegExp }
  | { oneOf: ScalarParam[] };

/** Params of the `field` check type. */
export interface FieldCheckParams {
  /** The dotted path as written, such as `spec.type`. */
  path: string;
  /** The path split at its dots. */
  segments: string[];
  /** Whether the field must be set (true) or must not be (false). */
  exists: boolean;
  condition?: FieldCondition;
}

const CONDITION_PARAMS = ['equals', 'matches', 'oneOf'];

function readPathSegments(path: string): string[] {
  const segments = path.split('.');
  if (segments.some(segment => segment.trim() === '')) {
    throw new InputError(
      `params.path must be a dotted path such as spec.type, without empty parts; got ${quote(
        path,
      )}`,
    );
  }
  return segments;
}

function readCondition(params: JsonObject): FieldCondition | undefined {
  const equals = readOptionalScalar(params, 'equals');
  if (equals !== undefined) {
    return { equals };
  }
  const matches = readOptionalRegExp(params, 'matches');
  if (matches !== undefined) {
    return { matches };
  }
  const oneOf = readOptionalScalarList(params, 'oneOf');
  return oneOf === undefined ? undefined : { oneOf };
}

function parseFieldParams(params: JsonObject): FieldCheckParams {
  rejectUnknownParams(params, ['path', 'exists', ...CONDITION_PARAMS]);
  rejectCombinedParams(params, CONDITION_PARAMS);
  const path = readString(params, 'path');
  const exists = readOptionalBoolean(params, 'exists') ?? true;
  const condition = readCondition(params);
  if (!exists && condition) {
    throw new InputError(
      `params.exists: false cannot be combined with params.${
        Object.keys(condition)[0]
      }: a missing field has no value to compare`,
    );
  }
  return { path, segments: readPathSegments(path), exists, condition };
}

/** The values found at a path, and whether they came from a list. */
interface FieldReading {
  values: JsonValue[];
  list: boolean;
}

function isJsonObject(value: JsonValue): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Reads the values at a path. A list met on the way is read item by item, so
 * `metadata.tags` gives every tag and `metadata.links.type` every link type.
 */
function readField(
  value: JsonValue,
  segments: readonly string[],
): FieldReading {
  if (Array.isArray(value)) {
    return {
      values: value.flatMap(item => readField(item, segments).values),
      list: true,
    };
  }
  if (segments.length === 0) {
    return { values: [value], list: false };
  }
  if (!isJsonObject(value)) {
    return { values: [], list: false };
  }
  // Annotation and label keys contain dots (metadata.annotations.backstage.io/techdocs-ref):
  // when a segment is not a key, try it joined with the segments after it.
  for (let length = 1; length <= segments.length; length++) {
    const key = segments.slice(0, length).join('.');
    const child = value[key];
    if (child !== undefined) {
      return readField(child, segments.slice(length));
    }
  }
  return { values: [], list: false };
}

/** Whether a value counts as set: empty strings, lists and objects do not. */
function isSet(value: JsonValue): boolean {
  if (value === null) {
    return false;
  }
  if (typeof value === 'string') {
    return value.trim() !== '';
  }
  if (isJsonObject(value)) {
    return Object.keys(value).length > 0;
  }
  return true;
}

function isScalarValue(value: JsonValue): value is ScalarParam {
  return ['string', 'number', 'boolean'].includes(typeof value);
}

// Compared as text, so that `equals: 3` matches `"3"` and `equals: true` matches `"true"`
// whichever way the YAML was typed, and ignoring case as catalog filters do.
function sameScalar(actual: ScalarParam, expected: ScalarParam): boolean {
  return equalsIgnoringCase(String(actual), String(expected));
}

function satisfies(value: JsonValue, condition: FieldCondition): boolean {
  if (!isScalarValue(value)) {
    return false;
  }
  if ('equals' in condition) {
    return sameScalar(value, condition.equals);
  }
  if ('matches' in condition) {
    return condition.matches.test(String(value));
  }
  return condition.oneOf.some(expected => sameScalar(value, expected));
}

/** The expected value, completing `expected …` or `does not include …`. */
function describeCondition(condition: FieldCondition, list: boolean): string {
  if ('equals' in condition) {
    return quote(condition.equals);
  }
  if ('matches' in condition) {
    return `a value matching /${condition.matches.source}/`;
  }
  return `${list ? 'any' : 'one'} of ${quoteAll(condition.oneOf, 'or')}`;
}

function judgeCondition(
  path: string,
  reading: FieldReading,
  setValues: JsonValue[],
  condition: FieldCondition,
): Verdict {
  if (setValues.length === 0) {
    return failed(
      `Field ${path} is missing; expected ${describeCondition(
        condition,
        false,
      )}`,
    );
  }
  const match = setValues.find(value => satisfies(value, condition));
  if (reading.list) {
    return match === undefined
      ? failed(
          `Field ${path} does not include ${describeCondition(
            condition,
            true,
          )}`,
        )
      : passed(`Field ${path} includes ${quote(match)}`);
  }
  return match === undefined
    ? failed(
        `Field ${path} is ${quote(setValues[0])}; expected ${describeCondition(
          condition,
          false,
        )}`,
      )
    : passed(`Field ${path} is ${quote(match)}`);
}

function judgeField(
  params: FieldCheckParams,
  reading: FieldReading,
  setValues: JsonValue[],
): Verdict {
  const { path, exists, condition } = params;
  if (condition) {
    return judgeCondition(path, reading, setValues, condition);
  }
  const isPresent = setValues.length > 0;
  if (exists) {
    return isPresent
      ? passed(`Field ${path} is set`)
      : failed(`Field ${path} is missing`);
  }
  return isPresent
    ? failed(`Field ${path} is set, but must not be`)
    : passed(`Field ${path} is not set`);
}

function evaluateField(entity: Entity, params: FieldCheckParams): CheckOutcome {
  // An entity is plain JSON; its TypeScript type only names the well-known fields.
  const reading = readField(entity as unknown as JsonObject, params.segments);
  const setValues = reading.values.filter(isSet);
  return {
    ...judgeField(params, reading, setValues),
    facts: { values: setValues },
  };
}

/** `field`: a field of the entity is set, or has a given value. */
export const fieldCheckType: ScorecardCheckType<FieldCheckParams> = {
  type: 'field',
  description:
    'Passes when the field at the dotted params.path (such as spec.type) is set, or not set with params.exists: false, or has a value equal to params.equals, matching params.matches or in params.oneOf (ignoring case; a list field passes when any item does).',
  parseParams: parseFieldParams,
  evaluate: ({ entity, params }) => evaluateField(entity, params),
};
