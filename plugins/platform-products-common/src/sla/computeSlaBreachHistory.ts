import { errorBudgetRatio, remainingBadEvents } from './errorBudget';
import { MaintenanceMask } from './maintenanceMask';
import { CalendarMonth, calendarMonthsBetween } from './resolveSlaWindow';
import { instantOf, slaZone } from './slaZone';
import { sortedBuckets } from './sortedBuckets';
import { SlaBreachHistoryInput, SlaBreachPeriod, SlaBreachSpan } from './types';

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Running sums of one month, and its breaches so far. */
class MonthTally {
  good = 0;
  total = 0;
  readonly breaches: Array<{ from: number; to: number | null }> = [];

  constructor(
    readonly month: CalendarMonth,
    private readonly budgetRatio: number,
  ) {}

  add(good: number, total: number, end: number): void {
    const wasBreached = this.isBreached();
    this.good += good;
    this.total += total;
    const breached = this.isBreached();
    const at = Math.min(end, this.month.to);
    if (breached && !wasBreached) {
      this.breaches.push({ from: at, to: null });
    } else if (wasBreached && !breached) {
      this.breaches[this.breaches.length - 1].to = at;
    }
  }

  isBreached(): boolean {
    return (
      this.total > 0 &&
      remainingBadEvents(this.budgetRatio, this.total, this.total - this.good) <
        0
    );
  }

  toPeriod(): SlaBreachPeriod {
    const { month, good, total, budgetRatio } = this;
    const hasData = total > 0;
    const breaches: SlaBreachSpan[] = this.breaches.map(breach => {
      let to: string | null = null;
      if (breach.to !== null) {
        to = iso(breach.to);
      } else if (month.complete) {
        to = iso(month.to);
      }
      return { from: iso(breach.from), to };
    });
    return {
      period: month.period,
      from: iso(month.from),
      to: iso(month.to),
      good,
      total,
      compliance: hasData ? good / total : null,
      breached: hasData ? this.isBreached() : null,
      budgetConsumed: hasData ? (total - good) / (budgetRatio * total) : null,
      breaches,
    };
  }
}

/**
 * Computes the compliance of one objective per calendar month in its time
 * zone over `[from, to)` (the first and last month cut to the range), whether
 * each month breached the target, and when within the month compliance so
 * far was below it.
 *
 * Buckets are assigned to the month their start falls in; a bucket that
 * overlaps a maintenance window, even partly, is left out, and missing
 * buckets are no data, as in {@link computeSlaObjectiveStatus}. Breaches are
 * found at bucket resolution: compliance over the month so far, after each
 * bucket. Early in a month a few bad events are enough for one.
 *
 * Throws a `RangeError` for an unknown time zone, invalid dates or a target
 * outside (0, 1).
 *
 * @public
 */
export function computeSlaBreachHistory(
  input: SlaBreachHistoryInput,
): SlaBreachPeriod[] {
  const { objective, timezone, maintenance } = input;
  const from = instantOf(input.from, 'from');
  const to = instantOf(input.to, 'to');
  const zone = slaZone(timezone);
  const budgetRatio = errorBudgetRatio(objective.target);
  if (!(from < to)) {
    return [];
  }
  const tallies = calendarMonthsBetween(zone, from, to).map(
    month => new MonthTally(month, budgetRatio),
  );
  const mask = MaintenanceMask.forBucketsIn(maintenance, timezone, from, to);

  const buckets = sortedBuckets(input.buckets);
  let current = 0;
  for (let i = 0; i < buckets.length; i++) {
    const bucket = buckets[i];
    const start = bucket.start;
    if (start < from || start >= to) {
      continue;
    }
    const end = start + bucket.durationMs;
    if (mask.overlapMs(start, end) > 0) {
      continue;
    }
    while (start >= tallies[current].month.to) {
      current++;
    }
    tallies[current].add(bucket.good, bucket.total, end);
  }
  return tallies.map(tally => tally.toPeriod());
}
