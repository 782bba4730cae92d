import { InputError } from '@backstage/errors';
import { METRICS_BATCH_MAX_POINTS } from '@paved-road/plugin-platform-products-common';
import { normalizeEntityRef } from '../entityRefs';
import { StoredMetricPoint } from '../database/MetricStore';

/** Metric names: lowercase, as in `lead-time-hours`; also the URL segment that reads them. */
export const METRIC_NAME_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

/** An ISO 8601 time with a date, a time and a zone, so every sender means the same instant. */
const TIMESTAMP_PATTERN =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parsePoint(item: unknown, at: string): StoredMetricPoint {
  if (!isObject(item)) {
    throw new InputError(
      `${at} must be an object with entityRef, metric, timestamp and value`,
    );
  }
  const { entityRef, metric, timestamp, value } = item;
  if (typeof entityRef !== 'string' || entityRef.trim() === '') {
    throw new InputError(`${at}.entityRef must be a non-empty string`);
  }
  let ref: string;
  try {
    ref = normalizeEntityRef(entityRef, { defaultKind: 'Component' });
  } catch (error) {
    throw new InputError(
      `${at}.entityRef "${entityRef}" is not an entity reference: ${
        (error as Error).message
      }`,
    );
  }
  if (typeof metric !== 'string' || !METRIC_NAME_PATTERN.test(metric)) {
    throw new InputError(
      `${at}.metric must be lowercase letters, digits, dots, dashes and underscores (at most 100), such as "lead-time-hours"`,
    );
  }
  const timestampMs =
    typeof timestamp === 'string' && TIMESTAMP_PATTERN.test(timestamp)
      ? Date.parse(timestamp)
      : Number.NaN;
  if (Number.isNaN(timestampMs)) {
    throw new InputError(
      `${at}.timestamp must be an ISO 8601 time with a zone, such as "2026-11-26T10:00:00Z"`,
    );
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new InputError(`${at}.value must be a finite number`);
  }
  return { entityRef: ref, metric, timestampMs, value };
}

/**
 * Validates a `POST /metrics` body. Any bad point rejects the whole batch with a message
 * naming its index and the field, so that the sender can fix and resend it as a whole.
 */
export function parseMetricBatch(body: unknown): StoredMetricPoint[] {
  if (!isObject(body) || !Array.isArray(body.points)) {
    throw new InputError('The body must be an object with a list of points');
  }
  const { points } = body;
  if (points.length === 0 || points.length > METRICS_BATCH_MAX_POINTS) {
    throw new InputError(
      `points must hold 1 to ${METRICS_BATCH_MAX_POINTS} points, got ${points.length}`,
    );
  }
  return points.map((item, index) => parsePoint(item, `points[${index}]`));
}
