import fs from 'node:fs';
import path from 'node:path';
import { parseOpenSlo } from './parseOpenSlo';

const DAY = 24 * 60 * 60 * 1000;
const SOURCE = './slo.yaml';

const RATIO_INDICATOR = `
  indicator:
    metadata:
      name: good-requests
    spec:
      ratioMetric:
        counter: true
        good:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total{code!~"5.."}[1m]))
        total:
          metricSource:
            type: Prometheus
            spec:
              query: sum(rate(http_requests_total[1m]))`;

/** An SLO document with a ratio indicator; `spec` lines replace the defaults. */
function slo(name: string, spec: Record<string, string> = {}): string {
  const parts: Record<string, string> = {
    indicator: RATIO_INDICATOR,
    timeWindow: `
  timeWindow:
    - duration: 30d
      isRolling: true`,
    budgetingMethod: `
  budgetingMethod: Occurrences`,
    objectives: `
  objectives:
    - target: 0.999`,
    ...spec,
  };
  return `apiVersion: openslo/v1
kind: SLO
metadata:
  name: ${name}
spec:
  service: checkout${Object.values(parts).join('')}
`;
}

function messages(text: string): string[] {
  return parseOpenSlo(text, SOURCE).problems.map(problem => problem.message);
}

describe('parseOpenSlo', () => {
  it('reads the example file of the repository', () => {
    const file = path.resolve(
      __dirname,
      '../../../../../examples/openslo/checkout-slo.yaml',
    );
    const result = parseOpenSlo(
      fs.readFileSync(file, 'utf8'),
      './openslo/checkout-slo.yaml',
    );
    expect(result.problems).toEqual([]);
    expect(result.objectives).toEqual([
      {
        id: 'checkout-page-availability',
        sloName: 'checkout-page-availability',
        title: 'Checkout pages available',
        description:
          '99.5% of requests to the checkout pages succeed (no 5xx), over a rolling 28 days.',
        service: 'checkout-web',
        target: 0.995,
        window: { type: 'rolling', durationMs: 28 * DAY, text: '28d' },
        budgetingMethod: 'Occurrences',
        indicator: {
          type: 'ratio',
          name: 'checkout-page-good-requests',
          counter: true,
          good: {
            type: 'Prometheus',
            spec: {
              query:
                'sum(http_requests_total{job="checkout-web", code!~"5.."})',
            },
          },
          total: {
            type: 'Prometheus',
            spec: { query: 'sum(http_requests_total{job="checkout-web"})' },
          },
        },
      },
    ]);
  });

  it('reads a threshold indicator by reference, a calendar window and several objectives', () => {
    const text = `apiVersion: openslo/v1
kind: SLI
metadata:
  name: latency
spec:
  thresholdMetric:
    metricSource:
      type: Prometheus
      spec:
        query: histogram_quantile(0.99, sum by (le) (rate(http_duration_seconds_bucket[5m])))
---
apiVersion: openslo/v1
kind: Service
metadata:
  name: checkout
spec: {}
---
${slo('checkout-latency', {
  indicator: `
  indicatorRef: latency`,
  timeWindow: `
  timeWindow:
    - duration: 1Q
      isRolling: false
      calendar:
        startTime: 2026-01-01 00:00:00
        timeZone: Europe/Berlin`,
  objectives: `
  objectives:
    - displayName: Fast
      op: lte
      value: 0.3
      targetPercent: 99
    - op: lte
      value: 1
      target: 0.999`,
})}`;
    const result = parseOpenSlo(text, SOURCE);
    expect(result.problems).toEqual([]);
    expect(result.objectives).toHaveLength(2);
    expect(result.objectives[0]).toEqual({
      id: 'checkout-latency-1',
      sloName: 'checkout-latency',
      title: 'Fast',
      service: 'checkout',
      target: 0.99,
      threshold: { op: 'lte', value: 0.3 },
      window: { type: 'calendar', unit: 'quarter', text: '1Q' },
      timezone: 'Europe/Berlin',
      budgetingMethod: 'Occurrences',
      indicator: {
        type: 'threshold',
        name: 'latency',
        metric: {
          type: 'Prometheus',
          spec: {
            query:
              'histogram_quantile(0.99, sum by (le) (rate(http_duration_seconds_bucket[5m])))',
          },
        },
      },
    });
    expect(result.objectives[1]).toMatchObject({
      id: 'checkout-latency-2',
      title: 'checkout-latency',
      target: 0.999,
      threshold: { op: 'lte', value: 1 },
    });
  });

  it('reads Timeslices budgeting, and says when a calendar start is not a period start', () => {
    const result = parseOpenSlo(
      slo('uptime', {
        timeWindow: `
  timeWindow:
    - duration: 1M
      calendar:
        startTime: 2022-01-01 12:00:00
        timeZone: America/New_York`,
        budgetingMethod: `
  budgetingMethod: Timeslices`,
        objectives: `
  objectives:
    - target: 0.99
      timeSliceTarget: 0.95
      timeSliceWindow: 1m`,
      }),
      SOURCE,
    );
    expect(result.objectives).toEqual([
      expect.objectContaining({
        id: 'uptime',
        target: 0.99,
        budgetingMethod: 'Timeslices',
        timeslice: { target: 0.95, windowMs: 60_000 },
        window: { type: 'calendar', unit: 'month', text: '1M' },
        timezone: 'America/New_York',
      }),
    ]);
    expect(result.problems.map(problem => problem.message)).toEqual([
      'paved-road.io/openslo: "./slo.yaml" SLO "uptime": calendar startTime "2022-01-01 12:00:00" is not the start of a month; the window starts at midnight on the first day of each month in the time zone instead',
    ]);
    expect(result.problems[0]).toMatchObject({
      annotation: 'paved-road.io/openslo',
      value: './slo.yaml',
    });
  });

  it.each([
    ['1M', 30],
    ['2Q', 180],
    ['4w', 28],
    ['1Y', 365],
  ])('reads a rolling %s as OpenSLO does: %d days', (duration, days) => {
    const [objective] = parseOpenSlo(
      slo('a', {
        timeWindow: `
  timeWindow:
    - duration: ${duration}
      isRolling: true`,
      }),
      SOURCE,
    ).objectives;
    expect(objective.window).toEqual({
      type: 'rolling',
      durationMs: days * DAY,
      text: `${days}d`,
    });
  });

  it('reads a rolling window of whole hours given in minutes', () => {
    const [objective] = parseOpenSlo(
      slo('a', {
        timeWindow: `\n  timeWindow:\n    - duration: 120m\n      isRolling: true`,
      }),
      SOURCE,
    ).objectives;
    expect(objective.window).toEqual({
      type: 'rolling',
      durationMs: 2 * 3_600_000,
      text: '2h',
    });
  });

  it.each([
    [
      'RatioTimeslices',
      { budgetingMethod: '\n  budgetingMethod: RatioTimeslices' },
      'budgetingMethod "RatioTimeslices" is not supported; expected "Occurrences" or "Timeslices"',
    ],
    [
      'a precomputed ratio',
      {
        indicator: `
  indicator:
    spec:
      ratioMetric:
        rawType: success
        raw:
          metricSource:
            spec: { query: ratio }`,
      },
      'precomputed ratios (ratioMetric.raw) are not supported',
    ],
    [
      'a composite SLO',
      {
        objectives: `
  objectives:
    - target: 0.99
      indicatorRef: other`,
      },
      'composite SLOs (an indicator per objective) are not supported',
    ],
    [
      'a weekly calendar window',
      {
        timeWindow:
          '\n  timeWindow:\n    - duration: 1w\n      isRolling: false',
      },
      'a calendar window of "1w" is not supported',
    ],
    [
      'a rolling window of minutes',
      {
        timeWindow:
          '\n  timeWindow:\n    - duration: 90m\n      isRolling: true',
      },
      'a rolling window of 90m is not supported',
    ],
    [
      'a rolling window over 400 days',
      {
        timeWindow:
          '\n  timeWindow:\n    - duration: 2Y\n      isRolling: true',
      },
      'a rolling window longer than 400 days is not supported',
    ],
    [
      'two time windows',
      {
        timeWindow:
          '\n  timeWindow:\n    - duration: 1d\n      isRolling: true\n    - duration: 7d\n      isRolling: true',
      },
      'timeWindow must be a list of exactly one window',
    ],
    [
      'an unknown time zone',
      {
        timeWindow:
          '\n  timeWindow:\n    - duration: 1M\n      calendar:\n        timeZone: Mars/Olympus',
      },
      'calendar timeZone "Mars/Olympus" is not a known IANA time zone',
    ],
    [
      'a target of 100%',
      { objectives: '\n  objectives:\n    - target: 1' },
      'objective 1: objective target "1" is not a ratio greater than 0 and less than 1',
    ],
    [
      'a threshold indicator without op',
      {
        indicator: `
  indicator:
    spec:
      thresholdMetric:
        metricSource:
          spec: { query: latency }`,
      },
      'a threshold indicator needs op (lt, lte, gt or gte) and a numeric value',
    ],
    [
      'Timeslices without a slice window',
      {
        budgetingMethod: '\n  budgetingMethod: Timeslices',
        objectives:
          '\n  objectives:\n    - target: 0.99\n      timeSliceTarget: 0.9',
      },
      'Timeslices budgeting needs timeSliceWindow',
    ],
    [
      'an unknown indicatorRef',
      { indicator: '\n  indicatorRef: nowhere' },
      'indicatorRef "nowhere" names no SLI document in this file',
    ],
    [
      'good and bad together',
      {
        indicator: `
  indicator:
    spec:
      ratioMetric:
        good: { metricSource: { spec: { query: g } } }
        bad: { metricSource: { spec: { query: b } } }
        total: { metricSource: { spec: { query: t } } }`,
      },
      'ratioMetric must have exactly one of good and bad',
    ],
  ])(
    'leaves out an SLO with %s, with a clear message, and keeps the others',
    (_, spec, message) => {
      const result = parseOpenSlo(
        `${slo('broken', spec)}---\n${slo('fine')}`,
        SOURCE,
      );
      expect(result.objectives.map(objective => objective.id)).toEqual([
        'fine',
      ]);
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0].message).toContain(
        `paved-road.io/openslo: "./slo.yaml" SLO "broken": `,
      );
      expect(result.problems[0].message).toContain(message);
    },
  );

  it('says that alert policies are not read, and keeps the SLO', () => {
    const result = parseOpenSlo(
      slo('a', { alertPolicies: '\n  alertPolicies:\n    - page-on-burn' }),
      SOURCE,
    );
    expect(result.objectives).toHaveLength(1);
    expect(result.problems[0].message).toContain('alertPolicies are not read');
  });

  it('refuses other OpenSLO versions and kinds', () => {
    const text = `apiVersion: openslo/v2alpha
kind: SLO
metadata:
  name: next
spec: {}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: other`;
    expect(messages(text)).toEqual([
      'paved-road.io/openslo: "./slo.yaml" SLO "next": apiVersion "openslo/v2alpha" is not supported; expected "openslo/v1"',
      'paved-road.io/openslo: "./slo.yaml" document 2 has kind "ConfigMap"; only OpenSLO v1 SLO documents (and the SLI documents they refer to) are read',
    ]);
  });

  it('reports duplicate objective ids', () => {
    const result = parseOpenSlo(`${slo('same')}---\n${slo('same')}`, SOURCE);
    expect(result.objectives).toHaveLength(1);
    expect(result.problems[0].message).toContain(
      'objective id "same" is used by an earlier SLO',
    );
  });

  it('reports YAML it cannot read and files without SLOs', () => {
    expect(messages('kind: SLO\n  bad: [indent')).toEqual([
      expect.stringMatching(
        /^paved-road\.io\/openslo: "\.\/slo\.yaml" document 1 is not valid YAML: /,
      ),
    ]);
    expect(messages('')).toEqual([
      'paved-road.io/openslo: "./slo.yaml" has no OpenSLO SLO document (kind: SLO, apiVersion: openslo/v1)',
    ]);
    expect(messages('- a list')).toEqual([
      'paved-road.io/openslo: "./slo.yaml" document 1 is not a map',
    ]);
  });
});
