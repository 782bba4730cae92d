import { parseMaintenanceRule } from '../annotations/maintenance/parseMaintenanceRule';
import { parseSlaObjectives } from '../annotations/parseSlaObjectives';
import { parseSlaWindow } from '../annotations/parseSlaWindow';
import { valueOf } from '../annotations/testing/results';
import { computeSlaObjectiveStatus } from './computeSlaObjectiveStatus';
import { DAY, HOUR, MINUTE, minuteBuckets } from './testing/minuteBuckets';
import { SlaObjectiveStatusInput, SlaObjectiveTarget } from './types';

const NOW = Date.parse('2026-06-15T12:00:00Z');
const AVAILABILITY: SlaObjectiveTarget = { id: 'availability', target: 0.999 };
const ROLLING_30D = valueOf(parseSlaWindow('w', '30d'));
const CALENDAR_MONTH = valueOf(parseSlaWindow('w', '1M'));
const CALENDAR_QUARTER = valueOf(parseSlaWindow('w', '1Q'));

function status(input: Partial<SlaObjectiveStatusInput>) {
  return computeSlaObjectiveStatus({
    objective: AVAILABILITY,
    window: ROLLING_30D,
    timezone: 'UTC',
    buckets: [],
    now: new Date(NOW),
    ...input,
  });
}

/** 1,000 requests a minute over the last three days, `bad` of them bad. */
function threeDays(bad: (start: number) => number) {
  return minuteBuckets(NOW - 3 * DAY, NOW, start => ({
    good: 1000 - bad(start),
    total: 1000,
  }));
}

