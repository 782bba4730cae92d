import { InputError } from '@backstage/errors';
import { JsonObject, JsonValue } from '@backstage/types';
import { joinList } from './text';
import {
  parseDuration,
  parsePercent,
} from '@paved-road/plugin-platform-products-common';

/**
 * Readers for the `params` of a check in app-config. Each throws an `InputError` whose
 * message starts with the param (`params.min must be …`): the engine prefixes the
 * scorecard and check, so together they point at the exact line to fix.
 */

/** A value that `equals` and `oneOf` params compare entity values with. */
export type ScalarParam = string | number | boolean;

function paramName(name: string): string {
  return `params.${name}`;
}

function isGiven(params: JsonObject, name: string): boolean {
  // YAML `key:` with no value reads as null: treat it as written, so it is
  // refused by the type checks below rather than silently ignored.
  return params[name] !== undefined;
}

function isNonEmptyString(value: JsonValue | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isScalar(value: JsonValue | undefined): value is ScalarParam {
  return (
    isNonEmptyString(value) ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

function listNames(names: readonly string[]): string {
  return joinList(names.map(paramName), 'and');
}

/**
 * Refuses params that are not an object, and keys the check type does not know, so that
 * a typo (`mn: 3` for `min: 3`) stops the start-up instead of silently using the default.
 */
export function rejectUnknownParams(
  params: JsonObject,
  known: readonly string[],
): void {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new InputError(
      known.length > 0
        ? `params must be an object with some of ${listNames(known)}`
        : 'params must be an empty object: this check type takes no params',
    );
  }
  const unknown = Object.keys(params).filter(key => !known.includes(key));
  if (unknown.length === 0) {
    return;
  }
  const what =
    unknown.length === 1
      ? `${paramName(unknown[0])} is not a known param`
      : `${listNames(unknown)} are not known params`;
  throw new InputError(
    known.length > 0
      ? `${what}; the known params are ${listNames(known)}`
      : `${what}; this check type takes no params`,
  );
}

/** Refuses more than one of params that contradict or repeat each other. */
export function rejectCombinedParams(
  params: JsonObject,
  names: readonly string[],
): void {
  const given = names.filter(name => isGiven(params, name));
  if (given.length > 1) {
    throw new InputError(
      `${listNames(given)} cannot be combined; give at most one of them`,
    );
  }
}

/** Requires exactly one of params that are alternatives to each other. */
export function requireOneOfParams(
  params: JsonObject,
  names: readonly string[],
): void {
  const given = names.filter(name => isGiven(params, name));
  if (given.length !== 1) {
    throw new InputError(`Give exactly one of ${listNames(names)}`);
  }
}

/** A required, non-blank string param. */
export function readString(params: JsonObject, name: string): string {
  if (!isGiven(params, name)) {
    throw new InputError(`${paramName(name)} is required`);
  }
  return readOptionalString(params, name)!;
}

/** An optional, non-blank string param. */
export function readOptionalString(
  params: JsonObject,
  name: string,
): string | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  if (!isNonEmptyString(value)) {
    throw new InputError(`${paramName(name)} must be a non-empty string`);
  }
  return value;
}

/**
 * An optional regular expression param, compiled here so that a broken pattern stops the
 * start-up rather than failing every evaluation.
 */
export function readOptionalRegExp(
  params: JsonObject,
  name: string,
): RegExp | undefined {
  const source = readOptionalString(params, name);
  if (source === undefined) {
    return undefined;
  }
  try {
    // No flags: `g` or `y` would make `test` stateful across entities.
    return new RegExp(source);
  } catch (error) {
    throw new InputError(
      `${paramName(name)} is not a valid regular expression: ${
        (error as Error).message
      }`,
    );
  }
}

/** An optional integer param of at least `minimum`. */
export function readOptionalInteger(
  params: JsonObject,
  name: string,
  minimum: number,
): number | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  if (
    typeof value !== 'number' ||
    !Number.isInteger(value) ||
    value < minimum
  ) {
    throw new InputError(
      `${paramName(name)} must be an integer of at least ${minimum}`,
    );
  }
  return value;
}

