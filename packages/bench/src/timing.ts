import { performance } from 'node:perf_hooks';

/** The p-th percentile (0–100) of samples, nearest-rank method. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) {
    return NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface LatencySummary {
  requests: number;
  p50: number;
  p95: number;
  max: number;
}

/**
 * Times `requests` sequential calls of `call` (after `warmUp` untimed ones); `call(i)` gets
 * the index of the call, to vary its input. Rejects on the first failing call.
 */
export async function timeSequential(
  call: (i: number) => Promise<unknown>,
  options: { warmUp: number; requests: number },
): Promise<LatencySummary> {
  const [summary] = await timeInterleaved([call], options);
  return summary;
}

/**
 * Like {@link timeSequential} for several calls taken in turn, one of each per round, so
 * that calls compared with each other meet the machine in the same state: a shared machine's
 * slow minute, or a backend busy with other work, then falls on all of them alike. `call(i)`
 * gets the index of the round. One summary per call, in their order.
 */
export async function timeInterleaved(
  calls: ReadonlyArray<(i: number) => Promise<unknown>>,
  options: { warmUp: number; requests: number },
): Promise<LatencySummary[]> {
  for (let i = 0; i < options.warmUp; i++) {
    for (const call of calls) {
      await call(i);
    }
  }
  const samples = calls.map((): number[] => []);
  for (let i = 0; i < options.requests; i++) {
    for (const [index, call] of calls.entries()) {
      const started = performance.now();
      await call(options.warmUp + i);
      samples[index].push(performance.now() - started);
    }
  }
  return samples.map(summarize);
}

function summarize(samples: number[]): LatencySummary {
  return {
    requests: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
  };
}
