import { InputError } from '@backstage/errors';
import { Request } from 'express';
import { normalizeEntityRef } from '../entityRefs';

// Every bad query parameter is a 400 that names the parameter.

function single(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) {
    return undefined;
  }
  if (typeof value !== 'string') {
    throw new InputError(`Query parameter ${name} must be given once`);
  }
  return value;
}

/** All values of a repeatable parameter (`?owner=a&owner=b`), also comma-separated. */
export function readList(req: Request, name: string): string[] | undefined {
  const value = req.query[name];
  if (value === undefined) {
    return undefined;
  }
  const values = [value].flat();
  if (values.some(v => typeof v !== 'string')) {
    throw new InputError(`Query parameter ${name} must be a string`);
  }
  const items = (values as string[])
    .flatMap(v => v.split(','))
    .map(v => v.trim())
    .filter(Boolean);
  if (items.length === 0) {
    throw new InputError(`Query parameter ${name} must not be empty`);
  }
  return items;
}

export function readString(req: Request, name: string): string | undefined {
  const value = single(req, name);
  if (value === '') {
    throw new InputError(`Query parameter ${name} must not be empty`);
  }
  return value;
}

export function readInteger(
  req: Request,
  name: string,
  options: { min: number; max: number; default: number },
): number {
  const value = single(req, name);
  if (value === undefined) {
    return options.default;
  }
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < options.min || number > options.max) {
    throw new InputError(
      `Query parameter ${name} must be a whole number from ${options.min} to ${options.max}, got "${value}"`,
    );
  }
  return number;
}

export function readChoice<T extends string>(
  req: Request,
  name: string,
  choices: readonly T[],
): T | undefined {
  const value = single(req, name);
  if (value !== undefined && !choices.includes(value as T)) {
    throw new InputError(
      `Query parameter ${name} must be one of ${choices.join(
        ', ',
      )}, got "${value}"`,
    );
  }
  return value as T | undefined;
}

/** A calendar day, `YYYY-MM-DD`. */
export function readDay(req: Request, name: string): string | undefined {
  const value = single(req, name);
  if (value === undefined) {
    return undefined;
  }
  const date = new Date(`${value}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(value) ||
    Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== value
  ) {
    throw new InputError(
      `Query parameter ${name} must be a date such as 2026-11-26, got "${value}"`,
    );
  }
  return value;
}

/** A query parameter holding an entity ref, normalised (`owner=team-a` with default kind Group). */
export function readEntityRef(
  value: string,
  param: string,
  defaultKind?: string,
): string {
  try {
    return normalizeEntityRef(value, { defaultKind });
  } catch (error) {
    throw new InputError(
      `Query parameter ${param} "${value}" is not an entity reference: ${
        (error as Error).message
      }`,
    );
  }
}
