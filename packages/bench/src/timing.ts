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
  call: (i: number) => Promise<void>,
  options: { warmUp: number; requests: number },
): Promise<LatencySummary> {
  for (let i = 0; i < options.warmUp; i++) {
    await call(i);
  }
  const samples: number[] = [];
  for (let i = 0; i < options.requests; i++) {
    const started = performance.now();
    await call(options.warmUp + i);
    samples.push(performance.now() - started);
  }
  return {
    requests: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: Math.max(...samples),
  };
}
