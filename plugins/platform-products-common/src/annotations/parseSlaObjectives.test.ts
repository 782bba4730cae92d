import { parseSlaObjectives } from './parseSlaObjectives';

const DAY = 24 * 3_600_000;

describe('parseSlaObjectives', () => {
  it('gives no objectives and the defaults for an entity without SLA annotations', () => {
    const cases: Array<Record<string, string> | undefined> = [
      undefined,
      {},
      { 'backstage.io/techdocs-ref': 'dir:.' },
    ];
    for (const annotations of cases) {
      expect(parseSlaObjectives(annotations)).toEqual({
        objectives: [],
        window: { type: 'rolling', durationMs: 30 * DAY, text: '30d' },
        timezone: 'UTC',
        source: { type: 'push' },
        selector: undefined,
        maintenance: undefined,
        openSlo: undefined,
        problems: [],
      });
    }
  });

  it('reads every objective and setting', () => {
    const sla = parseSlaObjectives({
      'paved-road.io/sla-availability': '99.9%',
      'paved-road.io/sla-latency-p50': '100ms',
      'paved-road.io/sla-latency-p90': '200ms',
      'paved-road.io/sla-latency-p95': '250ms',
      'paved-road.io/sla-latency-p99': '300ms',
      'paved-road.io/sla-latency-p999': '1.5s',
      'paved-road.io/sla-error-rate': '0.1%',
      'paved-road.io/sla-window': '1M',
      'paved-road.io/sla-timezone': 'Europe/Berlin',
      'paved-road.io/sla-source': 'prometheus:prod',
      'paved-road.io/sla-selector': 'job="checkout"',
      'paved-road.io/sla-maintenance':
        'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H',
      'paved-road.io/openslo': './slo.yaml',
    });
    expect(sla.problems).toEqual([]);
    expect(sla.objectives).toEqual([
      {
        id: 'availability',
        kind: 'availability',
        annotation: 'paved-road.io/sla-availability',
        target: 0.999,
      },
      {
        id: 'latency-p50',
        kind: 'latency',
        annotation: 'paved-road.io/sla-latency-p50',
        target: 0.5,
        percentile: 'p50',
        thresholdMs: 100,
      },
      {
        id: 'latency-p90',
        kind: 'latency',
        annotation: 'paved-road.io/sla-latency-p90',
        target: 0.9,
        percentile: 'p90',
        thresholdMs: 200,
      },
      {
        id: 'latency-p95',
        kind: 'latency',
        annotation: 'paved-road.io/sla-latency-p95',
        target: 0.95,
        percentile: 'p95',
        thresholdMs: 250,
      },
      {
        id: 'latency-p99',
        kind: 'latency',
        annotation: 'paved-road.io/sla-latency-p99',
        target: 0.99,
        percentile: 'p99',
        thresholdMs: 300,
      },
      {
        id: 'latency-p999',
        kind: 'latency',
        annotation: 'paved-road.io/sla-latency-p999',
        target: 0.999,
        percentile: 'p999',
        thresholdMs: 1500,
      },
      {
        id: 'error-rate',
        kind: 'error-rate',
        annotation: 'paved-road.io/sla-error-rate',
        target: 0.999,
        errorRateCeiling: 0.001,
      },
    ]);
    expect(sla.window).toEqual({ type: 'calendar', unit: 'month', text: '1M' });
    expect(sla.timezone).toBe('Europe/Berlin');
    expect(sla.source).toEqual({ type: 'prometheus', instance: 'prod' });
    expect(sla.selector?.text).toBe('job="checkout"');
    expect(sla.maintenance?.frequency).toBe('WEEKLY');
    expect(sla.openSlo).toEqual({ type: 'path', path: './slo.yaml' });
  });

  it.each([
    ['0.1%', 0.999],
    ['0.01%', 0.9999],
    ['5%', 0.95],
    ['0.0001%', 0.999999],
    ['99.9%', 0.001],
  ])(
    'turns an error-rate ceiling of %s into a good-event target of %d',
    (ceiling, target) => {
      const [objective] = parseSlaObjectives({
        'paved-road.io/sla-error-rate': ceiling,
      }).objectives;
      expect(objective.target).toBe(target);
    },
  );

  it('drops only the objectives that are not understood, and says why', () => {
    const sla = parseSlaObjectives({
      'paved-road.io/sla-availability': '99.9',
      'paved-road.io/sla-latency-p99': '300ms',
      'paved-road.io/sla-latency-p95': '-1ms',
      'paved-road.io/sla-error-rate': '0%',
    });
    expect(sla.objectives.map(o => o.id)).toEqual(['latency-p99']);
    expect(sla.problems.map(p => p.message)).toEqual([
      'paved-road.io/sla-availability: "99.9" is not a percentage; expected a number followed by %, such as "99.9%"',
      'paved-road.io/sla-latency-p95: "-1ms" is negative; expected a duration above zero, such as "300ms"',
      'paved-road.io/sla-error-rate: "0%" is out of range; expected a percentage greater than 0% and less than 100%',
    ]);
  });

  it('refuses an availability of 100%, which leaves no error budget', () => {
    const sla = parseSlaObjectives({
      'paved-road.io/sla-availability': '100%',
    });
    expect(sla.objectives).toEqual([]);
    expect(sla.problems[0].message).toContain('less than 100%');
  });

  it('falls back to the defaults for settings that are not understood', () => {
    const sla = parseSlaObjectives({
      'paved-road.io/sla-availability': '99.5%',
      'paved-road.io/sla-window': '2M',
      'paved-road.io/sla-timezone': 'Mars/Olympus',
      'paved-road.io/sla-source': 'datadog',
      'paved-road.io/sla-selector': 'job=checkout',
      'paved-road.io/sla-maintenance':
        'FREQ=WEEKLY;BYDAY=SU;BYHOUR=25;DURATION=PT2H',
      'paved-road.io/openslo': 'ftp://x/slo.yaml',
    });
    expect(sla.objectives).toHaveLength(1);
    expect(sla.window.text).toBe('30d');
    expect(sla.timezone).toBe('UTC');
    expect(sla.source).toEqual({ type: 'push' });
    expect(sla.selector).toBeUndefined();
    expect(sla.maintenance).toBeUndefined();
    expect(sla.openSlo).toBeUndefined();
    expect(sla.problems.map(p => p.annotation)).toEqual([
      'paved-road.io/sla-window',
      'paved-road.io/sla-timezone',
      'paved-road.io/sla-source',
      'paved-road.io/sla-selector',
      'paved-road.io/sla-maintenance',
      'paved-road.io/openslo',
    ]);
    for (const problem of sla.problems) {
      expect(problem.message.startsWith(`${problem.annotation}: `)).toBe(true);
    }
  });

  it('reports a value that is not a string instead of throwing', () => {
    const annotations = {
      'paved-road.io/sla-availability': 99.9,
    } as unknown as Record<string, string>;
    const sla = parseSlaObjectives(annotations);
    expect(sla.objectives).toEqual([]);
    expect(sla.problems).toEqual([
      {
        annotation: 'paved-road.io/sla-availability',
        value: '99.9',
        message: 'paved-road.io/sla-availability: "99.9" is not a string',
      },
    ]);
  });
});
