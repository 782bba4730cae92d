/**
 * HTTP response and request bodies of the SLA endpoints of the platform-products backend
 * (`/api/platform-products`). Times are ISO 8601 strings in UTC; ratios are 0–1 numbers
 * (0.999 for 99.9%), never percentages. What the SLA math computes is sent in the math's
 * own types (`src/sla/types.ts`), so that one concept has one name from math to page.
 */

import { AnnotationProblem } from '../annotations/AnnotationResult';
import { SlaObjectiveKind } from '../annotations/parseSlaObjectives';
import { LatencyPercentile } from '../annotations/keys';
import {
  SlaAlert,
  SlaBreachPeriod,
  SlaBurnDownPoint,
  SlaObjectiveStatus,
} from '../sla/types';

/**
 * Where an objective stands over its window: `met`; `at-risk` (not breached, but little
 * error budget left or a burn-rate alert fires); `breached` (compliance below the target);
 * `no-data` (no events in the window; missing data is never counted as good).
 *
 * @public
 */
export type SlaStatus = 'met' | 'at-risk' | 'breached' | 'no-data';

/**
 * The multi-window burn-rate alert state of an objective (SRE workbook): `page` when
 * 14.4× over 1h and 5m, or 6× over 6h and 30m; `ticket` when 3× over 1d and 2h, or 1× over
 * 3d and 6h; else `none`.
 *
 * @public
 */
export type SlaAlertState = 'none' | 'ticket' | 'page';

/**
 * The alert of one objective: the math's alert state and the rule that put it there, with
 * when the state last changed.
 *
 * @public
 */
export type SlaAlertReport = SlaAlert & {
  /** When the state last changed, as the backend saw it; `null` before the first evaluation. */
  since: string | null;
};

/**
 * How recent and complete the SLI data of an objective is.
 *
 * @public
 */
export interface SlaDataFreshness {
  /** Start of the newest bucket with events; `null` when there is none. */
  latestDataAt: string | null;
  /** Minutes from the end of the newest bucket to the evaluation; `null` without data. */
  ageMinutes: number | null;
  /** Share (0–1) of the window so far, outside maintenance, that buckets cover. */
  coverage: number;
  /** `true` when the newest data is older than `platformProducts.sla.staleAfter`. */
  stale: boolean;
}

/**
 * Where an objective was declared.
 *
 * @public
 */
export type SlaObjectiveOrigin =
  | { type: 'annotation'; annotation: string }
  | { type: 'openslo'; location: string; name: string };

/**
 * One objective of an entity with everything computed for it: the math's
 * {@link SlaObjectiveStatus} (compliance, error budget, burn rates over every span, time to
 * exhaustion, status) and what the entity says about the objective.
 *
 * @public
 */
export type SlaObjectiveReport = Omit<SlaObjectiveStatus, 'alert'> & {
  /**
   * Unique within the entity: `availability`, `latency-p99`, `error-rate`, or the
   * `metadata.name` of an OpenSLO `SLO`. Push ingestion names objectives by this id.
   * The same as `objective`.
   */
  id: string;
  kind: SlaObjectiveKind;
  /** For people, e.g. `Availability 99.9%`, `p99 latency ≤ 300ms`. */
  title: string;
  origin: SlaObjectiveOrigin;
  /** Latency objectives: the percentile. */
  percentile?: LatencyPercentile;
  /** Latency objectives: a request at or below this is good. */
  thresholdMs?: number;
  /** Error-rate objectives: the highest allowed ratio of bad events. */
  errorRateCeiling?: number;
  /** IANA time zone of the calendar window and maintenance. */
  timezone: string;
  alert: SlaAlertReport;
  dataFreshness: SlaDataFreshness;
  /**
   * How the error budget burned down within the current window: one point a day (an hour
   * for rolling windows shorter than 7 days) from the window's start, the last at now and
   * equal to `errorBudget`. Steps without data carry the figures over, with `coverage` 0.
   */
  burnDown: SlaBurnDownPoint[];
  /** When this was computed. */
  evaluatedAt: string;
};

/**
 * The state of pulling an entity's SLI data from its source (`paved-road.io/sla-source`).
 *
 * @public
 */
