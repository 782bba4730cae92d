import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { MetricStore } from '../database/MetricStore';
import { entityRefOf } from '../entityRefs';
import { METRIC_NAME_PATTERN } from '../metrics/parseMetricBatch';
import { readOptionalDuration, readOptionalNumber } from './params';
import { readString, rejectUnknownParams } from './params';

/** Params of the `metric` check type. */
export interface MetricCheckParams {
  metric: string;
  /** Highest value that passes. */
  max?: number;
  /** Lowest value that passes. */
  min?: number;
  /** When given, the check judges this percentile (1–100) of the window's points instead of the latest point. */
  percentile?: number;
  /** How far back points count, in milliseconds. */
  windowMs: number;
}

const DEFAULT_WINDOW_MS = 30 * 24 * 60 * 60 * 1000;
/** Points read for a percentile; a window holding more is judged on its latest ones. */
const MAX_POINTS = 10_000;

/** The nearest-rank percentile of values. */
export function percentileOf(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

function parseMetricParams(params: JsonObject): MetricCheckParams {
  rejectUnknownParams(params, ['metric', 'max', 'min', 'percentile', 'window']);
  const metric = readString(params, 'metric');
  if (!METRIC_NAME_PATTERN.test(metric)) {
    throw new InputError(
      'params.metric must be a metric name: lowercase letters, digits, dots, dashes and underscores',
    );
  }
  const max = readOptionalNumber(params, 'max');
  const min = readOptionalNumber(params, 'min');
  if (max === undefined && min === undefined) {
    throw new InputError('Give params.max, params.min or both');
  }
  if (max !== undefined && min !== undefined && min > max) {
    throw new InputError('params.min must not be above params.max');
  }
  return {
    metric,
    max,
    min,
    percentile: readOptionalNumber(params, 'percentile', { min: 1, max: 100 }),
    windowMs: readOptionalDuration(params, 'window') ?? DEFAULT_WINDOW_MS,
  };
}

/** `metric`: the latest value, or a percentile over a window, of an ingested metric is within bounds. */
export function metricCheckType(
  store: MetricStore,
): ScorecardCheckType<MetricCheckParams> {
  return {
    type: 'metric',
    description:
      'Judges an ingested metric (params.metric) against params.max and/or params.min: its latest value within params.window (default 30d), or params.percentile of the values in the window.',
    parseParams: parseMetricParams,
    async evaluate({ entity, params, now }) {
      const points = await store.getSeries({
        entityRef: entityRefOf(entity),
        metric: params.metric,
        from: new Date(now.getTime() - params.windowMs),
        to: now,
        limit: params.percentile === undefined ? 1 : MAX_POINTS,
      });
      const what =
        params.percentile === undefined
          ? `Latest ${params.metric}`
          : `p${params.percentile} of ${params.metric} over ${points.length} points`;
      const facts = {
        points: points.length,
        value: null as number | null,
      };
      if (points.length === 0) {
        return {
          status: 'unknown',
          score: 0,
          message: `No ${params.metric} points in the window`,
          facts,
        };
      }
      const value =
        params.percentile === undefined
          ? points[points.length - 1].value
          : percentileOf(
              points.map(p => p.value),
              params.percentile,
            );
      facts.value = value;
      if (params.max !== undefined && value > params.max) {
        return {
          status: 'fail',
          score: 0,
          message: `${what} is ${value}, above the maximum of ${params.max}`,
          facts,
        };
      }
      if (params.min !== undefined && value < params.min) {
        return {
          status: 'fail',
          score: 0,
          message: `${what} is ${value}, below the minimum of ${params.min}`,
          facts,
        };
      }
      return {
        status: 'pass',
        score: 1,
        message: `${what} is ${value}, within bounds`,
        facts,
      };
    },
  };
}
