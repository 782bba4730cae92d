/**
 * Points per query_range request. Prometheus refuses a request whose
 * (end − start) ÷ step exceeds 11,000 ("exceeded maximum resolution of 11,000
 * points per timeseries"); 11,000 points stay one below that.
 */
export const PROMETHEUS_MAX_POINTS = 11_000;

/** One query_range request: evaluation times start, start + step, …, end (epoch seconds). */
export type QueryRangeRequest = {
  start: number;
  end: number;
  step: number;
};

/**
 * Which query_range requests give the buckets of [from, to).
 *
 * The query of a bucket counts the events of the `step` seconds that end at
 * its evaluation time, so the bucket [t − step, t) is evaluated at t. Buckets
 * start at multiples of the step since the epoch, so the same bucket comes
 * out the same on every sync, and only buckets wholly inside [from, to) are
 * asked for, as the SliSource contract requires: with a step over one
 * minute, the part of a bucket cut by `from` or `to` is left to the sync
 * whose range holds all of it.
 *
 * A range too long for one request is split into several, each within
 * Prometheus' point limit, rather than answered with a wider step: burn-rate
 * alerts look at the last 5 minutes, which a coarser step would blur.
 */
export function planQueryRange(options: {
  from: Date;
  to: Date;
  stepSeconds: number;
  maxPoints?: number;
}): QueryRangeRequest[] {
  const { stepSeconds: step } = options;
  const maxPoints = options.maxPoints ?? PROMETHEUS_MAX_POINTS;
  if (!Number.isInteger(step) || step <= 0 || step % 60 !== 0) {
    throw new Error(
      `The step must be a whole number of minutes, not ${step} seconds`,
    );
  }
  if (!Number.isInteger(maxPoints) || maxPoints < 1) {
    throw new Error(`maxPoints must be a positive integer, not ${maxPoints}`);
  }
  const fromSeconds = Math.floor(options.from.getTime() / 1000);
  const toSeconds = Math.floor(options.to.getTime() / 1000);
  const firstBucketStart = Math.ceil(fromSeconds / step) * step;
  const lastBucketEnd = Math.floor(toSeconds / step) * step;
  const requests: QueryRangeRequest[] = [];
  for (
    let start = firstBucketStart + step;
    start <= lastBucketEnd;
    start += maxPoints * step
  ) {
    requests.push({
      start,
      end: Math.min(start + (maxPoints - 1) * step, lastBucketEnd),
      step,
    });
  }
  return requests;
}
