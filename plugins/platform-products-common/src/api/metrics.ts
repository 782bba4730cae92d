/**
 * One value of a metric of an entity at a time, as ingested.
 *
 * @public
 */
export interface MetricPoint {
  /** An entity ref, e.g. `component:default/checkout`; the kind defaults to Component. */
  entityRef: string;
  /** Lowercase letters, digits, dots, dashes and underscores, e.g. `lead-time-hours`. */
  metric: string;
  /** ISO 8601 with a time zone, e.g. `2026-11-26T10:00:00Z`. */
  timestamp: string;
  /** A finite number. */
  value: number;
}

/**
 * `POST /metrics` body. A bad point rejects the whole batch with a 400 naming its index;
 * a point sent again (same entity, metric and timestamp) replaces the stored one.
 *
 * @public
 */
export interface IngestMetricsRequest {
  /** 1 to {@link METRICS_BATCH_MAX_POINTS} points. */
  points: MetricPoint[];
}

/**
 * Most points accepted in one `POST /metrics`.
 *
 * @public
 */
export const METRICS_BATCH_MAX_POINTS = 5000;

/**
 * `POST /metrics` response.
 *
 * @public
 */
export interface IngestMetricsResponse {
  /** Points accepted (stored or replacing a stored one). */
  accepted: number;
}

/**
 * One stored point of a series.
 *
 * @public
 */
export interface MetricSeriesPoint {
  timestamp: string;
  value: number;
}

/**
 * `GET /entities/:kind/:namespace/:name/metrics/:metric?from&to&limit`.
 *
 * @public
 */
export interface MetricSeriesResponse {
  entityRef: string;
  metric: string;
  from: string;
  to: string;
  /** Oldest first; the latest `limit` points of the range. */
  points: MetricSeriesPoint[];
}
