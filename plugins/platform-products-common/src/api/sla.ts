/**
 * HTTP response and request bodies of the SLA endpoints of the platform-products backend
 * (`/api/platform-products`). Times are ISO 8601 strings in UTC; ratios are 0–1 numbers
 * (0.999 for 99.9%), never percentages.
 */

import { AnnotationProblem } from '../annotations/AnnotationResult';
import { SlaObjectiveKind } from '../annotations/parseSlaObjectives';
import { LatencyPercentile } from '../annotations/keys';

/**
 * Where an objective stands over its window.
 *
 * - `met`: compliance at or above the target, and the error budget is not being burnt fast
 *   enough to run out before the window ends;
 * - `at-risk`: still met, but the budget is nearly spent or would run out at the current burn;
 * - `breached`: compliance below the target (the error budget is spent);
 * - `no-data`: no SLI bucket in the window. Missing data is never counted as good.
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
 * The windows burn rates are reported over.
 *
 * @public
 */
export type SlaBurnRateWindow = '1h' | '6h' | '1d' | '3d';

/**
 * Burn rate per window: how fast the error budget is spent relative to the rate that
 * spends exactly all of it over the SLA window (1 = on track to use it all, 14.4 = 14.4×
 * too fast). `null` when the window has no data.
 *
 * @public
 */
export type SlaBurnRates = Record<SlaBurnRateWindow, number | null>;

/**
 * One rule of the multi-window alert and how it evaluated.
 *
 * @public
 */
export interface SlaAlertRuleReport {
  severity: 'page' | 'ticket';
  /** Burn rate both windows must reach, e.g. 14.4. */
  threshold: number;
  /** The long window, e.g. `1h`. */
  longWindow: string;
  /** The short window, e.g. `5m`. */
  shortWindow: string;
  /** Burn rate over the long window; `null` without data. */
  longBurnRate: number | null;
  /** Burn rate over the short window; `null` without data. */
  shortBurnRate: number | null;
  /** Both burn rates at or above the threshold. */
  firing: boolean;
}

/**
 * The alert of one objective.
 *
 * @public
 */
export interface SlaAlertReport {
  state: SlaAlertState;
  /** When the state last changed (as seen by the backend); `null` when never evaluated before. */
  since: string | null;
  rules: SlaAlertRuleReport[];
}

/**
 * The error budget of one objective over its window: the bad events it allows.
 *
 * @public
 */
export interface SlaErrorBudgetReport {
  /** Share of events allowed to be bad: 1 − target (0.001 for 99.9%). */
  allowedBadRatio: number;
  /** Bad events allowed so far: `allowedBadRatio` × total events in the window. */
  allowedBadEvents: number;
  /** Bad events in the window (total − good). */
  badEvents: number;
  /** Share of the budget spent: `badEvents / allowedBadEvents`; above 1 when overspent. */
  consumed: number;
  /** 1 − consumed; negative when overspent. */
  remaining: number;
  /**
   * The budget as time: how long a total outage the window allows (`allowedBadRatio` ×
   * window length), how much of it was spent, how much is left (negative when overspent).
   */
  asTime: {
    totalSeconds: number;
    consumedSeconds: number;
    remainingSeconds: number;
  };
}

/**
 * The window an objective is measured over, resolved to times.
 *
 * @public
 */
export interface SlaWindowReport {
  /** As written: `30d`, `1M`, `1Q`, `1Y`. */
  text: string;
  type: 'rolling' | 'calendar';
  /** Start of the window, inclusive. */
  from: string;
  /** End of the window (now for rolling windows; the period's end for calendar ones). */
  to: string;
  /** IANA time zone of calendar and maintenance windows. */
  timezone: string;
}

/**
 * How recent and complete the SLI data of an objective is.
 *
 * @public
 */
export interface SlaDataFreshness {
  /** End of the latest bucket stored for the objective; `null` when there is none. */
  lastBucketEnd: string | null;
  /** Seconds from `lastBucketEnd` to the evaluation time; `null` when there is no bucket. */
  ageSeconds: number | null;
  /** Share (0–1) of the window so far covered by buckets. */
  coverage: number;
  /** `true` when the latest bucket is older than the backend's staleness threshold. */
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
 * One objective of an entity with everything computed for it.
 *
 * @public
 */
export interface SlaObjectiveReport {
  /**
   * Unique within the entity: `availability`, `latency-p99`, `error-rate`, or the
   * `metadata.name` of an OpenSLO `SLO`. Push ingestion names objectives by this id.
   */
  id: string;
  kind: SlaObjectiveKind;
  /** For people, e.g. `Availability 99.9%`, `p99 latency ≤ 300ms`. */
  title: string;
  origin: SlaObjectiveOrigin;
  /** Ratio of good events required, e.g. 0.999. */
  target: number;
  /** Latency objectives: the percentile. */
  percentile?: LatencyPercentile;
  /** Latency objectives: a request at or below this is good. */
  thresholdMs?: number;
  /** Error-rate objectives: the highest allowed ratio of bad events. */
  errorRateCeiling?: number;
  window: SlaWindowReport;
  status: SlaStatus;
  /** good ÷ total over the window (maintenance excluded); `null` without data. */
  compliance: number | null;
  /** Good events in the window, maintenance excluded. */
  good: number;
  /** All events in the window, maintenance excluded. */
  total: number;
  /** `null` without data. */
  errorBudget: SlaErrorBudgetReport | null;
  burnRates: SlaBurnRates;
  alert: SlaAlertReport;
  /**
   * Seconds until the remaining budget is spent at the current (1h) burn rate; 0 when
   * already spent; `null` when the budget is not being spent (or no data).
   */
  timeToExhaustionSeconds: number | null;
  dataFreshness: SlaDataFreshness;
  /** When this was computed. */
  evaluatedAt: string;
}

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
 * One calendar month of one objective in the history.
 *
 * @public
 */
export interface SlaHistoryPeriod {
  /** `YYYY-MM`, in the objective's time zone. */
  period: string;
  from: string;
  to: string;
  /** good ÷ total over the month; `null` without data. */
  compliance: number | null;
  good: number;
  total: number;
  /** `no-data`, `breached` (below target) or `met`. */
  status: Exclude<SlaStatus, 'at-risk'>;
  /** Share of the month's error budget spent; `null` without data. */
  budgetConsumed: number | null;
}

/**
 * A breach: a time the budget of an objective was overspent within a month.
 *
 * @public
 */
export interface SlaBreach {
  /** `YYYY-MM` of the month it happened in. */
  period: string;
  /** When compliance over the month so far first fell below the target. */
  from: string;
  /** When it recovered, or the month's end; `null` while ongoing. */
  to: string | null;
}

/**
 * The monthly history of one objective.
 *
 * @public
 */
export interface SlaObjectiveHistory {
  id: string;
  title: string;
  target: number;
  /** Oldest first. */
  periods: SlaHistoryPeriod[];
  breaches: SlaBreach[];
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
