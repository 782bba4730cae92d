import {
  MetricGroupMedian,
  PlatformProductTimeToMarket,
  TimeToMarketComparison,
} from '@paved-road/plugin-platform-products-common';

/** Days of points compared when `spec.timeToMarket.windowDays` is absent. */
export const DEFAULT_TIME_TO_MARKET_WINDOW_DAYS = 90;

/** The median of numbers; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) {
    return null;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The median over the entities of each entity's own median: every entity counts once,
 * so one busy repository does not outweigh the rest.
 */
function groupMedian(
  entityRefs: Iterable<string>,
  valuesByEntity: ReadonlyMap<string, readonly number[]>,
): MetricGroupMedian {
  const medians: number[] = [];
  for (const ref of entityRefs) {
    const m = median(valuesByEntity.get(ref) ?? []);
    if (m !== null) {
      medians.push(m);
    }
  }
  return { entities: medians.length, median: median(medians) };
}

function reduction(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from === 0) {
    return null;
  }
  return (from - to) / from;
}

/**
 * Compares a time-to-market metric (lower is better) among a product's adopters and the
 * rest of its population, and with the declared baseline.
 *
 * @param valuesByEntity - the metric's values in the window, by lowercase entity ref
 */
export function compareTimeToMarket(options: {
  spec: PlatformProductTimeToMarket;
  adopterRefs: ReadonlySet<string>;
  populationRefs: Iterable<string>;
  valuesByEntity: ReadonlyMap<string, readonly number[]>;
}): TimeToMarketComparison {
  const { spec, adopterRefs, populationRefs, valuesByEntity } = options;
  const nonAdopterRefs = [...populationRefs].filter(
    ref => !adopterRefs.has(ref),
  );
  const adopters = groupMedian(adopterRefs, valuesByEntity);
  const nonAdopters = groupMedian(nonAdopterRefs, valuesByEntity);
  const baseline = spec.baseline ?? null;
  return {
    metric: spec.metric,
    unit: spec.unit ?? null,
    windowDays: spec.windowDays ?? DEFAULT_TIME_TO_MARKET_WINDOW_DAYS,
    baseline,
    adopters,
    nonAdopters,
    reductionVsNonAdopters: reduction(nonAdopters.median, adopters.median),
    reductionVsBaseline: reduction(baseline, adopters.median),
  };
}
