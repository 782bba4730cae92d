import {
  BURN_RATE_SPAN_MS,
  BURN_RATE_SPANS,
  evaluateSlaAlert,
  SLA_AT_RISK_REMAINING_RATIO,
} from './burnRateAlerts';
import { errorBudgetOf, errorBudgetRatio } from './errorBudget';
import { MaintenanceMask } from './maintenanceMask';
import { resolveSlaWindow } from './resolveSlaWindow';
import { instantOf, slaZone } from './slaZone';
import { sortedBuckets } from './sortedBuckets';
import {
  SlaAlert,
  SlaBurnRatesBySpan,
  SlaErrorBudget,
  SlaObjectiveStatus,
  SlaObjectiveStatusInput,
} from './types';
import { MINUTE_MS } from '../time';

const LONGEST_SPAN_MS = Math.max(
  ...BURN_RATE_SPANS.map(span => BURN_RATE_SPAN_MS[span]),
);

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

// A burn rate of b spends the whole budget in (window length ÷ b), so what is
// left lasts remainingRatio × window length ÷ b. This assumes the burn goes on
// and, for rolling windows, that no old bad events leave the window meanwhile.
function timeToExhaustionMinutes(
  remainingRatio: number | null,
  burnRate: number | null,
  periodMs: number,
): number | null {
  if (remainingRatio === null) {
    return null;
  }
  if (remainingRatio <= 0) {
    return 0;
  }
  if (burnRate === null || burnRate <= 0) {
    return null;
  }
  return (remainingRatio * periodMs) / MINUTE_MS / burnRate;
}

function objectiveStatus(
  total: number,
  budget: SlaErrorBudget,
  alert: SlaAlert,
): SlaObjectiveStatus['status'] {
  if (total === 0 || budget.remainingRatio === null) {
    return 'no-data';
  }
  if (budget.remainingBad < 0) {
    return 'breached';
  }
  if (
    budget.remainingRatio < SLA_AT_RISK_REMAINING_RATIO ||
    alert.state !== 'none'
  ) {
    return 'at-risk';
  }
  return 'met';
}

/**
 * Computes compliance, error budget, burn rates, alert state, time to
 * exhaustion and status of one objective over its window, in one pass over
 * its buckets.
 *
 * Rules:
 *
 * - A bucket belongs to the window (or a burn-rate span) when its start lies
 *   in `[from, now)`. Rolling windows reach back their length from now;
 *   calendar windows start at the start of the current month, quarter or
 *   year in the time zone (see `resolveSlaWindow`).
 * - A bucket that overlaps a maintenance window, even partly, is left out of
 *   good and total, in the window and in every burn-rate span. Its time
 *   outside maintenance still counts as covered by data.
 * - A missing bucket is no data: it lowers `dataCoverage`, never compliance.
 * - Burn rates are computed over spans ending now, whatever the window.
 *
 * Throws a `RangeError` for an unknown time zone, an invalid `now` or a
 * target outside (0, 1), which the annotation parsers never produce.
 *
 * @public
 */
export function computeSlaObjectiveStatus(
  input: SlaObjectiveStatusInput,
): SlaObjectiveStatus {
  const { objective, window, timezone, maintenance } = input;
  const now = instantOf(input.now, 'now');
  const zone = slaZone(timezone);
  const budgetRatio = errorBudgetRatio(objective.target);
  const resolved = resolveSlaWindow(window, zone, now);
  const from = resolved.from;

  const earliest = Math.min(from, now - LONGEST_SPAN_MS);
  const mask = MaintenanceMask.forBucketsIn(
    maintenance,
    timezone,
    earliest,
    now,
  );

  // Spans are numbered as BURN_RATE_SPANS; plain arrays of numbers keep the
  // loop free of allocations and property lookups by name.
  const spanCount = BURN_RATE_SPANS.length;
  const spanFrom = BURN_RATE_SPANS.map(span => now - BURN_RATE_SPAN_MS[span]);
  const spanBad = new Float64Array(spanCount);
  const spanTotal = new Float64Array(spanCount);

  let good = 0;
  let total = 0;
  let coveredMs = 0;
  let latestDataAt = -Infinity;

  const buckets = sortedBuckets(input.buckets);
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i];
    const start = bucket.start;
    if (start < earliest || start >= now) {
      continue;
    }
    const end = start + bucket.durationMs;
    const maintenanceMs = mask.overlapMs(start, end);
    if (start >= from) {
      coveredMs += mask.coveredMs(start, end, maintenanceMs, now);
    }
    if (maintenanceMs > 0) {
      continue;
    }
    const bucketTotal = bucket.total;
    const bucketBad = bucketTotal - bucket.good;
    if (start >= from) {
      good += bucket.good;
      total += bucketTotal;
      if (bucketTotal > 0 && start > latestDataAt) {
        latestDataAt = start;
      }
    }
    for (let span = 0; span < spanCount; span++) {
      if (start >= spanFrom[span]) {
        spanBad[span] += bucketBad;
        spanTotal[span] += bucketTotal;
      }
    }
  }

  const burnRates = {} as SlaBurnRatesBySpan;
  BURN_RATE_SPANS.forEach((span, index) => {
    burnRates[span] =
      spanTotal[index] > 0
        ? spanBad[index] / spanTotal[index] / budgetRatio
        : null;
  });
  const alert = evaluateSlaAlert(burnRates);
  const budget = errorBudgetOf(good, total, budgetRatio, resolved.periodMs);
  const eligibleMs = now - from - mask.totalOverlapMs(from, now);

  return {
    objective: objective.id,
    target: objective.target,
    window: {
      text: window.text,
      type: window.type,
      from: iso(from),
      to: iso(now),
      periodEnd: iso(resolved.periodEnd),
    },
    good,
    total,
    compliance: total > 0 ? good / total : null,
    dataCoverage: eligibleMs > 0 ? Math.min(1, coveredMs / eligibleMs) : 0,
    latestDataAt: Number.isFinite(latestDataAt) ? iso(latestDataAt) : null,
    errorBudget: budget,
    burnRates,
    alert,
    timeToExhaustionMinutes: timeToExhaustionMinutes(
      budget.remainingRatio,
      burnRates['1h'],
      resolved.periodMs,
    ),
    status: objectiveStatus(total, budget, alert),
  };
}
