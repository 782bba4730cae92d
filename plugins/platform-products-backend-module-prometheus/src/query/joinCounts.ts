import { SliBucket } from '@paved-road/plugin-platform-products-node';
import { RangeValues } from './parseMatrix';

/** Buckets made from two range answers, and what had to be corrected. */
export type JoinedCounts = {
  buckets: SliBucket[];
  /** Buckets whose good (or bad) count was above total, brought within it. */
  aboveTotal: number;
  /** Buckets with a negative count, raised to zero. */
  negative: number;
};

/**
 * Makes buckets from the answers of the events query (good, or bad for
 * error-rate objectives) and the total query, both evaluated at the end of
 * each bucket.
 *
 * A time without a total has no data and gives no bucket. A time with a
 * total but no events answer counts zero events: `sum(...)` over series that
 * do not exist yet (no 5xx response so far) answers nothing rather than 0.
 * Counts are rounded to whole events: `increase` extrapolates to the window's
 * edges and gives fractions, while events are whole. Good is kept within
 * [0, total], and corrections are counted so that the caller can report them.
 */
export function joinCounts(options: {
  counts: 'good' | 'bad';
  events: RangeValues;
  total: RangeValues;
  stepSeconds: number;
}): JoinedCounts {
  const { counts, events, total, stepSeconds } = options;
  const times = [...total.keys()].sort((a, b) => a - b);
  let aboveTotal = 0;
  let negative = 0;
  const buckets = times.map(time => {
    let totalCount = Math.round(total.get(time)!);
    let eventCount = Math.round(events.get(time) ?? 0);
    if (totalCount < 0 || eventCount < 0) {
      negative++;
      totalCount = Math.max(0, totalCount);
      eventCount = Math.max(0, eventCount);
    }
    let good = counts === 'good' ? eventCount : totalCount - eventCount;
    if (good > totalCount) {
      aboveTotal++;
      good = totalCount;
    } else if (good < 0) {
      // More bad events than events in all: the bad query over-counts.
      aboveTotal++;
      good = 0;
    }
    return {
      start: new Date((time - stepSeconds) * 1000),
      durationSeconds: stepSeconds,
      good,
      total: totalCount,
    };
  });
  return { buckets, aboveTotal, negative };
}
