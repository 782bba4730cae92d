import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  platformProducts?: {
    /**
     * Scorecards: each applies to the catalog entities its filter matches and scores them
     * with weighted checks. Validated at start-up: an unknown check type, a duplicate id or
     * a bad param stops the plugin with a message naming the scorecard and the check.
     */
    scorecards?: Array<{
      /** Lowercase letters, digits and dashes; used in waiver annotations and URLs. */
      id: string;
      title: string;
      description?: string;
      /**
       * Which entities the scorecard applies to, as a catalog filter: field path to value or
       * values, e.g. `{ kind: Component, spec.type: service }`. All entities when absent.
       */
      filter?: { [field: string]: string | string[] };
      /** Levels reached from a score (0–100), e.g. Bronze at 50, Silver at 75, Gold at 90. */
      levels?: Array<{ name: string; score: number }>;
      checks: Array<{
        /** Lowercase letters, digits and dashes, unique within the scorecard. */
        id: string;
        /** A check type: a built-in one (annotation, field, link, relation, owner-is-group, lifecycle, adoption-rate, adopters, nps, survey-responses, metric) or one added by a module. */
        type: string;
        title?: string;
        description?: string;
        /** Relative weight in the scorecard score; default 1. */
        weight?: number;
        /** Parameters of the check type. */
        params?: { [key: string]: any };
        /** Where to read how to fix a failing check. */
        links?: Array<{ url: string; title: string }>;
      }>;
    }>;
    /**
     * How the whole-catalog reads (scorecard evaluations, the adoption task) read the
     * catalog. `uncompressed` (default): from the catalog that discovery finds, with the
     * plugin's own token, asking for pages without HTTP compression, which costs a catalog in
     * the same backend more CPU than it saves (on 10,000 components, a 1.3 MB page took
     * 25–30 ms instead of 70–100 ms). `catalog-service`: through `catalogServiceRef`, as
     * this plugin's other catalog reads do, so compressed, and through whatever that service
     * is replaced with: for a catalog behind a slow link, or a replaced catalog service.
     */
    catalogReads?: 'uncompressed' | 'catalog-service';
    scorecardEvaluation?: {
      /**
       * When every entity is re-evaluated (one backend replica at a time).
       * Default: every 30 minutes, with a 10-minute timeout.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    adoption?: {
      /**
       * When the adoption of every platform product is computed from the catalog (one
       * backend replica at a time). Each run replaces the current figures and the history
       * point of its UTC day. Default: every hour, with a 10-minute timeout.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    };
    surveys?: {
      /**
       * How long one survey answer lasts: each user answers once per entity per period, and
       * answering again in the same period replaces the answer. Periods are calendar periods
       * in UTC. Default: quarter.
       */
      period?: 'month' | 'quarter' | 'half-year' | 'year';
    };
    /** The SLA tracker: objectives from `paved-road.io/sla-*` annotations, SLI buckets, alerts. */
    sla?: {
      sync?: {
        /**
         * When SLI data is pulled from the sources entities name in
         * `paved-road.io/sla-source` and every entity's objectives are evaluated, their
         * summaries stored and alert changes sent (one backend replica at a time).
         * Default: every 5 minutes, with a 4-minute timeout.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /**
         * How far back the first pull of an objective reaches, and the most any later pull
         * reaches back after a gap: a duration such as `{ days: 30 }` or ISO 8601 `P30D`.
         * Default: 30 days.
         */
        backfill?: HumanDuration | string;
        /**
         * How long one pull of one objective from a source may take before it is abandoned
         * and reported on the entity. Default: 30 seconds.
         */
        timeout?: HumanDuration | string;
      };
      /**
       * SLI data older than this is reported as stale (`dataFreshness.stale`).
       * Default: 15 minutes.
       */
      staleAfter?: HumanDuration | string;
      /**
       * SLI buckets older than this are deleted at each sync round. Keep it above the longest
       * window and history you read. Default: 410 days.
       */
      retention?: HumanDuration | string;
    };
  };
}
