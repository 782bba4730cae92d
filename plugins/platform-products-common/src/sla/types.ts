import { MaintenanceRule } from '../annotations/maintenance/MaintenanceRule';
import { SlaWindow } from '../annotations/parseSlaWindow';

/**
 * The SLI counts of one stored bucket: `good` of `total` events that started
 * in `[start, start + durationMs)`.
 *
 * Buckets are passed sorted by `start` (unsorted input is still computed
 * correctly, only slower) and at most one per start. A bucket that is not
 * there means "no data" for its time, never "good".
 *
 * @public
 */
export type SliBucketData = {
  /** Start of the bucket, epoch milliseconds (a whole minute). */
  start: number;
  /** Length of the bucket in milliseconds (60,000 for minute buckets). */
  durationMs: number;
  good: number;
  total: number;
};

/**
 * What the SLA math needs to know of an objective. An `SlaObjective` read
 * from annotations fits, and so does an objective read from OpenSLO.
 *
 * @public
 */
export type SlaObjectiveTarget = {
  /** Identifies the objective within its entity, e.g. `availability`. */
  id: string;
  /**
   * Ratio of good events required, between 0 and 1 exclusive: 0.999 for an
   * availability of 99.9% or an error-rate ceiling of 0.1%, 0.99 for a p99
   * latency bound.
   */
  target: number;
};

/**
 * The spans over which burn rates are computed, ending now.
 *
 * @public
 */
export type BurnRateSpan = '5m' | '30m' | '1h' | '2h' | '6h' | '1d' | '3d';

/**
 * Burn rate per span: (bad ÷ total in the span) ÷ (1 − target); 1 spends the
 * error budget exactly over the SLA window. `null` when the span holds no
 * events (no data, or only maintenance).
 *
 * @public
 */
export type SlaBurnRatesBySpan = Record<BurnRateSpan, number | null>;

// The same unions as `SlaAlertState` and `SlaStatus` of the HTTP API
// (src/api/sla.ts), which the package exports; exported from this module (not
// from the package) so that the API types can take them from here.
/** The alert state of an objective (see {@link SlaAlert}). */
export type SlaAlertState = 'none' | 'ticket' | 'page';
/** The status of an objective (see {@link SlaObjectiveStatus}). */
export type SlaStatus = 'met' | 'at-risk' | 'breached' | 'no-data';

/**
 * One multi-window burn-rate alert rule: it fires when the burn rate is at
 * or above `threshold` over both the long and the short window.
 *
 * @public
 */
export type SlaAlertRule = {
  severity: 'page' | 'ticket';
  /** Burn rate both windows must reach, e.g. 14.4. */
  threshold: number;
  longWindow: BurnRateSpan;
  shortWindow: BurnRateSpan;
};

/**
 * One alert rule as evaluated for an objective.
 *
 * @public
 */
export type SlaAlertRuleEvaluation = SlaAlertRule & {
  /** Burn rate over the long window; `null` without data. */
  longBurnRate: number | null;
  /** Burn rate over the short window; `null` without data. */
  shortBurnRate: number | null;
  /** Both burn rates at or above the threshold. */
  firing: boolean;
};

/**
 * The alert state of an objective, and the rule that put it there.
 *
 * @public
 */
export type SlaAlert = {
  state: SlaAlertState;
  /** The first firing rule of the highest severity; `null` when `none`. */
  rule: SlaAlertRule | null;
  /** Every rule of `SLA_ALERT_RULES`, in that order, evaluated. */
  rules: SlaAlertRuleEvaluation[];
};

/**
 * The error budget of an objective over its window, in events and in time.
 *
 * @public
 */
export type SlaErrorBudget = {
  /** Bad events the target allows for the events seen: (1 − target) × total. */
  allowedBad: number;
  /** Bad events seen: total − good. */
  consumedBad: number;
  /** allowedBad − consumedBad; negative once the budget is overspent. */
  remainingBad: number;
  /**
   * remainingBad ÷ allowedBad: 1 untouched, 0 spent, negative overspent.
   * `null` when there are no events (nothing to compare against).
   */
  remainingRatio: number | null;
  /**
   * The budget as time: (1 − target) × the window's length in minutes (a
   * whole calendar period for calendar windows, daylight-saving correct).
   * 43.2 minutes for 99.9% over 30 days.
   */
  totalMinutes: number;
  /** totalMinutes × remainingRatio; `null` when `remainingRatio` is. */
  remainingMinutes: number | null;
};

/**
 * The interval an objective is measured over. Times are ISO-8601 strings in
 * UTC, so that the status can be sent as JSON as it is.
 *
 * @public
 */
export type SlaMeasuredWindow = {
  /** The window as written: `30d`, `1M`. */
  text: string;
  type: SlaWindow['type'];
  /** Start of the window, inclusive. */
  from: string;
  /** End of what is measured: now. */
  to: string;
  /**
   * End of the whole period: `to` for rolling windows, the end of the month,
   * quarter or year for calendar windows.
   */
  periodEnd: string;
};

/**
 * Input of {@link computeSlaObjectiveStatus}.
 *
 * @public
 */
export type SlaObjectiveStatusInput = {
  objective: SlaObjectiveTarget;
  window: SlaWindow;
  /** IANA time zone of calendar windows and maintenance rules; must be valid. */
  timezone: string;
  maintenance?: MaintenanceRule;
  /**
   * The objective's buckets, sorted by start. Buckets outside the window and
   * the longest burn-rate span (3 days) are ignored.
   */
  buckets: readonly SliBucketData[];
  now: Date;
};

