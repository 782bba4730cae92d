/**
 * Every Paved Road annotation key starts with this prefix.
 *
 * @public
 */
export const ANNOTATION_PREFIX = 'paved-road.io/';

/**
 * Entity refs of the platform products an entity adopts, beyond those it
 * depends on through catalog relations. Comma-separated; the kind defaults to
 * PlatformProduct.
 *
 * @public
 */
export const ANNOTATION_ADOPTS = 'paved-road.io/adopts';

/**
 * Availability objective: the share of good requests (or successful probes)
 * required, such as `99.9%`.
 *
 * @public
 */
export const ANNOTATION_SLA_AVAILABILITY = 'paved-road.io/sla-availability';

/**
 * The latency percentiles that have an SLA annotation.
 *
 * @public
 */
export type LatencyPercentile = 'p50' | 'p90' | 'p95' | 'p99' | 'p999';

/**
 * The latency percentiles that have an SLA annotation, fastest first.
 *
 * @public
 */
export const LATENCY_PERCENTILES: readonly LatencyPercentile[] = [
  'p50',
  'p90',
  'p95',
  'p99',
  'p999',
];

/**
 * The share of requests each latency percentile stands for: `p99` → 0.99.
 *
 * @public
 */
export const LATENCY_PERCENTILE_RATIOS: Readonly<
  Record<LatencyPercentile, number>
> = {
  p50: 0.5,
  p90: 0.9,
  p95: 0.95,
  p99: 0.99,
  p999: 0.999,
};

/**
 * Common start of the latency objective annotations, which end in a
 * percentile: `paved-road.io/sla-latency-p99`.
 *
 * @public
 */
export const ANNOTATION_SLA_LATENCY_PREFIX = 'paved-road.io/sla-latency-';

/**
 * Latency objective annotation for the median: that share of requests must be
 * faster than the bound, such as `300ms`.
 *
 * @public
 */
export const ANNOTATION_SLA_LATENCY_P50 = 'paved-road.io/sla-latency-p50';

/**
 * Latency objective annotation for the 90th percentile.
 *
 * @public
 */
export const ANNOTATION_SLA_LATENCY_P90 = 'paved-road.io/sla-latency-p90';

/**
 * Latency objective annotation for the 95th percentile.
 *
 * @public
 */
export const ANNOTATION_SLA_LATENCY_P95 = 'paved-road.io/sla-latency-p95';

/**
 * Latency objective annotation for the 99th percentile.
 *
 * @public
 */
export const ANNOTATION_SLA_LATENCY_P99 = 'paved-road.io/sla-latency-p99';

/**
 * Latency objective annotation for the 99.9th percentile.
 *
 * @public
 */
export const ANNOTATION_SLA_LATENCY_P999 = 'paved-road.io/sla-latency-p999';

/**
 * The latency objective annotation of each percentile.
 *
 * @public
 */
export const SLA_LATENCY_ANNOTATIONS: Readonly<
  Record<LatencyPercentile, string>
> = {
  p50: ANNOTATION_SLA_LATENCY_P50,
  p90: ANNOTATION_SLA_LATENCY_P90,
  p95: ANNOTATION_SLA_LATENCY_P95,
  p99: ANNOTATION_SLA_LATENCY_P99,
  p999: ANNOTATION_SLA_LATENCY_P999,
};

/**
 * Error-rate objective: the ceiling on bad/total requests, such as `0.1%`.
 *
 * @public
 */
export const ANNOTATION_SLA_ERROR_RATE = 'paved-road.io/sla-error-rate';

/**
 * The SLA window: rolling (`30d`) or calendar (`1M`, `1Q`, `1Y`).
 *
 * @public
 */
export const ANNOTATION_SLA_WINDOW = 'paved-road.io/sla-window';

/**
 * IANA time zone in which calendar windows and maintenance windows are read.
 *
 * @public
 */
export const ANNOTATION_SLA_TIMEZONE = 'paved-road.io/sla-timezone';

/**
 * Where SLI data comes from: `push` or `prometheus:<instance>`.
 *
 * @public
 */
export const ANNOTATION_SLA_SOURCE = 'paved-road.io/sla-source';

/**
 * Prometheus label matchers put into the source's query templates, such as
 * `job="checkout"`.
 *
 * @public
 */
export const ANNOTATION_SLA_SELECTOR = 'paved-road.io/sla-selector';

/**
 * Recurring maintenance, excluded from good and total events, as one RRULE
 * with a `DURATION`: `FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H`.
 *
 * @public
 */
export const ANNOTATION_SLA_MAINTENANCE = 'paved-road.io/sla-maintenance';

/**
 * An OpenSLO v1 file to read objectives from, instead of the `sla-*`
 * annotations: a path relative to the entity's location, or an http(s) URL.
 *
 * @public
 */
export const ANNOTATION_OPENSLO = 'paved-road.io/openslo';

/**
 * Start of scorecard waiver annotations:
 * `paved-road.io/waive.<scorecard>.<check>: "2027-03-31: reason"`.
 *
 * @public
 */
export const WAIVER_ANNOTATION_PREFIX = 'paved-road.io/waive.';

/**
 * Every Paved Road annotation key with a fixed name (waivers, whose keys name
 * a scorecard and check, are not listed).
 *
 * @public
 */
export const PAVED_ROAD_ANNOTATION_KEYS: readonly string[] = [
  ANNOTATION_ADOPTS,
  ANNOTATION_SLA_AVAILABILITY,
  ...LATENCY_PERCENTILES.map(percentile => SLA_LATENCY_ANNOTATIONS[percentile]),
  ANNOTATION_SLA_ERROR_RATE,
  ANNOTATION_SLA_WINDOW,
  ANNOTATION_SLA_TIMEZONE,
  ANNOTATION_SLA_SOURCE,
  ANNOTATION_SLA_SELECTOR,
  ANNOTATION_SLA_MAINTENANCE,
  ANNOTATION_OPENSLO,
];
