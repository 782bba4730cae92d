const UNITS: ReadonlyArray<readonly [string, number]> = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
];

/**
 * Writes a whole number of seconds as a PromQL duration in the largest unit
 * that divides it (`300` → `5m`, `5400` → `90m`, `86400` → `1d`). One unit
 * only, so that any Prometheus 2.x reads it.
 */
export function formatPromQlDuration(seconds: number): string {
  if (!Number.isInteger(seconds) || seconds <= 0) {
    throw new Error(
      `A PromQL duration needs a positive whole number of seconds, not ${seconds}`,
    );
  }
  const [unit, size] = UNITS.find(([, s]) => seconds % s === 0)!;
  return `${seconds / size}${unit}`;
}
