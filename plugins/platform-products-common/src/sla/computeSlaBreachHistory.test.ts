import { parseMaintenanceRule } from '../annotations/maintenance/parseMaintenanceRule';
import { valueOf } from '../annotations/testing/results';
import { computeSlaBreachHistory } from './computeSlaBreachHistory';
import { HOUR, MINUTE, minuteBuckets } from './testing/minuteBuckets';
import { SlaBreachHistoryInput } from './types';

// Berlin midnights, in UTC: CET (+1) in winter, CEST (+2) from 29 March.
const JAN_1 = Date.parse('2025-12-31T23:00:00Z');
const FEB_1 = Date.parse('2026-01-31T23:00:00Z');
const MAR_1 = Date.parse('2026-02-28T23:00:00Z');
const APR_1 = Date.parse('2026-03-31T22:00:00Z');

function history(input: Partial<SlaBreachHistoryInput>) {
  return computeSlaBreachHistory({
    objective: { id: 'availability', target: 0.999 },
    timezone: 'Europe/Berlin',
    buckets: [],
    from: new Date(JAN_1),
    to: new Date(APR_1),
    ...input,
  });
}

/** An hourly-ish sample: one minute bucket at the start of every hour. */
function hourly(from: number, to: number, bad: number) {
  return minuteBuckets(from, to, start =>
    (start - from) % HOUR === 0 ? { good: 1000 - bad, total: 1000 } : undefined,
  );
}

describe('computeSlaBreachHistory', () => {
  it('gives one period per calendar month in the time zone, DST-correct', () => {
    const buckets = [
      ...hourly(JAN_1, FEB_1, 0),
      ...hourly(FEB_1, MAR_1, 2),
      // March has no data.
    ];
    const periods = history({ buckets });
    expect(periods.map(p => [p.period, p.from, p.to])).toEqual([
      ['2026-01', '2025-12-31T23:00:00.000Z', '2026-01-31T23:00:00.000Z'],
      ['2026-02', '2026-01-31T23:00:00.000Z', '2026-02-28T23:00:00.000Z'],
      ['2026-03', '2026-02-28T23:00:00.000Z', '2026-03-31T22:00:00.000Z'],
    ]);
    expect(periods[0]).toMatchObject({
      total: 31 * 24 * 1000,
      good: 31 * 24 * 1000,
      compliance: 1,
      breached: false,
      budgetConsumed: 0,
      breaches: [],
    });
    expect(periods[1]).toMatchObject({
      total: 28 * 24 * 1000,
      compliance: 0.998,
      breached: true,
      budgetConsumed: expect.closeTo(2, 12),
    });
    expect(periods[2]).toMatchObject({
      good: 0,
      total: 0,
      compliance: null,
      breached: null,
      budgetConsumed: null,
      breaches: [],
    });
  });

  it('puts a bucket in the month its start falls in, in the time zone', () => {
    // 00:30 on 1 February in Berlin is still January in UTC.
    const bucket = {
      start: FEB_1 + 30 * MINUTE,
      durationMs: MINUTE,
      good: 0,
      total: 1,
    };
    const periods = history({ buckets: [bucket] });
    expect(periods.map(p => p.total)).toEqual([0, 1, 0]);
  });

  it('cuts the first and last months to the range', () => {
    const from = Date.parse('2026-01-15T00:00:00Z');
    const to = Date.parse('2026-02-10T00:00:00Z');
    const buckets = [
      { start: from - MINUTE, durationMs: MINUTE, good: 0, total: 1 },
      { start: from, durationMs: MINUTE, good: 1, total: 1 },
      { start: to, durationMs: MINUTE, good: 0, total: 1 },
    ];
    const periods = history({
      buckets,
      from: new Date(from),
      to: new Date(to),
    });
    expect(periods).toHaveLength(2);
    expect(periods[0]).toMatchObject({
      period: '2026-01',
      from: '2026-01-15T00:00:00.000Z',
      total: 1,
      breached: false,
    });
    expect(periods[1]).toMatchObject({
      period: '2026-02',
      to: '2026-02-10T00:00:00.000Z',
      total: 0,
    });
  });

  it('finds when compliance so far fell below the target and when it recovered', () => {
    const buckets = [
      { start: FEB_1, durationMs: MINUTE, good: 990, total: 1000 },
      // 10 bad of 1,000 needs 9,000 more good events to get back to 99.9%.
      { start: FEB_1 + MINUTE, durationMs: MINUTE, good: 4000, total: 4000 },
      {
        start: FEB_1 + 2 * MINUTE,
        durationMs: MINUTE,
        good: 5000,
        total: 5000,
      },
      // A second breach that lasts to the end of the month.
      { start: FEB_1 + 3 * MINUTE, durationMs: MINUTE, good: 0, total: 10 },
    ];
    const [, february] = history({ buckets });
    expect(february.breached).toBe(true);
    expect(february.breaches).toEqual([
      { from: '2026-01-31T23:01:00.000Z', to: '2026-01-31T23:03:00.000Z' },
      { from: '2026-01-31T23:04:00.000Z', to: '2026-02-28T23:00:00.000Z' },
    ]);
  });

  it('leaves an ongoing breach open in a month that is not over', () => {
    const to = FEB_1 + 10 * MINUTE;
    const buckets = [{ start: FEB_1, durationMs: MINUTE, good: 0, total: 10 }];
    const periods = history({ buckets, to: new Date(to) });
    expect(periods[1].breaches).toEqual([
      { from: '2026-01-31T23:01:00.000Z', to: null },
    ]);
  });

  it('leaves maintenance out', () => {
    // The first Sunday of each month, 02:00–04:00 Berlin time: 1 February.
    const maintenance = valueOf(
      parseMaintenanceRule(
        'm',
        'FREQ=MONTHLY;BYDAY=1SU;BYHOUR=2;DURATION=PT2H',
      ),
    );
    const maintenanceStart = FEB_1 + 2 * HOUR;
    const buckets = [
      { start: maintenanceStart, durationMs: MINUTE, good: 0, total: 1000 },
      {
        start: maintenanceStart + 2 * HOUR,
        durationMs: MINUTE,
        good: 1000,
        total: 1000,
      },
    ];
    const [, february] = history({ buckets, maintenance });
    expect(february).toMatchObject({
      good: 1000,
      total: 1000,
      breached: false,
    });
    const [, withoutMaintenance] = history({ buckets });
    expect(withoutMaintenance.breached).toBe(true);
  });

  it('gives the same result for unsorted buckets', () => {
    const buckets = hourly(JAN_1, APR_1, 1).map((bucket, index) =>
      index % 5 === 0 ? { ...bucket, good: 0 } : bucket,
    );
    expect(history({ buckets: [...buckets].reverse() })).toEqual(
      history({ buckets }),
    );
  });

  it('gives nothing for an empty range, and refuses invalid input', () => {
    expect(history({ from: new Date(APR_1), to: new Date(APR_1) })).toEqual([]);
    expect(() => history({ timezone: 'Nowhere/Else' })).toThrow(RangeError);
    expect(() => history({ from: new Date('x') })).toThrow(RangeError);
    expect(() => history({ objective: { id: 'a', target: 0 } })).toThrow(
      RangeError,
    );
  });
});
