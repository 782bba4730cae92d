import { percentile, timeInterleaved, timeSequential } from './timing';

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

describe('timeInterleaved', () => {
  it('takes one call of each in turn per round, and times each call on its own', async () => {
    const calls: string[] = [];
    const busy = (ms: number) => {
      const until = performance.now() + ms;
      while (performance.now() < until) {
        // A call that takes at least `ms`, whatever the machine.
      }
    };
    const [slow, quick] = await timeInterleaved(
      [
        async i => {
          calls.push(`slow ${i}`);
          busy(5);
        },
        async i => void calls.push(`quick ${i}`),
      ],
      { warmUp: 1, requests: 3 },
    );
    expect(calls).toEqual([
      'slow 0',
      'quick 0',
      'slow 1',
      'quick 1',
      'slow 2',
      'quick 2',
      'slow 3',
      'quick 3',
    ]);
    expect(slow.requests).toBe(3);
    expect(quick.requests).toBe(3);
    // A lower bound the slow call cannot miss: its summary is its own.
    expect(slow.p50).toBeGreaterThanOrEqual(5);
  });
});
