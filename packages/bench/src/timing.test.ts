import { percentile, timeSequential } from './timing';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('timeSequential', () => {
  it('warms up, then times each call in turn', async () => {
    const calls: number[] = [];
    const summary = await timeSequential(async i => void calls.push(i), {
      warmUp: 2,
      requests: 5,
    });
    expect(calls).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(summary.requests).toBe(5);
    expect(summary.p50).toBeGreaterThanOrEqual(0);
    expect(summary.p95).toBeLessThanOrEqual(summary.max);
  });

  it('fails on a failing call', async () => {
    await expect(
      timeSequential(
        async () => {
          throw new Error('HTTP 500');
        },
        { warmUp: 0, requests: 3 },
      ),
    ).rejects.toThrow('HTTP 500');
  });
});