/** An optional boolean param. */
export function readOptionalBoolean(
  params: JsonObject,
  name: string,
): boolean | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'boolean') {
    throw new InputError(`${paramName(name)} must be true or false`);
  }
  return value;
}

/** An optional string, number or boolean param; a blank string is refused. */
export function readOptionalScalar(
  params: JsonObject,
  name: string,
): ScalarParam | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  if (!isScalar(value)) {
    throw new InputError(
      `${paramName(name)} must be a non-empty string, a number or a boolean`,
    );
  }
  return value;
}

/** How list params and their items are named in messages. */
interface ListWording {
  /** Completes `must be a non-empty list of …`. */
  items: string;
  /** Completes `params.x[2] must be …`. */
  item: string;
}

function readOptionalList<T extends JsonValue>(
  params: JsonObject,
  name: string,
  isItem: (item: JsonValue) => item is T,
  wording: ListWording,
): T[] | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  if (!Array.isArray(value) || value.length === 0) {
    throw new InputError(
      `${paramName(name)} must be a non-empty list of ${wording.items}`,
    );
  }
  const badIndex = value.findIndex(item => !isItem(item));
  if (badIndex !== -1) {
    throw new InputError(
      `${paramName(name)}[${badIndex}] must be ${wording.item}`,
    );
  }
  return value as T[];
}

/** An optional, non-empty list of non-blank strings. */
export function readOptionalStringList(
  params: JsonObject,
  name: string,
): string[] | undefined {
  return readOptionalList(params, name, isNonEmptyString, {
    items: 'strings',
    item: 'a non-empty string',
  });
}

/** An optional, non-empty list of non-blank strings, numbers or booleans. */
export function readOptionalScalarList(
  params: JsonObject,
  name: string,
): ScalarParam[] | undefined {
  return readOptionalList(params, name, isScalar, {
    items: 'strings, numbers or booleans',
    item: 'a non-empty string, a number or a boolean',
  });
}

/**
 * An optional param written like an annotation value (`60%`, `30d`), read with that
 * annotation's parser so that params and annotations accept the same syntax.
 */
function readOptionalParsed<T>(
  params: JsonObject,
  name: string,
  parse: (key: string, value: string) => { ok: true; value: T } | { ok: false },
  example: string,
): T | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  const parsed =
    typeof value === 'string' ? parse(`params.${name}`, value) : null;
  if (!parsed?.ok) {
    throw new InputError(`params.${name} must be ${example}`);
  }
  return parsed.value;
}

/** An optional percentage param such as `60%`, as a ratio 0–1. */
export function readOptionalPercent(
  params: JsonObject,
  name: string,
): number | undefined {
  return readOptionalParsed(
    params,
    name,
    parsePercent,
    'a percentage such as "60%"',
  );
}

/** An optional duration param such as `30d`, in milliseconds. */
export function readOptionalDuration(
  params: JsonObject,
  name: string,
): number | undefined {
  return readOptionalParsed(
    params,
    name,
    parseDuration,
    'a duration such as "30d"',
  );
}

/** An optional number param within [min, max]. */
export function readOptionalNumber(
  params: JsonObject,
  name: string,
  range: { min?: number; max?: number } = {},
): number | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  const min = range.min ?? -Infinity;
  const max = range.max ?? Infinity;
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > max
  ) {
    const bounds = [
      Number.isFinite(min) ? `at least ${min}` : '',
      Number.isFinite(max) ? `at most ${max}` : '',
    ]
      .filter(Boolean)
      .join(' and ');
    throw new InputError(
      `params.${name} must be a number${bounds ? ` ${bounds}` : ''}`,
    );
  }
  return value;
}
