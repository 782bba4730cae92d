import { SlaObjectiveKind } from '@paved-road/plugin-platform-products-common';

/**
 * The PromQL templates of one objective kind: the events of one bucket
 * counted two ways. Error-rate objectives count bad events, the others good.
 *
 * @public
 */
export type ObjectiveQueries =
  | { counts: 'good'; events: string; total: string }
  | { counts: 'bad'; events: string; total: string };

/**
 * Templates for every objective kind.
 *
 * @public
 */
export type PrometheusQueries = Record<SlaObjectiveKind, ObjectiveQueries>;

// The metric names of the Prometheus client libraries' HTTP instrumentation:
// a request counter with a `code` label and a request-duration histogram.
// `sum` makes one series of the entity's instances, pods and paths.
const REQUESTS = 'http_requests_total{ {{selector}} }';
const SERVER_ERRORS = 'http_requests_total{ {{selector}}, code=~"5.." }';
const NOT_SERVER_ERRORS = 'http_requests_total{ {{selector}}, code!~"5.." }';

/**
 * The templates used for a kind that an instance's config leaves out.
 *
 * @public
 */
export const DEFAULT_QUERIES: Readonly<PrometheusQueries> = Object.freeze({
  availability: {
    counts: 'good',
    events: `sum(increase(${NOT_SERVER_ERRORS}[{{window}}]))`,
    total: `sum(increase(${REQUESTS}[{{window}}]))`,
  },
  latency: {
    counts: 'good',
    events:
      'sum(increase(http_request_duration_seconds_bucket{ {{selector}}, le="{{threshold}}" }[{{window}}]))',
    total:
      'sum(increase(http_request_duration_seconds_count{ {{selector}} }[{{window}}]))',
  },
  'error-rate': {
    counts: 'bad',
    events: `sum(increase(${SERVER_ERRORS}[{{window}}]))`,
    total: `sum(increase(${REQUESTS}[{{window}}]))`,
  },
});
