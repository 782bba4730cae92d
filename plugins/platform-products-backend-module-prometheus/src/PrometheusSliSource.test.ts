import { mockServices } from '@backstage/backend-test-utils';
import {
  parseSlaObjectives,
  SlaObjective,
} from '@paved-road/plugin-platform-products-common';
import { DEFAULT_QUERIES } from './config/defaultQueries';
import { PrometheusInstance } from './config/readPrometheusInstances';
import { PrometheusSliSource } from './PrometheusSliSource';

// Prometheus answers from a table by query; what was asked is recorded.
type Answer = (
  query: string,
  start: number,
  end: number,
  step: number,
) => [number, string][];

function prometheusAnswering(answer: Answer) {
  const asked: { query: string; start: number; end: number; step: number }[] =
    [];
  const fetchImpl = (async (input: URL | RequestInfo) => {
    const url = new URL(String(input));
    const q = {
      query: url.searchParams.get('query')!,
      start: Number(url.searchParams.get('start')),
      end: Number(url.searchParams.get('end')),
      step: Number(url.searchParams.get('step')),
    };
    asked.push(q);
    const values = answer(q.query, q.start, q.end, q.step);
    return new Response(
      JSON.stringify({
        status: 'success',
        data: {
          resultType: 'matrix',
          result: values.length ? [{ metric: {}, values }] : [],
        },
      }),
    );
  }) as typeof fetch;
  return { asked, fetchImpl };
}

const PROD: PrometheusInstance = {
  name: 'prod',
  baseUrl: 'http://prometheus.test:9090/',
  headers: {},
  timeoutMs: 1_000,
  stepSeconds: 60,
  queries: DEFAULT_QUERIES,
};

const sla = parseSlaObjectives({
  'paved-road.io/sla-availability': '99.9%',
  'paved-road.io/sla-latency-p99': '250ms',
  'paved-road.io/sla-error-rate': '0.1%',
  'paved-road.io/sla-selector': 'job="checkout",env!~"dev|test"',
});
const objective = (id: string) =>
  sla.objectives.find(o => o.id === id) as SlaObjective;

const FROM = new Date('2024-03-01T00:00:00Z');
const T0 = FROM.getTime() / 1000;

function request(id: string, minutes: number) {
  return {
    instance: 'prod',
    entityRef: 'component:default/checkout',
    objective: objective(id),
    selector: sla.selector,
    from: FROM,
    to: new Date(FROM.getTime() + minutes * 60_000),
  };
}

function everyStep(
  start: number,
  end: number,
  step: number,
  value: (t: number) => string,
) {
  const values: [number, string][] = [];
  for (let t = start; t <= end; t += step) values.push([t, value(t)]);
  return values;
}

