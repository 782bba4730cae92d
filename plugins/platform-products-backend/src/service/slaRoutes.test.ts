import {
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { notificationService } from '@backstage/plugin-notifications-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  platformProductsSliSourcesExtensionPoint,
  SliFetchRequest,
} from '@paved-road/plugin-platform-products-node';
import request from 'supertest';
import { platformProductsPlugin } from '../plugin';
import { component } from '../testing/catalogEntities';

jest.setTimeout(120_000);

const MINUTE = 60_000;

const entities: Entity[] = [
  component('checkout', 'checkout-team', [], {
    'paved-road.io/sla-availability': '99.9%',
    'paved-road.io/sla-latency-p99': '300ms',
    // Malformed: reported, while the other objectives still work.
    'paved-road.io/sla-error-rate': 'lots',
  }),
  component('search', 'search-team', [], {
    'paved-road.io/sla-availability': '99%',
  }),
  component('quiet', 'search-team', [], {
    'paved-road.io/sla-availability': '99.5%',
  }),
  component('pulled', 'checkout-team', [], {
    'paved-road.io/sla-availability': '99.9%',
    'paved-road.io/sla-source': 'prometheus:prod',
  }),
  component('unreachable', 'checkout-team', [], {
    'paved-road.io/sla-availability': '99.9%',
    'paved-road.io/sla-source': 'prometheus:staging',
  }),
  component('plain', 'checkout-team', [], {}),
  // Its own owner and no data before its test, so as not to change the overview's.
  component('burning', 'burn-team', [], {
    'paved-road.io/sla-availability': '99%',
  }),
];

/** An SLI source standing in for Prometheus: all good for `prod`, failing for `staging`. */
const fetched: SliFetchRequest[] = [];
const fakePrometheus = createBackendModule({
  pluginId: 'platform-products',
  moduleId: 'fake-prometheus',
  register(env) {
    env.registerInit({
      deps: { sources: platformProductsSliSourcesExtensionPoint },
      async init({ sources }) {
        sources.addSliSource({
          type: 'prometheus',
          instances: () => ['prod', 'staging'],
          async fetchBuckets(req) {
            fetched.push(req);
            if (req.instance === 'staging') {
              throw new Error('connect ECONNREFUSED 10.0.0.9:9090');
            }
            const buckets = [];
            for (
              let t = req.to.getTime() - 60 * MINUTE;
              t < req.to.getTime();
              t += MINUTE
            ) {
              buckets.push({
                start: new Date(t),
                durationSeconds: 60,
                good: 1000,
                total: 1000,
              });
            }
            return buckets;
          },
        });
      },
    });
  },
});

/**
 * Stands in for the notifications backend: what the plugin looks for to know that
 * notifications can be delivered. The service is replaced below to record what is sent.
 */
const notificationsPlugin = createBackendPlugin({
  pluginId: 'notifications',
  register(env) {
    env.registerInit({ deps: {}, async init() {} });
  },
});

const SRE = 'user:default/sre';
const sent: any[] = [];

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

/** Minute buckets ending at the current minute. */
function lastMinutes(
  objective: string,
  minutes: number,
  good: number,
  total: number,
) {
  const now = Math.floor(Date.now() / MINUTE) * MINUTE;
  return Array.from({ length: minutes }, (_, i) => ({
    objective,
    start: new Date(now - (minutes - i) * MINUTE).toISOString(),
    good,
    total,
  }));
}

async function startBackend(knex: any, options: { notifications: boolean }) {
  const backend = await startTestBackend({
    features: [
      platformProductsPlugin,
      fakePrometheus,
      catalogServiceMock.factory({ entities }),
      mockServices.database.factory({ knex }),
      mockServices.scheduler.factory({
        includeInitialDelayedTasksOnStartup: true,
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.permissions.mock({
        authorize: async (requests, { credentials }) =>
          requests.map(() => ({
            result:
              (credentials.principal as any).userEntityRef === SRE
                ? AuthorizeResult.ALLOW
                : AuthorizeResult.DENY,
          })),
      }).factory,
      ...(options.notifications ? [notificationsPlugin] : []),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({
          send: async (notification: any) => {
            sent.push(notification);
          },
        }),
      }),
    ],
  });
  return backend.server;
}

