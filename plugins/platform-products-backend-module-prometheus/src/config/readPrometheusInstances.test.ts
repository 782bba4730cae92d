import { JsonObject } from '@backstage/types';
import { ConfigReader } from '@backstage/config';
import { DEFAULT_QUERIES } from './defaultQueries';
import { readPrometheusInstances } from './readPrometheusInstances';

function read(instances: JsonObject[]) {
  return readPrometheusInstances(
    new ConfigReader({ platformProducts: { prometheus: { instances } } }),
  );
}

const KEY = 'platformProducts.prometheus.instances';

describe('readPrometheusInstances', () => {
  it('gives no instance when none is configured', () => {
    expect(readPrometheusInstances(new ConfigReader({}))).toEqual([]);
  });

  it('fills in defaults', () => {
    expect(read([{ name: 'prod', baseUrl: 'http://prometheus:9090' }])).toEqual(
      [
        {
          name: 'prod',
          baseUrl: 'http://prometheus:9090/',
          headers: {},
          timeoutMs: 30_000,
          stepSeconds: 60,
          queries: DEFAULT_QUERIES,
        },
      ],
    );
  });

  it('reads headers, timeout, step and a path prefix', () => {
    const [instance] = read([
      {
        name: 'mimir',
        baseUrl: 'https://mimir.example.com/prometheus',
        headers: { 'X-Scope-OrgID': 'team-a' },
        timeout: '10s',
        step: { minutes: 5 },
      },
    ]);
    expect(instance).toMatchObject({
      baseUrl: 'https://mimir.example.com/prometheus/',
      headers: { 'X-Scope-OrgID': 'team-a' },
      timeoutMs: 10_000,
      stepSeconds: 300,
    });
  });

  it('replaces the templates of the kinds given and keeps the defaults of the others', () => {
    const [instance] = read([
      {
        name: 'prod',
        baseUrl: 'http://p:9090',
        queries: {
          'error-rate': {
            bad: 'sum(increase(grpc_errors{ {{selector}} }[{{window}}]))',
            total: 'sum(increase(grpc_calls{ {{selector}} }[{{window}}]))',
          },
        },
      },
    ]);
    expect(instance.queries['error-rate']).toEqual({
      counts: 'bad',
      events: 'sum(increase(grpc_errors{ {{selector}} }[{{window}}]))',
      total: 'sum(increase(grpc_calls{ {{selector}} }[{{window}}]))',
    });
    expect(instance.queries.availability).toEqual(DEFAULT_QUERIES.availability);
  });

  it.each([
    [
      { name: 'prod env', baseUrl: 'http://p' },
      `${KEY}[0].name "prod env" is not an instance name`,
    ],
    [
      { name: 'prod', baseUrl: 'prometheus:9090' },
      `${KEY}[0] (prod).baseUrl must be an http or https URL`,
    ],
    [
      { name: 'prod', baseUrl: 'not a url' },
      `${KEY}[0] (prod).baseUrl "not a url" is not a URL`,
    ],
    [
      { name: 'prod', baseUrl: 'http://user:secret@p:9090' },
      `${KEY}[0] (prod).baseUrl must not hold credentials; send them in ${KEY}[0] (prod).headers`,
    ],
    [
      { name: 'prod', baseUrl: 'http://p?x=1' },
      `${KEY}[0] (prod).baseUrl must not have a query or fragment`,
    ],
    [
      { name: 'prod', baseUrl: 'http://p', timeout: 'soon' },
      `${KEY}[0] (prod).timeout is not a duration`,
    ],
    [
      { name: 'prod', baseUrl: 'http://p', step: '90s' },
      `${KEY}[0] (prod).step must be a whole number of minutes`,
    ],
    [
      { name: 'prod', baseUrl: 'http://p', step: '2d' },
      `${KEY}[0] (prod).step must be a whole number of minutes between 1 minute and 1 day`,
    ],
    [
      { name: 'prod', baseUrl: 'http://p', queries: { uptime: {} } },
      `${KEY}[0] (prod).queries.uptime is not an objective kind; expected availability, latency, error-rate`,
    ],
    [
      {
        name: 'prod',
        baseUrl: 'http://p',
        queries: { availability: { good: 'sum(increase(a[{{window}}]))' } },
      },
      `${KEY}[0] (prod).queries.availability.total is missing; availability needs both good and total`,
    ],
    [
      {
        name: 'prod',
        baseUrl: 'http://p',
        queries: {
          latency: {
            good: 'sum(increase(h_bucket{le="0.3"}[{{window}}]))',
            total: 'sum(increase(h_count[{{window}}]))',
          },
        },
      },
      `${KEY}[0] (prod).queries.latency.good does not use {{threshold}}`,
    ],
    [
      {
        name: 'prod',
        baseUrl: 'http://p',
        queries: {
          availability: {
            good: 'sum(increase(a{ {{selector}} }[5m]))',
            total: 'sum(increase(a[{{window}}]))',
          },
        },
      },
      `${KEY}[0] (prod).queries.availability.good does not use {{window}}`,
    ],
    [
      {
        name: 'prod',
        baseUrl: 'http://p',
        queries: {
          availability: {
            good: 'sum(increase(a{ {{selectr}} }[{{window}}]))',
            total: 'sum(increase(a[{{window}}]))',
          },
        },
      },
      `${KEY}[0] (prod).queries.availability.good uses {{selectr}}, which is not a placeholder here`,
    ],
    [
      {
        name: 'prod',
        baseUrl: 'http://p',
        queries: {
          'error-rate': {
            good: 'sum(increase(a[{{window}}]))',
            total: 'sum(increase(a[{{window}}]))',
          },
        },
      },
      `${KEY}[0] (prod).queries.error-rate.good is not read; error-rate takes bad and total`,
    ],
  ])('stops at start-up on %j', (instance, message) => {
    expect(() => read([instance])).toThrow(message);
  });

  it('names the key of a value of the wrong type', () => {
    expect(() => read([{ name: 'prod', baseUrl: 9090 }])).toThrow(
      'platformProducts.prometheus.instances[0].baseUrl',
    );
  });

  it('refuses an instance name used twice', () => {
    expect(() =>
      read([
        { name: 'prod', baseUrl: 'http://a' },
        { name: 'prod', baseUrl: 'http://b' },
      ]),
    ).toThrow(`${KEY} names the instance "prod" more than once`);
  });
});
