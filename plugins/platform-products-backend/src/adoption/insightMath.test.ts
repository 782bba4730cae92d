import { adoptionTrend } from './adoptionTrend';
import { productValue } from './productValue';
import { compareTimeToMarket, median } from './timeToMarket';

const NOW = new Date('2026-11-26T12:00:00Z');

const summary = {
  adopters: 30,
  population: 100,
  rate: 0.3,
  target: 0.5,
  gap: 0.2,
  belowTarget: true,
  teamsAdopting: 5,
  teamsTotal: 10,
  computedAt: NOW.toISOString(),
};

const point = (day: string, adopters: number) => ({
  day,
  adopters,
  population: 100,
  rate: adopters / 100,
  teamsAdopting: 1,
});

describe('adoptionTrend', () => {
  it('compares with the latest point on or before 30 and 90 days ago', () => {
    const trend = adoptionTrend(
      summary,
      [
        point('2026-08-01', 5),
        point('2026-08-28', 10),
        point('2026-10-20', 20),
        point('2026-11-26', 30),
      ],
      NOW,
    );
    expect(trend.last90Days).toEqual({
      since: '2026-08-28',
      rate: expect.closeTo(0.2, 10),
      adopters: 20,
    });
    expect(trend.last30Days).toEqual({
      since: '2026-10-20',
      rate: expect.closeTo(0.1, 10),
      adopters: 10,
    });
  });

  it('has no change without history that old', () => {
    expect(adoptionTrend(summary, [point('2026-11-20', 25)], NOW)).toEqual({
      last30Days: null,
      last90Days: null,
    });
  });
});

describe('productValue', () => {
  it('multiplies adopters by hours saved and the hourly rate', () => {
    expect(
      productValue(
        { hoursSavedPerAdopter: 120, hourlyRate: 95, currency: 'USD' },
        3,
      ),
    ).toEqual({
      adopters: 3,
      hoursSavedPerAdopter: 120,
      hourlyRate: 95,
      currency: 'USD',
      hoursSaved: 360,
      costSavings: 34200,
    });
  });

  it('gives hours without a rate, and nothing without spec.value', () => {
    expect(productValue({ hoursSavedPerAdopter: 8 }, 2)).toMatchObject({
      hoursSaved: 16,
      costSavings: null,
    });
    expect(productValue(undefined, 2)).toBeNull();
  });
});

describe('compareTimeToMarket', () => {
  it('compares the median of per-entity medians of adopters, non-adopters and the baseline', () => {
    const comparison = compareTimeToMarket({
      spec: { metric: 'lead-time-hours', baseline: 100, unit: 'hours' },
      adopterRefs: new Set(['a', 'b']),
      populationRefs: ['a', 'b', 'c', 'd', 'e'],
      valuesByEntity: new Map([
        // One busy adopter sends many points; it still counts once.
        ['a', [10, 20, 30, 40, 50, 60, 70]],
        ['b', [50]],
        ['c', [80]],
        ['d', [100, 120]],
      ]),
    });
    expect(comparison).toEqual({
      metric: 'lead-time-hours',
      unit: 'hours',
      windowDays: 90,
      baseline: 100,
      adopters: { entities: 2, median: 45 },
      nonAdopters: { entities: 2, median: 95 },
      reductionVsNonAdopters: expect.closeTo(50 / 95, 10),
      reductionVsBaseline: 0.55,
    });
  });

  it('has no reductions without data', () => {
    const comparison = compareTimeToMarket({
      spec: { metric: 'lead-time-hours' },
      adopterRefs: new Set(['a']),
      populationRefs: ['a'],
      valuesByEntity: new Map(),
    });
    expect(comparison).toMatchObject({
      baseline: null,
      adopters: { entities: 0, median: null },
      reductionVsNonAdopters: null,
      reductionVsBaseline: null,
    });
  });

  it('takes the middle of an odd list and the mean of the two middles of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