/**
 * Everything computed for one objective over its window.
 *
 * @public
 */
export type SlaObjectiveStatus = {
  objective: string;
  target: number;
  window: SlaMeasuredWindow;
  /** Good events in the window, maintenance excluded. */
  good: number;
  /** All events in the window, maintenance excluded. */
  total: number;
  /** good ÷ total; `null` when there are no events. */
  compliance: number | null;
  /**
   * Share (0 to 1) of the window's time outside maintenance, up to now, that
   * buckets cover. Below 1 means gaps in the SLI data.
   */
  dataCoverage: number;
  /** Start of the newest bucket in the window with events (ISO); `null` if none. */
  latestDataAt: string | null;
  errorBudget: SlaErrorBudget;
  burnRates: SlaBurnRatesBySpan;
  alert: SlaAlert;
  /**
   * Minutes until the remaining budget is spent at the current 1h burn rate:
   * remainingRatio × window minutes ÷ burn rate. 0 when the budget is already
   * spent; `null` when nothing burns (1h burn rate 0 or no data).
   */
  timeToExhaustionMinutes: number | null;
  /**
   * - `no-data`: no events in the window (outside maintenance).
   * - `breached`: compliance is below the target (the error budget is
   *   overspent: `remainingRatio` below 0).
   * - `at-risk`: not breached, but less than 25% of the error budget is left
   *   (`SLA_AT_RISK_REMAINING_RATIO`) or a burn-rate alert fires.
   * - `met`: otherwise.
   */
  status: SlaStatus;
};

/**
 * One step of the error-budget burn-down of an objective within its current
 * window: the window's events from its start up to the end of the step.
 * Steps are a day long (days of the time zone for calendar windows), an hour
 * for rolling windows shorter than 7 days; the last ends now.
 *
 * @public
 */
export type SlaBurnDownPoint = {
  /** Start of the step (ISO), inclusive. */
  from: string;
  /** End of the step (ISO), exclusive: the figures are the window's up to here. */
  to: string;
  /** Good events from the window's start to `to`, maintenance excluded. */
  good: number;
  /** All events from the window's start to `to`, maintenance excluded. */
  total: number;
  /** Bad events from the window's start to `to`: total − good. */
  consumedBad: number;
  /**
   * Share of the window's error budget left at `to`: the bad events up to `to`
   * spent from the budget of all the window's events so far (the status's
   * {@link SlaErrorBudget.allowedBad}). 1 untouched, 0 spent, negative
   * overspent; `null` while the window has no events. The last point's equals
   * the status's `remainingRatio`.
   */
  remainingRatio: number | null;
  /**
   * Share (0 to 1) of the step's time outside maintenance that buckets cover:
   * 0 is a step without data, whose figures only carry the previous ones
   * over. `null` when the whole step is maintenance.
   */
  coverage: number | null;
};

/**
 * Input of {@link computeSlaBreachHistory}.
 *
 * @public
 */
export type SlaBreachHistoryInput = {
  objective: SlaObjectiveTarget;
  /** IANA time zone whose calendar months make the periods; must be valid. */
  timezone: string;
  maintenance?: MaintenanceRule;
  /** The objective's buckets, sorted by start. */
  buckets: readonly SliBucketData[];
  /** Start of the history, inclusive; the first period starts here. */
  from: Date;
  /** End of the history, exclusive; the last period ends here. */
  to: Date;
};

/**
 * Compliance of one calendar month (in the SLA's time zone), cut to the
 * requested range.
 *
 * @public
 */
export type SlaBreachPeriod = {
  /** `YYYY-MM` in the SLA's time zone. */
  period: string;
  /** ISO-8601, UTC. */
  from: string;
  /** ISO-8601, UTC, exclusive. */
  to: string;
  good: number;
  total: number;
  /** good ÷ total; `null` when there are no events. */
  compliance: number | null;
  /** compliance below target; `null` when there are no events. */
  breached: boolean | null;
  /**
   * Share of the period's error budget spent: bad ÷ ((1 − target) × total);
   * above 1 when overspent; `null` when there are no events.
   */
  budgetConsumed: number | null;
  /**
   * The times within the period that compliance over the period so far was
   * below the target, at bucket resolution.
   */
  breaches: SlaBreachSpan[];
};

/**
 * A time compliance over a period so far was below the target.
 *
 * @public
 */
export type SlaBreachSpan = {
  /** End of the bucket that took compliance below the target (ISO). */
  from: string;
  /**
   * End of the bucket that brought it back, or the period's end; `null`
   * while ongoing (still below at the end of a period that is not over).
   */
  to: string | null;
};

/**
 * Computes compliance, error budget, burn rates, alert state, time to
 * exhaustion and status of one objective, in one pass over its buckets.
 *
 * @public
 */
export type ComputeSlaObjectiveStatus = (
  input: SlaObjectiveStatusInput,
) => SlaObjectiveStatus;

/**
 * Computes per-calendar-month compliance and breaches of one objective.
 *
 * @public
 */
export type ComputeSlaBreachHistory = (
  input: SlaBreachHistoryInput,
) => SlaBreachPeriod[];
