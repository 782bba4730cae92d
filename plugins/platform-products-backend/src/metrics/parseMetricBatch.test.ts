import { METRICS_BATCH_MAX_POINTS } from '@paved-road/plugin-platform-products-common';
import { parseMetricBatch } from './parseMetricBatch';

const point = {
  entityRef: 'Checkout',
  metric: 'lead-time-hours',
  timestamp: '2026-11-26T10:00:00+01:00',
  value: 12.5,
};

describe('parseMetricBatch', () => {
  it('normalises refs (default kind Component) and reads times with their zone', () => {
    expect(parseMetricBatch({ points: [point] })).toEqual([
      {
        entityRef: 'component:default/checkout',
        metric: 'lead-time-hours',
        timestampMs: Date.parse('2026-11-26T09:00:00Z'),
        value: 12.5,
      },
    ]);
  });

  it('refuses a batch over the limit', () => {
    expect(() =>
      parseMetricBatch({
        points: Array(METRICS_BATCH_MAX_POINTS + 1).fill(point),
      }),
    ).toThrow(`points must hold 1 to ${METRICS_BATCH_MAX_POINTS} points`);
  });

  it.each([
    [{ ...point, value: Infinity }, 'points[1].value must be a finite number'],
    [{ ...point, value: null }, 'points[1].value must be a finite number'],
    [
      { ...point, timestamp: '2026-11-26T10:00:00' },
      'points[1].timestamp must be',
    ],
    [{ ...point, timestamp: 1764150000000 }, 'points[1].timestamp must be'],
    [{ ...point, metric: '' }, 'points[1].metric must be'],
    ['x', 'points[1] must be an object'],
  ])('names the index and the field of a bad point: %j', (bad, message) => {
    expect(() => parseMetricBatch({ points: [point, bad] })).toThrow(message);
  });
});
