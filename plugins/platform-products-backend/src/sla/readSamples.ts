import { InputError } from '@backstage/errors';
import { SLA_SAMPLES_MAX_BUCKETS } from '@paved-road/plugin-platform-products-common';
import { SliBucketRecord } from '../database/SlaStore';
import { MINUTE_MS } from '../time';

const DEFAULT_DURATION_SECONDS = 60;
/** The longest bucket: a day. Longer ones would blur every burn-rate span. */
const MAX_DURATION_SECONDS = 24 * 60 * 60;
const FIELDS = ['objective', 'start', 'durationSeconds', 'good', 'total'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readCount(
  bucket: Record<string, unknown>,
  field: 'good' | 'total',
  at: string,
): number {
  const value = bucket[field];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new InputError(
      `${at}.${field} must be a non-negative number, got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return value;
}

/**
 * Reads the body of `POST …/sla/samples` into buckets of the entity. Every problem is an
 * `InputError` naming the bucket's index and field: `buckets[3].good must be …`.
 */
export function readSamples(
  body: unknown,
  context: { entityRef: string; objectives: string[]; now: Date },
): SliBucketRecord[] {
  if (!isObject(body) || !Array.isArray(body.buckets)) {
    throw new InputError('The body must be an object with a buckets array');
  }
  const { buckets } = body;
  if (buckets.length === 0 || buckets.length > SLA_SAMPLES_MAX_BUCKETS) {
    throw new InputError(
      `buckets must hold 1 to ${SLA_SAMPLES_MAX_BUCKETS} buckets, got ${buckets.length}`,
    );
  }
  const known = new Set(context.objectives);
  const latestStart = context.now.getTime();
  return buckets.map((bucket: unknown, index: number) => {
    const at = `buckets[${index}]`;
    if (!isObject(bucket)) {
      throw new InputError(`${at} must be an object`);
    }
    const unknown = Object.keys(bucket).find(key => !FIELDS.includes(key));
    if (unknown !== undefined) {
      throw new InputError(
        `${at}.${unknown} is not a bucket field; the fields are ${FIELDS.join(
          ', ',
        )}`,
      );
    }

    const { objective } = bucket;
    if (typeof objective !== 'string' || !known.has(objective)) {
      throw new InputError(
        `${at}.objective ${JSON.stringify(objective)} is not an objective of ${
          context.entityRef
        }; its objectives are ${context.objectives.join(', ') || 'none'}`,
      );
    }

    const start =
      typeof bucket.start === 'string' ? Date.parse(bucket.start) : NaN;
    if (Number.isNaN(start)) {
      throw new InputError(
        `${at}.start must be an ISO 8601 time such as 2026-11-26T10:15:00Z, got ${JSON.stringify(
          bucket.start,
        )}`,
      );
    }
    if (start % MINUTE_MS !== 0) {
      throw new InputError(
        `${at}.start must be a whole minute (no seconds), got ${JSON.stringify(
          bucket.start,
        )}`,
      );
    }
    if (start > latestStart) {
      throw new InputError(`${at}.start is in the future`);
    }

    const durationSeconds = bucket.durationSeconds ?? DEFAULT_DURATION_SECONDS;
    if (
      typeof durationSeconds !== 'number' ||
      !Number.isInteger(durationSeconds) ||
      durationSeconds <= 0 ||
      durationSeconds % 60 !== 0 ||
      durationSeconds > MAX_DURATION_SECONDS
    ) {
      throw new InputError(
        `${at}.durationSeconds must be a whole number of minutes in seconds (60, 300, …) up to ${MAX_DURATION_SECONDS}, got ${JSON.stringify(
          durationSeconds,
        )}`,
      );
    }

    const good = readCount(bucket, 'good', at);
    const total = readCount(bucket, 'total', at);
    if (good > total) {
      throw new InputError(
        `${at}.good (${good}) must not be above ${at}.total (${total})`,
      );
    }
    return {
      entityRef: context.entityRef,
      objective,
      start,
      durationMs: durationSeconds * 1000,
      good,
      total,
    };
  });
}