export interface SlaSyncReport {
  /** As written in the annotation, e.g. `prometheus:prod`; `push` for pushed data. */
  source: string;
  /** Last time a sync of the entity was attempted; `null` for push or never. */
  lastAttemptAt: string | null;
  /** Last time a sync of the entity succeeded; `null` for push or never. */
  lastSuccessAt: string | null;
  /** The message of the last failed attempt, when the last attempt failed. */
  error: string | null;
}

/**
 * `GET /entities/:kind/:namespace/:name/sla`
 *
 * @public
 */
export interface EntitySlaResponse {
  /** Lowercase full ref, e.g. `component:default/checkout`. */
  entityRef: string;
  objectives: SlaObjectiveReport[];
  /**
   * Worst status over the objectives (`breached` > `at-risk` > `no-data` > `met`); `null`
   * when the entity has no objective.
   */
  status: SlaStatus | null;
  /**
   * Annotations (and OpenSLO documents) that were not understood; objectives not affected
   * by them still work.
   */
  problems: AnnotationProblem[];
  sync: SlaSyncReport;
}

/**
 * The monthly history of one objective: compliance per calendar month in its time zone,
 * and whether the month breached the target.
 *
 * @public
 */
export interface SlaObjectiveHistory {
  id: string;
  title: string;
  target: number;
  /** Oldest first; the current month is cut at now. */
  periods: SlaBreachPeriod[];
  /** How many of the periods breached the target. */
  breaches: number;
}

/**
 * `GET /entities/:kind/:namespace/:name/sla/history?months=N`
 *
 * @public
 */
export interface EntitySlaHistoryResponse {
  entityRef: string;
  /** How many months back, this month included. */
  months: number;
  objectives: SlaObjectiveHistory[];
  problems: AnnotationProblem[];
}

/**
 * One objective in the overview: only what a list needs.
 *
 * @public
 */
export interface SlaOverviewObjective {
  id: string;
  title: string;
  target: number;
  status: SlaStatus;
  compliance: number | null;
  /** Share of the error budget left; `null` without data. */
  budgetRemaining: number | null;
  alert: SlaAlertState;
  evaluatedAt: string;
}

/**
 * One entity in the overview.
 *
 * @public
 */
export interface SlaOverviewItem {
  entityRef: string;
  /** Lowercase full ref of the owner; `null` when unknown. */
  ownerRef: string | null;
  /** Worst status over its objectives. */
  status: SlaStatus;
  /** The least budget left over its objectives; `null` when none has data. */
  budgetRemaining: number | null;
  /** The highest alert over its objectives. */
  alert: SlaAlertState;
  objectives: SlaOverviewObjective[];
  /** How many annotation problems the entity has. */
  problemCount: number;
  /** The message of the last failed sync, if the last sync failed. */
  syncError: string | null;
}

/**
 * `GET /sla?owner=…&status=…&limit=…&offset=…`: entities with SLAs, least remaining budget
 * first (entities without data last).
 *
 * @public
 */
export interface SlaOverviewResponse {
  items: SlaOverviewItem[];
  totalItems: number;
  limit: number;
  offset: number;
}

/**
 * One bucket in the body of `POST /entities/:kind/:namespace/:name/sla/samples`.
 *
 * @public
 */
export interface SlaSampleBucket {
  /** An objective id of the entity (see {@link SlaObjectiveReport.id}). */
  objective: string;
  /** Start of the bucket, a whole minute, ISO 8601. */
  start: string;
  /** Length in seconds, a whole number of minutes; default 60. */
  durationSeconds?: number;
  /** Good events, a non-negative integer not above `total`. */
  good: number;
  /** All events, a non-negative integer. */
  total: number;
}

/**
 * `POST /entities/:kind/:namespace/:name/sla/samples` body.
 *
 * @public
 */
export interface SlaSamplesRequest {
  buckets: SlaSampleBucket[];
}

/**
 * `POST /entities/:kind/:namespace/:name/sla/samples` response. A bucket sent again
 * (same objective and start) replaces the stored one.
 *
 * @public
 */
export interface SlaSamplesResponse {
  entityRef: string;
  /** Buckets written (inserted or replaced). */
  accepted: number;
}

/**
 * The most buckets one `POST …/sla/samples` may carry (a day of minute buckets for seven
 * objectives fits).
 *
 * @public
 */
export const SLA_SAMPLES_MAX_BUCKETS = 10_000;
