import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import {
  parseDuration,
  parsePercent,
} from '@paved-road/plugin-platform-products-common';

/** Readers of params that the insight check types share, with messages naming the param. */

/** An optional percentage param such as `60%`, as a ratio 0–1. */
export function readOptionalPercent(
  params: JsonObject,
  name: string,
): number | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  const parsed =
    typeof value === 'string' ? parsePercent(`params.${name}`, value) : null;
  if (!parsed?.ok) {
    throw new InputError(`params.${name} must be a percentage such as "60%"`);
  }
  return parsed.value;
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

/** An optional duration param such as `30d`, in milliseconds. */
export function readOptionalDuration(
  params: JsonObject,
  name: string,
): number | undefined {
  const value = params[name];
  if (value === undefined) {
    return undefined;
  }
  const parsed =
    typeof value === 'string' ? parseDuration(`params.${name}`, value) : null;
  if (!parsed?.ok) {
    throw new InputError(`params.${name} must be a duration such as "30d"`);
  }
  return parsed.value;
}
