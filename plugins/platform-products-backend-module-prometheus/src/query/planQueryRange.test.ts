import { planQueryRange, PROMETHEUS_MAX_POINTS } from './planQueryRange';

const at = (iso: string) => new Date(iso);
const seconds = (iso: string) => Date.parse(iso) / 1000;

function points(requests: ReturnType<typeof planQueryRange>): number[] {
  return requests.flatMap(r => {
    const times: number[] = [];
    for (let t = r.start; t <= r.end; t += r.step) times.push(t);
    return times;
  });
}

describe('planQueryRange', () => {
  it('evaluates each minute bucket at its end', () => {
    const requests = planQueryRange({
      from: at('2024-03-01T00:00:00Z'),
      to: at('2024-03-01T00:03:00Z'),
      stepSeconds: 60,
    });
    expect(requests).toEqual([
      {
        start: seconds('2024-03-01T00:01:00Z'),
        end: seconds('2024-03-01T00:03:00Z'),
        step: 60,
      },
    ]);
  });

  it('keeps 30 days of minutes under the point limit by splitting, not widening', () => {
    const requests = planQueryRange({
      from: at('2024-03-01T00:00:00Z'),
      to: at('2024-03-31T00:00:00Z'),
      stepSeconds: 60,
    });
    expect(requests).toHaveLength(4); // 43,200 points
    for (const r of requests) {
      expect(r.step).toBe(60);
      // Prometheus refuses (end − start) ÷ step > 11,000.
      expect((r.end - r.start) / r.step + 1).toBeLessThanOrEqual(
        PROMETHEUS_MAX_POINTS,
      );
    }
    const all = points(requests);
    expect(all).toHaveLength(43_200);
    expect(new Set(all).size).toBe(43_200);
    expect(all[0]).toBe(seconds('2024-03-01T00:01:00Z'));
    expect(all[all.length - 1]).toBe(seconds('2024-03-31T00:00:00Z'));
  });

  it('splits exactly at the limit', () => {
    const from = at('2024-03-01T00:00:00Z');
    const exactly = planQueryRange({
      from,
      to: new Date(from.getTime() + PROMETHEUS_MAX_POINTS * 60_000),
      stepSeconds: 60,
    });
    expect(exactly).toHaveLength(1);
    const oneMore = planQueryRange({
      from,
      to: new Date(from.getTime() + (PROMETHEUS_MAX_POINTS + 1) * 60_000),
      stepSeconds: 60,
    });
    expect(oneMore).toHaveLength(2);
    expect(oneMore[1].start).toBe(oneMore[1].end);
  });

  it('gives only the buckets, aligned to multiples of the step, that lie wholly inside the range', () => {
    const requests = planQueryRange({
      from: at('2024-03-01T00:07:00Z'),
      to: at('2024-03-01T00:28:00Z'),
      stepSeconds: 300,
    });
    // Buckets [00:10, 00:15) … [00:20, 00:25), evaluated at their ends.
    expect(points(requests)).toEqual(
      ['00:15', '00:20', '00:25'].map(t => seconds(`2024-03-01T${t}:00Z`)),
    );
  });

  it('honours a smaller point limit', () => {
    const requests = planQueryRange({
      from: at('2024-03-01T00:00:00Z'),
      to: at('2024-03-01T00:10:00Z'),
      stepSeconds: 60,
      maxPoints: 3,
    });
    expect(requests.map(r => (r.end - r.start) / 60 + 1)).toEqual([3, 3, 3, 1]);
    expect(points(requests)).toHaveLength(10);
  });

  it('plans nothing for a range shorter than one bucket', () => {
    expect(
      planQueryRange({
        from: at('2024-03-01T00:00:00Z'),
        to: at('2024-03-01T00:04:00Z'),
        stepSeconds: 300,
      }),
    ).toEqual([]);
  });

  it('refuses a step that is not whole minutes', () => {
    expect(() =>
      planQueryRange({ from: new Date(0), to: new Date(0), stepSeconds: 90 }),
    ).toThrow('whole number of minutes, not 90 seconds');
  });
});
