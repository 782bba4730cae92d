import { SliBucketData } from './types';

/**
 * The buckets sorted by start: the array itself when it already is (the
 * usual case, checked in one pass), else a sorted copy.
 */
export function sortedBuckets(
  buckets: readonly SliBucketData[],
): readonly SliBucketData[] {
  for (let i = 1; i < buckets.length; i++) {
    if (buckets[i].start < buckets[i - 1].start) {
      return [...buckets].sort((a, b) => a.start - b.start);
    }
  }
  return buckets;
}
