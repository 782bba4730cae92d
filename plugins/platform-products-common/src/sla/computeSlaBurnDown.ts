import { DateTime, IANAZone } from 'luxon';
import { SlaWindow } from '../annotations/parseSlaWindow';
import {
  errorBudgetOf,
  errorBudgetRatio,
  remainingBadEvents,
} from './errorBudget';
import { MaintenanceMask } from './maintenanceMask';
import { resolveSlaWindow } from './resolveSlaWindow';
import { instantOf, slaZone } from './slaZone';
import { sortedBuckets } from './sortedBuckets';
import { SlaBurnDownPoint, SlaObjectiveStatusInput } from './types';
import { DAY_MS, HOUR_MS } from '../time';

/** Rolling windows at least this long are stepped by the day, shorter ones by the hour. */
const DAILY_FROM_MS = 7 * DAY_MS;

/**
 * The ends of the steps that cut `[from, now)`, the last one `now`. Calendar
 * windows are stepped by days of their time zone, so that points fall on
 * local midnights (a day over a daylight-saving change is 23 or 25 hours).
 */
function stepEnds(
  window: SlaWindow,
  zone: IANAZone,
  from: number,
  now: number,
): number[] {
  const ends: number[] = [];
  if (window.type === 'calendar') {
    const start = DateTime.fromMillis(from, { zone });
    for (let days = 1; ; days++) {
      const end = start.plus({ days }).toMillis();
      if (end >= now) break;
      ends.push(end);
    }
  } else {
    const step = window.durationMs >= DAILY_FROM_MS ? DAY_MS : HOUR_MS;
    for (let end = from + step; end < now; end += step) {
      ends.push(end);
    }
  }
  if (now > from) {
    ends.push(now);
  }
  return ends;
}

/**
 * Computes how the error budget of one objective burned down within its
 * current window, step by step from the window's start to now, from the same
 * input as `computeSlaObjectiveStatus` and by its rules: a bucket belongs to
 * the step its start lies in; a bucket overlapping maintenance is left out of
 * good and total; a missing bucket is no data, never good. Each point holds
 * the window's figures so far, so the last one is the status's.
 *
 * A bucket is counted whole in the step of its start: buckets read summed per
 * hour may move up to an hour of events, and of coverage, into the step
 * before.
 *
 * Throws a `RangeError` where `computeSlaObjectiveStatus` does.
 *
 * @public
 */
export function computeSlaBurnDown(
  input: SlaObjectiveStatusInput,
): SlaBurnDownPoint[] {
  const { objective, window, timezone, maintenance } = input;
  const now = instantOf(input.now, 'now');
  const zone = slaZone(timezone);
  const budgetRatio = errorBudgetRatio(objective.target);
  const { from, periodMs } = resolveSlaWindow(window, zone, now);
  const mask = MaintenanceMask.forBucketsIn(maintenance, timezone, from, now);
  const buckets = sortedBuckets(input.buckets);

  const points: SlaBurnDownPoint[] = [];
  let good = 0;
  let total = 0;
  let next = 0;
  let stepFrom = from;
  for (const stepTo of stepEnds(window, zone, from, now)) {
    let coveredMs = 0;
    for (; next < buckets.length && buckets[next].start < stepTo; next++) {
      const { start, durationMs } = buckets[next];
      if (start < from) {
        continue;
      }
      const end = start + durationMs;
      const maintenanceMs = mask.overlapMs(start, end);
      coveredMs += mask.coveredMs(start, end, maintenanceMs, now);
      if (maintenanceMs === 0) {
        good += buckets[next].good;
        total += buckets[next].total;
      }
    }
    const eligibleMs =
      stepTo - stepFrom - mask.totalOverlapMs(stepFrom, stepTo);
    points.push({
      from: new Date(stepFrom).toISOString(),
      to: new Date(stepTo).toISOString(),
      good,
      total,
      consumedBad: total - good,
      remainingRatio: null,
      // A bucket summed per hour may cover more than its step.
      coverage: eligibleMs > 0 ? Math.min(1, coveredMs / eligibleMs) : null,
    });
    stepFrom = stepTo;
  }
  // One budget for every point: the window's, from all its events so far, as the status has
  // it. Each point spends its bad events from that budget, so the line starts near 100% and
  // falls as bad events come; a budget recomputed from each point's own events would stay
  // flat under a steady error rate, whatever share of the window's budget it has spent.
  const budget = errorBudgetOf(good, total, budgetRatio, periodMs);
  if (budget.remainingRatio !== null) {
    for (const point of points) {
      point.remainingRatio =
        remainingBadEvents(budgetRatio, total, point.consumedBad) /
        budget.allowedBad;
    }
  }
  return points;
}