describe.each(databases.eachSupportedId())('SLA routes on %p', databaseId => {
  let server: any;

  beforeAll(async () => {
    fetched.length = 0;
    sent.length = 0;
    server = await startBackend(await databases.init(databaseId), {
      notifications: true,
    });
  });

  const api = (path: string) => `/api/platform-products${path}`;
  const get = (path: string) =>
    request(server)
      .get(api(path))
      .set('Authorization', mockCredentials.user.header());
  const push = (name: string, body: unknown, authorization: string) =>
    request(server)
      .post(api(`/entities/component/default/${name}/sla/samples`))
      .set('Authorization', authorization)
      .send(body as object);
  const asService = mockCredentials.service.header();

  it('reports objectives, the malformed annotation, and no data before any push', async () => {
    const response = await get('/entities/component/default/checkout/sla');
    expect(response.status).toBe(200);
    expect(response.body.entityRef).toBe('component:default/checkout');
    expect(response.body.objectives.map((o: any) => [o.id, o.status])).toEqual([
      ['availability', 'no-data'],
      ['latency-p99', 'no-data'],
    ]);
    expect(response.body.objectives[0]).toMatchObject({
      title: 'Availability 99.9%',
      target: 0.999,
      origin: {
        type: 'annotation',
        annotation: 'paved-road.io/sla-availability',
      },
      compliance: null,
      dataFreshness: { latestDataAt: null, stale: true },
    });
    // A day at a time over the default 30 days, every one without data.
    const burnDown = response.body.objectives[0].burnDown;
    expect(burnDown).toHaveLength(30);
    expect(
      burnDown.every((p: any) => p.remainingRatio === null && p.coverage === 0),
    ).toBe(true);
    expect(response.body.problems).toEqual([
      expect.objectContaining({ annotation: 'paved-road.io/sla-error-rate' }),
    ]);
    expect(response.body.sync).toEqual({
      source: 'push',
      lastAttemptAt: null,
      lastSuccessAt: null,
      error: null,
    });
  });

  it('answers 401 without credentials and 403 for users without the permission', async () => {
    const body = { buckets: lastMinutes('availability', 1, 1, 1) };
    const unauthenticated = await request(server)
      .post(api('/entities/component/default/checkout/sla/samples'))
      .send(body);
    expect(unauthenticated.status).toBe(401);
    const denied = await push(
      'checkout',
      body,
      mockCredentials.user.header('user:default/someone'),
    );
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toContain('platform-products.sla.write');
    const allowed = await push(
      'checkout',
      body,
      mockCredentials.user.header(SRE),
    );
    expect(allowed.status).toBe(200);
  });

  it.each([
    [{}, /buckets array/],
    [{ buckets: [] }, /buckets must hold 1 to/],
    [
      {
        buckets: [
          {
            objective: 'availability',
            start: '2026-11-01T10:00:00Z',
            good: 5,
            total: 4,
          },
        ],
      },
      /buckets\[0\]\.good \(5\) must not be above buckets\[0\]\.total/,
    ],
    [
      {
        buckets: [
          {
            objective: 'availability',
            start: '2026-11-01T10:00:30Z',
            good: 1,
            total: 1,
          },
        ],
      },
      /buckets\[0\]\.start must be a whole minute/,
    ],
    [
      {
        buckets: [
          {
            objective: 'availability',
            start: '2026-11-01T10:00:00Z',
            good: 1,
            total: 1,
          },
          {
            objective: 'error-rate',
            start: '2026-11-01T10:00:00Z',
            good: 1,
            total: 1,
          },
        ],
      },
      /buckets\[1\]\.objective "error-rate" is not an objective of component:default\/checkout/,
    ],
    [
      {
        buckets: [
          {
            objective: 'availability',
            start: '2026-11-01T10:00:00Z',
            good: -1,
            total: 1,
          },
        ],
      },
      /buckets\[0\]\.good must be a non-negative number/,
    ],
    [
      {
        buckets: [
          { objective: 'availability', start: 'yesterday', good: 1, total: 1 },
        ],
      },
      /buckets\[0\]\.start must be an ISO 8601 time/,
    ],
    [
      {
        buckets: [
          {
            objective: 'availability',
            start: '2026-11-01T10:00:00Z',
            durationSeconds: 90,
            good: 1,
            total: 1,
          },
        ],
      },
      /buckets\[0\]\.durationSeconds must be a whole number of minutes/,
    ],
    [
      {
        buckets: [
          {
            objective: 'availability',
            start: '2026-11-01T10:00:00Z',
            good: 1,
            total: 1,
            bad: 0,
          },
        ],
      },
      /buckets\[0\]\.bad is not a bucket field/,
    ],
  ])('refuses %j with a 400 naming the field', async (body, message) => {
    const response = await push('checkout', body, asService);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
  });

  it('answers 404 for an entity the catalog does not have', async () => {
    const response = await push(
      'nope',
      { buckets: lastMinutes('availability', 1, 1, 1) },
      asService,
    );
    expect(response.status).toBe(404);
  });

  it('replaces a bucket sent again', async () => {
    const bad = lastMinutes('latency-p99', 1, 0, 100);
    await push('checkout', { buckets: bad }, asService).expect(200);
    const first = await get('/entities/component/default/checkout/sla');
    expect(first.body.objectives[1].compliance).toBe(0);

    const good = bad.map(b => ({ ...b, good: 100 }));
    const response = await push('checkout', { buckets: good }, asService);
    expect(response.body).toEqual({
      entityRef: 'component:default/checkout',
      accepted: 1,
    });
    const second = await get('/entities/component/default/checkout/sla');
    expect(second.body.objectives[1]).toMatchObject({
      good: 100,
      total: 100,
      compliance: 1,
      status: 'met',
    });
  });

  it('pages the owner when the budget burns fast, and the overview sorts by budget left', async () => {
    // 1.5% errors for an hour against 99.9%: burn rate 15 over 1h and 5m.
    await push(
      'checkout',
      { buckets: lastMinutes('availability', 60, 985, 1000) },
      asService,
    ).expect(200);
    await push(
      'search',
      { buckets: lastMinutes('availability', 60, 1000, 1000) },
      asService,
    ).expect(200);

    const checkout = await get('/entities/component/default/checkout/sla');
    const availability = checkout.body.objectives[0];
    expect(availability).toMatchObject({
      id: 'availability',
      status: 'breached',
      alert: { state: 'page', since: expect.any(String) },
    });
    expect(availability.burnRates['1h']).toBeCloseTo(15, 6);
    expect(checkout.body.status).toBe('breached');

    expect(sent).toContainEqual(
      expect.objectContaining({
        recipients: {
          type: 'entity',
          entityRef: 'group:default/checkout-team',
        },
        payload: expect.objectContaining({
          severity: 'critical',
          scope: 'sla:component:default/checkout:availability',
          link: '/catalog/default/component/checkout',
        }),
      }),
    );

    const overview = await get('/sla');
    expect(overview.status).toBe(200);
    const refs = overview.body.items.map((i: any) => i.entityRef);
    // Least budget left first; entities without data last.
    expect(refs.indexOf('component:default/checkout')).toBeLessThan(
      refs.indexOf('component:default/search'),
    );
    expect(refs.slice(-2)).toEqual([
      'component:default/quiet',
      'component:default/unreachable',
    ]);
    const item = overview.body.items.find(
      (i: any) => i.entityRef === 'component:default/checkout',
    );
    expect(item).toMatchObject({
      ownerRef: 'group:default/checkout-team',
      status: 'breached',
      alert: 'page',
      problemCount: 1,
    });

    const owned = await get('/sla?owner=search-team&owner=nobody');
    expect(owned.body.items.map((i: any) => i.entityRef).sort()).toEqual([
      'component:default/quiet',
      'component:default/search',
    ]);
    const paged = await get('/sla?owner=search-team&limit=1&offset=1');
    expect(paged.body).toMatchObject({
      totalItems: 2,
      limit: 1,
      offset: 1,
      items: [{ entityRef: 'component:default/quiet', status: 'no-data' }],
    });
    const breached = await get('/sla?status=breached');
    expect(breached.body.items.map((i: any) => i.entityRef)).toEqual([
      'component:default/checkout',
    ]);
  });

  it.each([
    ['/sla?limit=0', /limit/],
    ['/sla?offset=-1', /offset/],
    ['/sla?status=fine', /status must be one of/],
    ['/sla?owner=group:', /owner/],
    ['/entities/component/default/checkout/sla/history?months=0', /months/],
  ])('answers %s with a 400 naming the parameter', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
  });

  it('gives the monthly history', async () => {
    const response = await get(
      '/entities/component/default/checkout/sla/history?months=2',
    );
    expect(response.status).toBe(200);
    expect(response.body.months).toBe(2);
    const availability = response.body.objectives[0];
    expect(availability.id).toBe('availability');
    expect(availability.periods).toHaveLength(2);
    const current = availability.periods[1];
    expect(current.total).toBeGreaterThan(0);
    expect(current.breached).toBe(true);
    expect(availability.breaches).toBe(1);
  });

  it('pulled data from the source at start-up and reports a failing source on the entity', async () => {
    expect(fetched.map(f => `${f.entityRef} ${f.instance}`)).toEqual(
      expect.arrayContaining([
        'component:default/pulled prod',
        'component:default/unreachable staging',
      ]),
    );
    const pulled = await get('/entities/component/default/pulled/sla');
    expect(pulled.body.objectives[0]).toMatchObject({
      status: 'met',
      total: 60_000,
    });
    expect(pulled.body.sync).toMatchObject({
      source: 'prometheus:prod',
      lastSuccessAt: expect.any(String),
      error: null,
    });

    const unreachable = await get(
      '/entities/component/default/unreachable/sla',
    );
    expect(unreachable.body.objectives[0].status).toBe('no-data');
    expect(unreachable.body.sync).toMatchObject({
      source: 'prometheus:staging',
      lastSuccessAt: null,
      error: 'availability: connect ECONNREFUSED 10.0.0.9:9090',
    });
    const overview = await get('/sla?owner=checkout-team');
    expect(
      overview.body.items.find(
        (i: any) => i.entityRef === 'component:default/unreachable',
      ).syncError,
    ).toContain('ECONNREFUSED');
  });

  it('gives the burn-down within the window from the pushed buckets', async () => {
    const now = Math.floor(Date.now() / MINUTE) * MINUTE;
    const DAY = 24 * 60 * MINUTE;
    // Steps are days from now − 30 days: half a day from a bucket to the nearest step's end.
    const bucket = (start: number, good: number, total: number) => ({
      objective: 'availability',
      start: new Date(start).toISOString(),
      good,
      total,
    });
    await push(
      'burning',
      {
        buckets: [
          // Day 19 of 30 (read summed per hour, being older than 3 days): 10 bad of 2,000.
          bucket(now - 10.5 * DAY, 990, 1000),
          bucket(now - 10.5 * DAY + MINUTE, 1000, 1000),
          // Day 27: all good. Day 29, the last: 5 bad of 1,000.
          bucket(now - 2.5 * DAY, 1000, 1000),
          bucket(now - 30 * MINUTE, 995, 1000),
        ],
      },
      asService,
    ).expect(200);

    const response = await get('/entities/component/default/burning/sla');
    const [availability] = response.body.objectives;
    const burnDown = availability.burnDown;
    expect(burnDown).toHaveLength(30);
    expect(burnDown[0].from).toBe(availability.window.from);
    expect(burnDown[29].to).toBe(availability.window.to);
    expect(
      burnDown.map((p: any) => [p.total, p.consumedBad, p.coverage > 0]),
    ).toEqual([
      ...Array(19).fill([0, 0, false]),
      [2000, 10, true],
      ...Array(7).fill([2000, 10, false]),
      [3000, 10, true],
      [3000, 10, false],
      [4000, 15, true],
    ]);
    // The window's 4,000 events so far allow 40 bad: none spent, then 10, then 15.
    expect(burnDown[18].remainingRatio).toBe(1);
    expect(burnDown[19].remainingRatio).toBeCloseTo(0.75, 12);
    expect(burnDown[19].coverage).toBeCloseTo(2 / 1440, 12);
    expect(burnDown[27].remainingRatio).toBeCloseTo(0.75, 12);
    expect(burnDown[29].remainingRatio).toBeCloseTo(0.625, 12);
    expect(burnDown[29].remainingRatio).toBe(
      availability.errorBudget.remainingRatio,
    );
    expect(burnDown[29].total).toBe(availability.total);
  });

  it('leaves entities without SLA annotations out of the overview', async () => {
    const overview = await get('/sla?limit=500');
    expect(overview.body.items.map((i: any) => i.entityRef)).not.toContain(
      'component:default/plain',
    );
    const plain = await get('/entities/component/default/plain/sla');
    expect(plain.body).toMatchObject({ objectives: [], status: null });
  });
});

describe('SLA alerts without the notifications plugin', () => {
  it('stores the alert state but sends nothing', async () => {
    sent.length = 0;
    const server = await startBackend(await databases.init('SQLITE_3'), {
      notifications: false,
    });
    await request(server)
      .post(
        '/api/platform-products/entities/component/default/checkout/sla/samples',
      )
      .set('Authorization', mockCredentials.service.header())
      .send({ buckets: lastMinutes('availability', 60, 985, 1000) })
      .expect(200);
    const overview = await request(server)
      .get('/api/platform-products/sla?status=breached')
      .set('Authorization', mockCredentials.user.header());
    expect(overview.body.items).toMatchObject([
      { entityRef: 'component:default/checkout', alert: 'page' },
    ]);
    expect(sent).toEqual([]);
  });
});