describe('computeSlaObjectiveStatus', () => {
  it('computes the worked example: 60% budget left, burn rate 15, page', () => {
    // 99.9% over 30 days; 10,000,000 requests of which 4,000 bad: 2,200 in
    // an incident ten days ago, and 1.5% of the last hour's 120,000.
    const from = NOW - 30 * DAY;
    const buckets = minuteBuckets(from, NOW, start => {
      if (start >= NOW - HOUR) {
        return { good: 2000 - 30, total: 2000 };
      }
      const total = start === from ? 229 + 940 : 229;
      const bad = start === NOW - 10 * DAY ? 2200 : 0;
      return { good: total - bad, total };
    });
    expect(buckets).toHaveLength(43_200);

    const result = status({ buckets });

    expect(result.total).toBe(10_000_000);
    expect(result.good).toBe(10_000_000 - 4_000);
    expect(result.compliance).toBeCloseTo(0.9996, 12);
    expect(result.errorBudget.allowedBad).toBeCloseTo(10_000, 9);
    expect(result.errorBudget.consumedBad).toBe(4_000);
    expect(result.errorBudget.remainingBad).toBeCloseTo(6_000, 9);
    expect(result.errorBudget.remainingRatio).toBeCloseTo(0.6, 12);
    expect(result.errorBudget.totalMinutes).toBeCloseTo(43.2, 12);
    expect(result.errorBudget.remainingMinutes).toBeCloseTo(25.92, 12);
    expect(result.burnRates['1h']).toBeCloseTo(15, 12);
    expect(result.burnRates['5m']).toBeCloseTo(15, 12);
    expect(result.alert.state).toBe('page');
    expect(result.alert.rule).toEqual({
      severity: 'page',
      threshold: 14.4,
      longWindow: '1h',
      shortWindow: '5m',
    });
    // 60% of 43,200 minutes' worth of budget, spent 15 times too fast.
    expect(result.timeToExhaustionMinutes).toBeCloseTo(1728, 9);
    expect(result.status).toBe('at-risk');
    expect(result.dataCoverage).toBe(1);
    expect(result.window).toEqual({
      text: '30d',
      type: 'rolling',
      from: '2026-05-16T12:00:00.000Z',
      to: '2026-06-15T12:00:00.000Z',
      periodEnd: '2026-06-15T12:00:00.000Z',
    });
    expect(result.latestDataAt).toBe('2026-06-15T11:59:00.000Z');
  });

  it('reports no data when there are no buckets, never good', () => {
    const result = status({ buckets: [] });
    expect(result).toMatchObject({
      good: 0,
      total: 0,
      compliance: null,
      dataCoverage: 0,
      latestDataAt: null,
      timeToExhaustionMinutes: null,
      status: 'no-data',
      alert: { state: 'none', rule: null },
    });
    expect(result.errorBudget).toEqual({
      allowedBad: 0,
      consumedBad: 0,
      remainingBad: 0,
      remainingRatio: null,
      totalMinutes: expect.closeTo(43.2, 12),
      remainingMinutes: null,
    });
    expect(Object.values(result.burnRates)).toEqual(Array(7).fill(null));
  });

  it('treats buckets without events as data, but without compliance', () => {
    const buckets = minuteBuckets(NOW - DAY, NOW, () => ({
      good: 0,
      total: 0,
    }));
    const result = status({ buckets });
    expect(result.status).toBe('no-data');
    expect(result.compliance).toBeNull();
    expect(result.dataCoverage).toBeCloseTo(1 / 30, 12);
    expect(result.latestDataAt).toBeNull();
  });

  it('counts missing buckets as no data: coverage drops, compliance does not rise', () => {
    // Data only for the second half of the window, 1 bad of 1,000 a minute.
    const buckets = minuteBuckets(NOW - 15 * DAY, NOW, () => ({
      good: 999,
      total: 1000,
    }));
    const result = status({ buckets });
    expect(result.dataCoverage).toBeCloseTo(0.5, 12);
    expect(result.compliance).toBeCloseTo(0.999, 12);
    expect(result.errorBudget.remainingRatio).toBe(0);
    expect(result.status).toBe('at-risk');
  });

  it('ignores buckets outside the window and after now', () => {
    const inside = {
      start: NOW - 30 * DAY,
      durationMs: MINUTE,
      good: 10,
      total: 10,
    };
    const before = {
      start: NOW - 30 * DAY - MINUTE,
      durationMs: MINUTE,
      good: 0,
      total: 10,
    };
    const atNow = { start: NOW, durationMs: MINUTE, good: 0, total: 10 };
    const result = status({ buckets: [before, inside, atNow] });
    expect(result.total).toBe(10);
    expect(result.good).toBe(10);
  });

  it('counts a bucket still in progress up to now in coverage', () => {
    const now = NOW + 30_000;
    const buckets = minuteBuckets(
      now - 30 * DAY + 30_000,
      NOW + MINUTE,
      () => ({
        good: 1,
        total: 1,
      }),
    );
    const result = status({ buckets, now: new Date(now) });
    // Only the half minute at the start of the window has no bucket.
    expect(result.dataCoverage).toBeCloseTo(1 - 30_000 / (30 * DAY), 12);
  });

  describe('maintenance', () => {
    // Sundays 02:00–04:00 UTC; 2026-06-14 is a Sunday.
    const maintenance = valueOf(
      parseMaintenanceRule('m', 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H'),
    );
    const sunday = Date.parse('2026-06-14T02:00:00Z');

    function isMaintenance(start: number): boolean {
      return (
        new Date(start).getUTCDay() === 0 &&
        new Date(start).getUTCHours() >= 2 &&
        new Date(start).getUTCHours() < 4
      );
    }

    it('leaves maintenance out of good and total, and out of coverage', () => {
      // Everything fails during maintenance; outside it, 1 bad in 10,000.
      const buckets = minuteBuckets(NOW - 30 * DAY, NOW, start =>
        isMaintenance(start)
          ? { good: 0, total: 5_000 }
          : { good: 9_999, total: 10_000 },
      );
      const result = status({ buckets, maintenance });
      expect(result.compliance).toBeCloseTo(0.9999, 12);
      expect(result.total).toBe(10_000 * (30 * 24 * 60 - 5 * 120));
      expect(result.dataCoverage).toBe(1);
      expect(result.status).toBe('met');

      const without = status({ buckets });
      expect(without.compliance!).toBeLessThan(0.999);
      expect(without.status).toBe('breached');
    });

    it('leaves maintenance out of burn rates', () => {
      const now = sunday + 2 * HOUR;
      const buckets = minuteBuckets(now - DAY, now, start =>
        isMaintenance(start)
          ? { good: 0, total: 1000 }
          : { good: 1000, total: 1000 },
      );
      const result = status({ buckets, maintenance, now: new Date(now) });
      expect(result.burnRates['1h']).toBeNull();
      expect(result.burnRates['1d']).toBe(0);
      expect(result.alert.state).toBe('none');
    });

    it('leaves out a bucket that overlaps maintenance only partly, but counts its data', () => {
      const straddling = {
        start: sunday - 2 * MINUTE,
        durationMs: 5 * MINUTE,
        good: 0,
        total: 100,
      };
      const before = {
        start: sunday - 7 * MINUTE,
        durationMs: 5 * MINUTE,
        good: 100,
        total: 100,
      };
      const now = sunday + 2 * HOUR;
      const result = status({
        buckets: [before, straddling],
        maintenance,
        now: new Date(now),
        window: valueOf(parseSlaWindow('w', '24h')),
      });
      expect(result.total).toBe(100);
      expect(result.good).toBe(100);
      // 7 minutes of data outside maintenance, of 22 hours outside it.
      expect(result.dataCoverage).toBeCloseTo(7 / (22 * 60), 12);
    });
  });

  it('counts a bucket in progress that reaches into maintenance only up to now', () => {
    const maintenance = valueOf(
      parseMaintenanceRule('m', 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H'),
    );
    const now = Date.parse('2026-06-14T01:59:30Z');
    const bucket = {
      start: Date.parse('2026-06-14T01:58:00Z'),
      durationMs: 5 * MINUTE,
      good: 10,
      total: 10,
    };
    const result = status({
      buckets: [bucket],
      maintenance,
      now: new Date(now),
      window: valueOf(parseSlaWindow('w', '24h')),
    });
    // Left out of the counts (it overlaps maintenance), but its 1.5 minutes
    // before now are data.
    expect(result.total).toBe(0);
    expect(result.dataCoverage).toBeCloseTo(1.5 / (24 * 60), 12);
  });

  describe('calendar windows', () => {
    it('measures the current month in the time zone, an hour short over the spring DST change', () => {
      // 2026-03-29: Berlin moves from CET (+1) to CEST (+2).
      const now = Date.parse('2026-03-31T10:00:00Z');
      const monthStart = Date.parse('2026-02-28T23:00:00Z'); // 1 March 00:00 CET
      const buckets = [
        // 28 February 23:30 in Berlin: the previous month.
        {
          start: monthStart - 30 * MINUTE,
          durationMs: MINUTE,
          good: 0,
          total: 100,
        },
        ...minuteBuckets(monthStart, now, () => ({ good: 1000, total: 1000 })),
      ];
      const result = status({
        buckets,
        window: CALENDAR_MONTH,
        timezone: 'Europe/Berlin',
        now: new Date(now),
      });
      expect(result.window).toEqual({
        text: '1M',
        type: 'calendar',
        from: '2026-02-28T23:00:00.000Z',
        to: '2026-03-31T10:00:00.000Z',
        periodEnd: '2026-03-31T22:00:00.000Z', // 1 April 00:00 CEST
      });
      expect(result.good).toBe(result.total);
      expect(result.compliance).toBe(1);
      expect(result.dataCoverage).toBe(1);
      // 31 days less an hour: 743 hours.
      expect(result.errorBudget.totalMinutes).toBeCloseTo(0.001 * 743 * 60, 12);
      expect(result.status).toBe('met');
    });

    it('is an hour longer over the autumn DST change', () => {
      const result = status({
        window: CALENDAR_MONTH,
        timezone: 'Europe/Berlin',
        now: new Date('2026-10-31T12:00:00Z'),
      });
      expect(result.window.from).toBe('2026-09-30T22:00:00.000Z');
      expect(result.window.periodEnd).toBe('2026-10-31T23:00:00.000Z');
      expect(result.errorBudget.totalMinutes).toBeCloseTo(0.001 * 745 * 60, 12);
    });

    it('starts a quarter at the start of its first month in the time zone', () => {
      const result = status({
        window: CALENDAR_QUARTER,
        timezone: 'America/New_York',
        now: new Date('2026-05-10T00:00:00Z'),
      });
      expect(result.window.from).toBe('2026-04-01T04:00:00.000Z');
      expect(result.window.periodEnd).toBe('2026-07-01T04:00:00.000Z');
    });
  });

  describe('alert rules', () => {
    const base = { objective: AVAILABILITY };

    it('pages at 14.4× over 1h and 5m', () => {
      const result = status({
        ...base,
        buckets: threeDays(start => (start >= NOW - HOUR ? 15 : 0)),
      });
      expect(result.burnRates['1h']).toBeCloseTo(15, 12);
      expect(result.alert.rule).toMatchObject({
        severity: 'page',
        longWindow: '1h',
        shortWindow: '5m',
      });
    });

    it('does not page when only the 1h window burns (the last 5 minutes are clean)', () => {
      const result = status({
        buckets: threeDays(start =>
          start >= NOW - HOUR && start < NOW - 5 * MINUTE ? 16 : 0,
        ),
      });
      expect(result.burnRates['1h']).toBeGreaterThan(14.4);
      expect(result.burnRates['5m']).toBe(0);
      expect(result.alert.state).toBe('none');
      expect(result.alert.rules[0]).toMatchObject({
        firing: false,
        shortBurnRate: 0,
      });
    });

    it('does not page when only the last 5 minutes burn', () => {
      const result = status({
        buckets: threeDays(start => (start >= NOW - 5 * MINUTE ? 20 : 0)),
      });
      expect(result.burnRates['5m']).toBeCloseTo(20, 12);
      expect(result.burnRates['1h']).toBeLessThan(14.4);
      expect(result.alert.state).toBe('none');
    });

    it('pages at 6× over 6h and 30m', () => {
      const result = status({
        buckets: threeDays(start => (start >= NOW - 6 * HOUR ? 7 : 0)),
      });
      expect(result.burnRates['6h']).toBeCloseTo(7, 12);
      expect(result.burnRates['1h']).toBeCloseTo(7, 12);
      expect(result.alert.rule).toMatchObject({
        severity: 'page',
        longWindow: '6h',
        shortWindow: '30m',
      });
    });

    it('does not page when 6h burns 6× but the last 30 minutes are clean', () => {
      const result = status({
        buckets: threeDays(start =>
          start >= NOW - 6 * HOUR && start < NOW - 30 * MINUTE ? 8 : 0,
        ),
      });
      expect(result.burnRates['6h']).toBeGreaterThan(6);
      expect(result.burnRates['30m']).toBe(0);
      expect(result.alert.rules[1].firing).toBe(false);
      expect(result.alert.state).toBe('none');
    });

    it('files a ticket at 3× over 1d and 2h', () => {
      const result = status({
        buckets: threeDays(start => (start >= NOW - DAY ? 3.5 : 0)),
      });
      expect(result.burnRates['1d']).toBeCloseTo(3.5, 12);
      expect(result.alert.rule).toMatchObject({
        severity: 'ticket',
        longWindow: '1d',
        shortWindow: '2h',
      });
    });

    it('does not fire the 1d/2h rule when the last 2 hours are clean', () => {
      const result = status({
        buckets: threeDays(start =>
          start >= NOW - DAY && start < NOW - 2 * HOUR ? 4 : 0,
        ),
      });
      expect(result.burnRates['1d']).toBeGreaterThan(3);
      expect(result.burnRates['2h']).toBe(0);
      expect(result.burnRates['6h']).toBeCloseTo((4 * 4) / 6, 12);
      // …but the 3d and 6h windows both burn at least 1×.
      expect(result.alert.rules[2].firing).toBe(false);
      expect(result.alert.rule).toMatchObject({
        longWindow: '3d',
        shortWindow: '6h',
      });
    });

    it('files a ticket at 1× over 3d and 6h', () => {
      const result = status({ buckets: threeDays(() => 1.5) });
      expect(result.burnRates['3d']).toBeCloseTo(1.5, 12);
      expect(result.alert.rule).toMatchObject({
        severity: 'ticket',
        longWindow: '3d',
        shortWindow: '6h',
      });
    });

    it('files no ticket when 3d burns 1× but the last 6 hours are clean', () => {
      const result = status({
        buckets: threeDays(start => (start < NOW - 6 * HOUR ? 2 : 0)),
      });
      expect(result.burnRates['3d']).toBeGreaterThan(1);
      expect(result.burnRates['6h']).toBe(0);
      expect(result.alert).toMatchObject({ state: 'none', rule: null });
    });
  });

  describe('status and budget', () => {
    // 1,000 requests a minute for 30 days: 43,200 bad events allowed at 99.9%.
    function badSpreadOver30Days(bad: number) {
      const minutes = 30 * 24 * 60;
      return minuteBuckets(NOW - 30 * DAY, NOW, start => {
        const index = (start - (NOW - 30 * DAY)) / MINUTE;
        // Spread evenly over the minutes.
        const badNow =
          Math.floor(((index + 1) * bad) / minutes) -
          Math.floor((index * bad) / minutes);
        return { good: 1000 - badNow, total: 1000 };
      });
    }

    it('is met with more than a quarter of the budget left', () => {
      const result = status({ buckets: badSpreadOver30Days(30_240) });
      expect(result.errorBudget.remainingRatio).toBeCloseTo(0.3, 12);
      expect(result.alert.state).toBe('none');
      expect(result.status).toBe('met');
    });

    it('is at risk with less than a quarter of the budget left', () => {
      const result = status({ buckets: badSpreadOver30Days(34_560) });
      expect(result.errorBudget.remainingRatio).toBeCloseTo(0.2, 12);
      expect(result.alert.state).toBe('none');
      expect(result.status).toBe('at-risk');
      expect(result.burnRates['1h']).toBeCloseTo(0.8, 12);
      // A burn of 0.8 spends the remaining fifth in a quarter of the window.
      expect(result.timeToExhaustionMinutes).toBeCloseTo(10_800, 9);
    });

    it('is breached once the budget is overspent, with no time left', () => {
      const result = status({ buckets: badSpreadOver30Days(47_520) });
      expect(result.errorBudget.remainingRatio).toBeCloseTo(-0.1, 12);
      expect(result.errorBudget.remainingMinutes).toBeCloseTo(-4.32, 12);
      expect(result.status).toBe('breached');
      expect(result.timeToExhaustionMinutes).toBe(0);
    });

    it('gives no time to exhaustion when nothing burns in the last hour', () => {
      const result = status({
        buckets: threeDays(start => (start < NOW - HOUR ? 1 : 0)),
      });
      expect(result.burnRates['1h']).toBe(0);
      expect(result.timeToExhaustionMinutes).toBeNull();
    });
  });

  describe('objective kinds', () => {
    const sla = parseSlaObjectives({
      'paved-road.io/sla-latency-p99': '300ms',
      'paved-road.io/sla-error-rate': '0.1%',
    });
    const [latency, errorRate] = sla.objectives;

    it('reads a p99 latency objective as 99% of requests within the bound', () => {
      // Good = requests within 300ms: 98.5% of them, so 1.5% are slow.
      const buckets = threeDays(() => 15);
      const result = status({ objective: latency, buckets });
      expect(result.objective).toBe('latency-p99');
      expect(result.target).toBe(0.99);
      expect(result.compliance).toBeCloseTo(0.985, 12);
      expect(result.errorBudget.remainingRatio).toBeCloseTo(-0.5, 12);
      expect(result.burnRates['1h']).toBeCloseTo(1.5, 12);
      expect(result.status).toBe('breached');
    });

    it('reads a 0.1% error-rate ceiling as 99.9% good, met exactly at the ceiling', () => {
      const buckets = threeDays(() => 1);
      const result = status({ objective: errorRate, buckets });
      expect(result.objective).toBe('error-rate');
      expect(result.target).toBe(0.999);
      expect(result.errorBudget.remainingBad).toBe(0);
      expect(result.burnRates['3d']).toBe(1);
      // Nothing left, but not overspent: at risk (and a ticket at exactly 1×).
      expect(result.status).toBe('at-risk');
      expect(result.alert.state).toBe('ticket');
    });

    it('does not let floating-point rounding turn the target itself into a breach', () => {
      const result = status({
        objective: { id: 'a', target: 0.71 },
        buckets: [
          { start: NOW - HOUR, durationMs: MINUTE, good: 71, total: 100 },
        ],
      });
      expect(result.errorBudget.remainingBad).toBe(0);
      expect(result.status).toBe('at-risk');
    });
  });

  it('gives the same result for unsorted buckets', () => {
    const buckets = threeDays(start => (start % (7 * MINUTE) === 0 ? 5 : 0));
    const shuffled = [...buckets].reverse();
    expect(status({ buckets: shuffled })).toEqual(status({ buckets }));
  });

  it('refuses an unknown time zone, an invalid now and a target outside (0, 1)', () => {
    expect(() => status({ timezone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => status({ now: new Date(NaN) })).toThrow(RangeError);
    expect(() => status({ objective: { id: 'a', target: 1 } })).toThrow(
      RangeError,
    );
  });
});
