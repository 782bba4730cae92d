import { HumanDuration } from '@backstage/types';

export interface Config {
  platformProducts?: {
    /**
     * SLI data from Prometheus, for entities annotated
     * `paved-road.io/sla-source: prometheus:<instance>`.
     */
    prometheus?: {
      instances?: Array<{
        /**
         * The name used in `paved-road.io/sla-source: prometheus:<name>`: letters,
         * digits, "_" and "-"; unique.
         */
        name: string;
        /**
         * The Prometheus server (or a compatible API such as Thanos or Mimir's
         * Prometheus path), e.g. `http://prometheus:9090`. `/api/v1/query_range` is added.
         */
        baseUrl: string;
        /**
         * HTTP headers sent with every query, e.g. `Authorization` or `X-Scope-OrgID`.
         */
        headers?: {
          /** @visibility secret */
          [name: string]: string;
        };
        /**
         * How long one query_range request may take before it is given up;
         * default 30 seconds. E.g. `10s` or `{ seconds: 10 }`.
         */
        timeout?: HumanDuration | string;
        /**
         * The bucket length: the query_range step and the `{{window}}` of the
         * templates. A whole number of minutes; default 1 minute.
         */
        step?: HumanDuration | string;
        /**
         * PromQL templates per objective kind, each giving the count of events
         * over `{{window}}` (an `increase` summed into one series). Placeholders:
         * `{{selector}}` (the entity's `paved-road.io/sla-selector`, without braces),
         * `{{window}}` (the step as a PromQL duration, such as `1m`), and for latency
         * `{{threshold}}` (the bound in seconds as in an `le` label, such as `0.3`).
         * A kind left out uses the defaults described in the README.
         */
        queries?: {
          availability?: {
            /** Good events, e.g. requests that did not fail. */
            good: string;
            total: string;
          };
          latency?: {
            /** Events at or below `{{threshold}}` seconds. */
            good: string;
            total: string;
          };
          'error-rate'?: {
            /** Failed events. */
            bad: string;
            total: string;
          };
        };
      }>;
    };
  };
}
