import { SliBucketData } from '../types';

/** One minute in milliseconds. */
export const MINUTE = 60_000;
/** One hour in milliseconds. */
export const HOUR = 60 * MINUTE;
/** One day in milliseconds. */
export const DAY = 24 * HOUR;

/**
 * Minute buckets over `[from, to)`, with the counts `counts` gives for each
 * bucket's start; a bucket for which it returns `undefined` is left out
 * (no data).
 */
export function minuteBuckets(
  from: number,
  to: number,
  counts: (start: number) => { good: number; total: number } | undefined,
): SliBucketData[] {
  const buckets: SliBucketData[] = [];
  for (let start = from; start < to; start += MINUTE) {
    const bucketCounts = counts(start);
    if (bucketCounts) {
      buckets.push({ start, durationMs: MINUTE, ...bucketCounts });
    }
  }
  return buckets;
}
