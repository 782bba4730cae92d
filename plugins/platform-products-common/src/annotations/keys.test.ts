import {
  ANNOTATION_PREFIX,
  LATENCY_PERCENTILE_RATIOS,
  LATENCY_PERCENTILES,
  PAVED_ROAD_ANNOTATION_KEYS,
  SLA_LATENCY_ANNOTATIONS,
  WAIVER_ANNOTATION_PREFIX,
} from './keys';

describe('annotation keys', () => {
  it('are all under the prefix, and distinct', () => {
    for (const key of [
      ...PAVED_ROAD_ANNOTATION_KEYS,
      WAIVER_ANNOTATION_PREFIX,
    ]) {
      expect(key.startsWith(ANNOTATION_PREFIX)).toBe(true);
    }
    expect(new Set(PAVED_ROAD_ANNOTATION_KEYS).size).toBe(
      PAVED_ROAD_ANNOTATION_KEYS.length,
    );
    expect(PAVED_ROAD_ANNOTATION_KEYS).toHaveLength(14);
  });

  it('name each latency percentile', () => {
    expect(LATENCY_PERCENTILES.map(p => SLA_LATENCY_ANNOTATIONS[p])).toEqual([
      'paved-road.io/sla-latency-p50',
      'paved-road.io/sla-latency-p90',
      'paved-road.io/sla-latency-p95',
      'paved-road.io/sla-latency-p99',
      'paved-road.io/sla-latency-p999',
    ]);
    expect(LATENCY_PERCENTILES.map(p => LATENCY_PERCENTILE_RATIOS[p])).toEqual([
      0.5, 0.9, 0.95, 0.99, 0.999,
    ]);
  });
});
