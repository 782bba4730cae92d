import { joinCounts } from './joinCounts';

const values = (entries: [number, number][]) => new Map(entries);

describe('joinCounts', () => {
  it('makes a bucket ending at each time that has a total', () => {
    const joined = joinCounts({
      counts: 'good',
      events: values([
        [120, 98],
        [180, 99],
      ]),
      total: values([
        [120, 100],
        [180, 100],
      ]),
      stepSeconds: 60,
    });
    expect(joined).toEqual({
      buckets: [
        { start: new Date(60_000), durationSeconds: 60, good: 98, total: 100 },
        { start: new Date(120_000), durationSeconds: 60, good: 99, total: 100 },
      ],
      aboveTotal: 0,
      negative: 0,
    });
  });

  it('gives no bucket where the total has no data, even if events do', () => {
    const joined = joinCounts({
      counts: 'good',
      events: values([
        [300, 5],
        [600, 5],
      ]),
      total: values([[600, 5]]),
      stepSeconds: 300,
    });
    expect(joined.buckets).toEqual([
      { start: new Date(300_000), durationSeconds: 300, good: 5, total: 5 },
    ]);
  });

  it('counts no events where the events query has no series yet', () => {
    const bad = joinCounts({
      counts: 'bad',
      events: values([]),
      total: values([[60, 40]]),
      stepSeconds: 60,
    });
    expect(bad.buckets[0]).toMatchObject({ good: 40, total: 40 });
    const good = joinCounts({
      counts: 'good',
      events: values([]),
      total: values([[60, 40]]),
      stepSeconds: 60,
    });
    expect(good.buckets[0]).toMatchObject({ good: 0, total: 40 });
  });

  it('turns bad counts into good ones', () => {
    const joined = joinCounts({
      counts: 'bad',
      events: values([[60, 3]]),
      total: values([[60, 1000]]),
      stepSeconds: 60,
    });
    expect(joined.buckets[0]).toMatchObject({ good: 997, total: 1000 });
  });

  it('rounds the fractions of extrapolated increases to whole events', () => {
    const joined = joinCounts({
      counts: 'good',
      events: values([[60, 99.49]]),
      total: values([[60, 100.5000001]]),
      stepSeconds: 60,
    });
    expect(joined.buckets[0]).toMatchObject({ good: 99, total: 101 });
  });

  it('clamps good to total and counts it', () => {
    const joined = joinCounts({
      counts: 'good',
      events: values([
        [60, 120],
        [120, 50],
      ]),
      total: values([
        [60, 100],
        [120, 100],
      ]),
      stepSeconds: 60,
    });
    expect(joined.buckets.map(b => [b.good, b.total])).toEqual([
      [100, 100],
      [50, 100],
    ]);
    expect(joined.aboveTotal).toBe(1);
  });

  it('clamps more bad events than total to no good ones', () => {
    const joined = joinCounts({
      counts: 'bad',
      events: values([[60, 12]]),
      total: values([[60, 10]]),
      stepSeconds: 60,
    });
    expect(joined.buckets[0]).toMatchObject({ good: 0, total: 10 });
    expect(joined.aboveTotal).toBe(1);
  });

  it('raises negative counts to zero and counts them', () => {
    const joined = joinCounts({
      counts: 'good',
      events: values([[60, -2]]),
      total: values([[60, -1]]),
      stepSeconds: 60,
    });
    expect(joined.buckets[0]).toMatchObject({ good: 0, total: 0 });
    expect(joined.negative).toBe(1);
  });
});