describe('PrometheusSliSource', () => {
  it('asks the default availability queries with the selector and window filled in', async () => {
    const { asked, fetchImpl } = prometheusAnswering(
      (query, start, end, step) =>
        everyStep(start, end, step, () =>
          query.includes('code!~') ? '99' : '100',
        ),
    );
    const source = new PrometheusSliSource({
      instances: [PROD],
      logger: mockServices.logger.mock(),
      fetch: fetchImpl,
    });
    const buckets = await source.fetchBuckets(request('availability', 3));
    expect(asked.map(a => a.query).sort()).toEqual([
      'sum(increase(http_requests_total{ job="checkout",env!~"dev|test" }[1m]))',
      'sum(increase(http_requests_total{ job="checkout",env!~"dev|test", code!~"5.." }[1m]))',
    ]);
    expect(asked[0]).toMatchObject({ start: T0 + 60, end: T0 + 180, step: 60 });
    expect(buckets).toEqual(
      [0, 1, 2].map(minute => ({
        start: new Date(FROM.getTime() + minute * 60_000),
        durationSeconds: 60,
        good: 99,
        total: 100,
      })),
    );
  });

  it('puts the latency bound in seconds into the le matcher', async () => {
    const { asked, fetchImpl } = prometheusAnswering((_q, start, end, step) =>
      everyStep(start, end, step, () => '10'),
    );
    const source = new PrometheusSliSource({
      instances: [PROD],
      logger: mockServices.logger.mock(),
      fetch: fetchImpl,
    });
    await source.fetchBuckets(request('latency-p99', 1));
    expect(asked.map(a => a.query)).toContain(
      'sum(increase(http_request_duration_seconds_bucket{ job="checkout",env!~"dev|test", le="0.25" }[1m]))',
    );
  });

  it('refuses to call every request slow when no histogram bucket has the bound', async () => {
    const { fetchImpl } = prometheusAnswering((query, start, end, step) =>
      query.includes('le=') ? [] : everyStep(start, end, step, () => '10'),
    );
    const source = new PrometheusSliSource({
      instances: [PROD],
      logger: mockServices.logger.mock(),
      fetch: fetchImpl,
    });
    await expect(
      source.fetchBuckets(request('latency-p99', 5)),
    ).rejects.toThrow(
      'Prometheus instance "prod" has totals but no answer to the good query of latency-p99 for component:default/checkout; check that the histogram has a bucket le="0.25"',
    );
  });

  it('counts error-rate buckets without a 5xx series as all good', async () => {
    const { fetchImpl } = prometheusAnswering((query, start, end, step) =>
      query.includes('code=~') ? [] : everyStep(start, end, step, () => '40'),
    );
    const source = new PrometheusSliSource({
      instances: [PROD],
      logger: mockServices.logger.mock(),
      fetch: fetchImpl,
    });
    const buckets = await source.fetchBuckets(request('error-rate', 2));
    expect(buckets.map(b => [b.good, b.total])).toEqual([
      [40, 40],
      [40, 40],
    ]);
  });

  it('splits a long range into requests within the point limit, one after the other', async () => {
    const { asked, fetchImpl } = prometheusAnswering((_q, start, end, step) =>
      everyStep(start, end, step, () => '1'),
    );
    const source = new PrometheusSliSource({
      instances: [PROD],
      logger: mockServices.logger.mock(),
      fetch: fetchImpl,
      maxPointsPerRequest: 4,
    });
    const buckets = await source.fetchBuckets(request('availability', 10));
    expect(asked).toHaveLength(6); // 3 ranges × (good, total)
    expect(buckets.map(b => b.start.getTime())).toEqual(
      Array.from({ length: 10 }, (_, i) => FROM.getTime() + i * 60_000),
    );
  });

  it('logs why it clamped good counts above total', async () => {
    const logger = mockServices.logger.mock();
    const { fetchImpl } = prometheusAnswering((query, start, end, step) =>
      everyStep(start, end, step, () =>
        query.includes('code!~') ? '12' : '10',
      ),
    );
    const source = new PrometheusSliSource({
      instances: [PROD],
      logger,
      fetch: fetchImpl,
    });
    const buckets = await source.fetchBuckets(request('availability', 2));
    expect(buckets.map(b => [b.good, b.total])).toEqual([
      [10, 10],
      [10, 10],
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'component:default/checkout availability: 2 bucket(s) counted more good events than total and were clamped to total',
      ),
    );
  });

  it('names the configured instances when asked for another one', async () => {
    const source = new PrometheusSliSource({
      instances: [PROD, { ...PROD, name: 'staging' }],
      logger: mockServices.logger.mock(),
    });
    expect(source.instances()).toEqual(['prod', 'staging']);
    await expect(
      source.fetchBuckets({ ...request('availability', 1), instance: 'eu' }),
    ).rejects.toThrow(
      'component:default/checkout names the Prometheus instance "eu", which is not configured; configured instances: prod, staging (platformProducts.prometheus.instances)',
    );
    await expect(
      new PrometheusSliSource({
        instances: [],
        logger: mockServices.logger.mock(),
      }).fetchBuckets(request('availability', 1)),
    ).rejects.toThrow('which is not configured; no instance is configured');
  });

  it('needs a selector for templates that use one', async () => {
    const { asked, fetchImpl } = prometheusAnswering(() => []);
    const source = new PrometheusSliSource({
      instances: [PROD],
      logger: mockServices.logger.mock(),
      fetch: fetchImpl,
    });
    await expect(
      source.fetchBuckets({
        ...request('availability', 1),
        selector: undefined,
      }),
    ).rejects.toThrow(
      'component:default/checkout has no paved-road.io/sla-selector annotation; Prometheus instance "prod" needs label matchers',
    );
    expect(asked).toHaveLength(0);
  });
});
