import { parseMaintenanceRule } from '../annotations/maintenance/parseMaintenanceRule';
import { parseSlaWindow } from '../annotations/parseSlaWindow';
import { valueOf } from '../annotations/testing/results';
import { computeSlaBurnDown } from './computeSlaBurnDown';
import { computeSlaObjectiveStatus } from './computeSlaObjectiveStatus';
import { DAY, HOUR, MINUTE, minuteBuckets } from './testing/minuteBuckets';
import { SlaObjectiveStatusInput, SliBucketData } from './types';

const NOW = Date.parse('2026-06-15T12:00:00Z'); // a Monday
// 99% leaves 1 bad event in 100: round numbers by hand.
const OBJECTIVE = { id: 'availability', target: 0.99 };
const SUNDAY_MAINTENANCE = valueOf(
  parseMaintenanceRule('m', 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H'),
);

function input(
  overrides: Partial<SlaObjectiveStatusInput>,
): SlaObjectiveStatusInput {
  return {
    objective: OBJECTIVE,
    window: valueOf(parseSlaWindow('w', '7d')),
    timezone: 'UTC',
    buckets: [],
    now: new Date(NOW),
    ...overrides,
  };
}

function bucket(iso: string, good: number, total: number): SliBucketData {
  return { start: Date.parse(iso), durationMs: MINUTE, good, total };
}

describe('computeSlaBurnDown', () => {
  it('steps a 30-day rolling window by the day, every point empty without data', () => {
    const points = computeSlaBurnDown(
      input({ window: valueOf(parseSlaWindow('w', '30d')) }),
    );
    expect(points).toHaveLength(30);
    expect(points[0]).toEqual({
      from: '2026-05-16T12:00:00.000Z',
      to: '2026-05-17T12:00:00.000Z',
      good: 0,
      total: 0,
      consumedBad: 0,
      remainingRatio: null,
      coverage: 0,
    });
    expect(points[29].to).toBe('2026-06-15T12:00:00.000Z');
    expect(
      points.every(p => p.remainingRatio === null && p.coverage === 0),
    ).toBe(true);
  });

  it('carries the figures over a step without data, and leaves maintenance out', () => {
    const points = computeSlaBurnDown(
      input({
        maintenance: SUNDAY_MAINTENANCE,
        buckets: [
          // Before the window (it starts 2026-06-08T12:00Z): left out.
          bucket('2026-06-08T11:59:00Z', 0, 1000),
          // Day 0: 5 bad of 1,000, half of the 10 allowed.
          bucket('2026-06-08T13:00:00Z', 995, 1000),
          // Day 1: nothing. Day 2: 1,000 good.
          bucket('2026-06-10T12:00:00Z', 1000, 1000),
          // Day 5 (to Sunday 12:00Z): all bad during maintenance (left out), then 10 bad of
          // 1,000. Day 6: nothing.
          bucket('2026-06-14T02:30:00Z', 0, 1000),
          bucket('2026-06-14T05:00:00Z', 990, 1000),
          // Now and after: not yet.
          bucket('2026-06-15T12:00:00Z', 0, 1000),
        ],
      }),
    );
    expect(points.map(p => p.to)).toEqual([
      '2026-06-09T12:00:00.000Z',
      '2026-06-10T12:00:00.000Z',
      '2026-06-11T12:00:00.000Z',
      '2026-06-12T12:00:00.000Z',
      '2026-06-13T12:00:00.000Z',
      '2026-06-14T12:00:00.000Z',
      '2026-06-15T12:00:00.000Z',
    ]);
    expect(points.map(p => [p.good, p.total, p.consumedBad])).toEqual([
      [995, 1000, 5],
      [995, 1000, 5],
      [1995, 2000, 5],
      [1995, 2000, 5],
      [1995, 2000, 5],
      [2985, 3000, 15],
      [2985, 3000, 15],
    ]);
    const remaining = points.map(p => p.remainingRatio);
    // The window's 3,000 events so far allow 30 bad: 5 spent, then 15.
    [25 / 30, 25 / 30, 25 / 30, 25 / 30, 25 / 30, 0.5, 0.5].forEach((ratio, i) =>
      expect(remaining[i]).toBeCloseTo(ratio, 12),
    );
    const coverage = points.map(p => p.coverage);
    // One minute of data on days 0 and 2. Day 5 holds Sunday 02:00–04:00: of its other 22
    // hours only the 05:00 minute is covered (the maintenance minute covers no time
    // outside maintenance).
    expect(coverage[0]).toBeCloseTo(1 / 1440, 12);
    expect(coverage[1]).toBe(0);
    expect(coverage[2]).toBeCloseTo(1 / 1440, 12);
    expect(coverage[5]).toBeCloseTo(1 / (22 * 60), 12);
    expect(coverage[6]).toBe(0);
  });

  it('steps a rolling window shorter than 7 days by the hour', () => {
    const points = computeSlaBurnDown(
      input({
        window: valueOf(parseSlaWindow('w', '1d')),
        buckets: minuteBuckets(NOW - 2 * HOUR, NOW, () => ({
          good: 99,
          total: 100,
        })),
      }),
    );
    expect(points).toHaveLength(24);
    expect(points[0].from).toBe('2026-06-14T12:00:00.000Z');
    expect(points[0].to).toBe('2026-06-14T13:00:00.000Z');
    expect(points[21]).toMatchObject({ total: 0, coverage: 0 });
    // 1 bad in 100 for two hours: the window's 12,000 events allow 120 bad, half spent
    // after the first hour, all of it at the end; before any event, none.
    expect(points[21].remainingRatio).toBe(1);
    expect(points[22]).toMatchObject({
      total: 6000,
      consumedBad: 60,
      coverage: 1,
    });
    expect(points[22].remainingRatio).toBeCloseTo(0.5, 12);
    expect(points[23]).toMatchObject({ total: 12000, consumedBad: 120 });
    expect(points[23].remainingRatio).toBe(0);
  });

  it('steps a calendar month by the days of its time zone, from its start there', () => {
    // New York leaves daylight-saving time on Sunday 1 November 2026 at 02:00: the month
    // starts at 04:00Z, its first day lasts 25 hours, the next ones start at 05:00Z.
    const points = computeSlaBurnDown(
      input({
        window: valueOf(parseSlaWindow('w', '1M')),
        timezone: 'America/New_York',
        now: new Date('2026-11-05T12:00:00Z'),
        buckets: [
          // 31 October 23:59 in New York: the month before.
          bucket('2026-11-01T03:59:00Z', 0, 1000),
          // 1 November 23:30 in New York.
          bucket('2026-11-02T04:30:00Z', 998, 1000),
          // 2 November 00:00 in New York.
          bucket('2026-11-02T05:00:00Z', 1000, 1000),
          bucket('2026-11-05T11:00:00Z', 997, 1000),
        ],
      }),
    );
    expect(points.map(p => [p.from, p.to])).toEqual([
      ['2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'],
      ['2026-11-02T05:00:00.000Z', '2026-11-03T05:00:00.000Z'],
      ['2026-11-03T05:00:00.000Z', '2026-11-04T05:00:00.000Z'],
      ['2026-11-04T05:00:00.000Z', '2026-11-05T05:00:00.000Z'],
      ['2026-11-05T05:00:00.000Z', '2026-11-05T12:00:00.000Z'],
    ]);
    expect(points.map(p => p.total)).toEqual([1000, 2000, 2000, 2000, 3000]);
    // The month's 3,000 events so far allow 30 bad: 2 spent, then 5.
    [28 / 30, 28 / 30, 28 / 30, 28 / 30, 25 / 30].forEach((ratio, i) =>
      expect(points[i].remainingRatio).toBeCloseTo(ratio, 12),
    );
    expect(points[0].coverage).toBeCloseTo(1 / (25 * 60), 12);
    expect(points[4].coverage).toBeCloseTo(1 / (7 * 60), 12);
  });

  it('has no point at the very start of a calendar window', () => {
    expect(
      computeSlaBurnDown(
        input({
          window: valueOf(parseSlaWindow('w', '1M')),
          now: new Date('2026-06-01T00:00:00Z'),
        }),
      ),
    ).toEqual([]);
  });

  it('reports no coverage for a step that is all maintenance', () => {
    // An hourly 6h window over Sunday 02:00–04:00 UTC.
    const points = computeSlaBurnDown(
      input({
        window: valueOf(parseSlaWindow('w', '6h')),
        maintenance: SUNDAY_MAINTENANCE,
        now: new Date('2026-06-14T06:00:00Z'),
      }),
    );
    expect(points.map(p => p.coverage)).toEqual([0, 0, null, null, 0, 0]);
  });

  describe('ends where the status is', () => {
    // A month of minute data with an incident, maintenance, a gap and an hour summed.
    const buckets: SliBucketData[] = [
      {
        start: NOW - 20 * DAY + 7 * MINUTE,
        durationMs: 53 * MINUTE,
        good: 51_000,
        total: 53_000,
      },
      ...minuteBuckets(NOW - 10 * DAY, NOW, start => {
        if (start >= NOW - 6 * DAY && start < NOW - 5 * DAY) return undefined;
        const bad = start % (97 * MINUTE) === 0 ? 300 : start % 7;
        return { good: 1000 - bad, total: 1000 };
      }),
    ];
    it.each([
      ['30d', 'UTC'],
      ['1M', 'Asia/Kolkata'],
      ['2w', 'Europe/Berlin'],
      ['36h', 'UTC'],
    ])('%s in %s', (window, timezone) => {
      const args = input({
        window: valueOf(parseSlaWindow('w', window)),
        timezone,
        maintenance: SUNDAY_MAINTENANCE,
        buckets,
        now: new Date(NOW - 17 * 1000),
      });
      const status = computeSlaObjectiveStatus(args);
      const last = computeSlaBurnDown(args).at(-1)!;
      expect(last.to).toBe(status.window.to);
      expect(last.good).toBe(status.good);
      expect(last.total).toBe(status.total);
      expect(last.consumedBad).toBe(status.errorBudget.consumedBad);
      expect(last.remainingRatio).toBe(status.errorBudget.remainingRatio);
      expect(status.total).toBeGreaterThan(0);
    });
  });
});
