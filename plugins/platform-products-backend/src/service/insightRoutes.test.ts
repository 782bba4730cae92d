import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ProductAdoptionResponse,
  SURVEY_COMMENT_MAX_LENGTH,
} from '@paved-road/plugin-platform-products-common';
import request from 'supertest';
import { platformProductsPlugin } from '../plugin';
import { component, platformProduct } from '../testing/catalogEntities';

jest.setTimeout(60_000);

// auth-db is a part of both products: its dependents adopt both.
const entities: Entity[] = [
  platformProduct(
    'auth',
    {
      parts: ['component:auth-service', 'resource:shared-db'],
      adoption: { target: '90%' },
      value: { hoursSavedPerAdopter: 10, hourlyRate: 100, currency: 'EUR' },
      timeToMarket: { metric: 'lead-time-hours', baseline: 100 },
    },
    { title: 'AUTH' },
  ),
  // An SLA with no data pushed yet: the products list shows it as no-data.
  platformProduct(
    'data',
    { parts: ['resource:shared-db'] },
    {
      title: 'DATA',
      annotations: { 'paved-road.io/sla-availability': '99.9%' },
    },
  ),
  component('auth-service', 'platform', [
    ['dependsOn', 'resource:default/shared-db'],
  ]),
  component('checkout', 'team-a', [
    ['dependsOn', 'component:default/auth-service'],
  ]),
  component('cart', 'team-a', [['dependsOn', 'resource:default/shared-db']]),
  component('search', 'team-b', [], { 'paved-road.io/adopts': 'auth' }),
  component('legacy', 'team-c'),
];

/** Test tables list a bad body, then the reason; tests are named by the reason. */
function reasonFirst(cases: Array<[object, string]>): Array<[string, object]> {
  return cases.map(([body, reason]) => [reason, body]);
}

const ALICE = 'user:default/alice';
const BOB = 'user:default/bob';
const METRICS_WRITER = 'user:default/ci-admin';

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'insight routes on %p',
  databaseId => {
    let server: any;
    const as = (userRef: string) => mockCredentials.user.header(userRef);
    const api = (path: string) => `/api/platform-products${path}`;

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          platformProductsPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.database.factory({ knex }),
          mockServices.scheduler.factory({
            includeInitialDelayedTasksOnStartup: true,
          }),
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
          // Only the CI admin holds platform-products.metrics.write.
          mockServices.permissions.mock({
            authorize: async (requests, { credentials }) =>
              requests.map(() => ({
                result:
                  (credentials.principal as { userEntityRef?: string })
                    .userEntityRef === METRICS_WRITER
                    ? AuthorizeResult.ALLOW
                    : AuthorizeResult.DENY,
              })),
          }).factory,
          mockServices.rootConfig.factory({
            data: {
              platformProducts: {
                // Whole-catalog reads go through the mocked catalog service.
                catalogReads: 'catalog-service',
                scorecards: [
                  {
                    id: 'product-health',
                    title: 'Product health',
                    filter: { kind: 'PlatformProduct' },
                    levels: [{ name: 'Gold', score: 90 }],
                    checks: [
                      {
                        id: 'adoption',
                        type: 'adoption-rate',
                        params: { target: '50%' },
                      },
                      { id: 'adopters', type: 'adopters', params: { min: 2 } },
                      {
                        id: 'nps',
                        type: 'nps',
                        params: { min: 0, minResponses: 2 },
                      },
                    ],
                  },
                ],
              },
            },
          }),
        ],
      });
      server = backend.server;
    });

    it('computes adoption with how each adopter adopts, for products sharing a part', async () => {
      const response = await request(server)
        .get(api('/products/default/auth/adoption'))
        .set('Authorization', as(ALICE));
      expect(response.status).toBe(200);
      const body = response.body as ProductAdoptionResponse;
      // Population: every Component. auth-service, a part, adopts through the shared part.
      expect(body.summary).toMatchObject({
        adopters: 4,
        population: 5,
        rate: 0.8,
        target: 0.9,
        belowTarget: true,
        teamsAdopting: 3,
        teamsTotal: 4,
      });
      expect(body.summary.gap).toBeCloseTo(0.1, 10);
      expect(body.adopters.map(a => [a.entityRef, a.via])).toEqual([
        [
          'component:default/auth-service',
          [{ method: 'dependsOn', targetRef: 'resource:default/shared-db' }],
        ],
        [
          'component:default/cart',
          [{ method: 'dependsOn', targetRef: 'resource:default/shared-db' }],
        ],
        [
          'component:default/checkout',
          [
            {
              method: 'dependsOn',
              targetRef: 'component:default/auth-service',
            },
          ],
        ],
        [
          'component:default/search',
          [{ method: 'annotation', targetRef: 'platformproduct:default/auth' }],
        ],
      ]);
      expect(body.teams).toEqual([
        { ownerRef: 'group:default/team-a', adopters: 2 },
        { ownerRef: 'group:default/platform', adopters: 1 },
        { ownerRef: 'group:default/team-b', adopters: 1 },
      ]);
      expect(body.value).toMatchObject({
        hoursSaved: 40,
        costSavings: 4000,
        currency: 'EUR',
      });
      expect(body.history).toHaveLength(1);
      expect(body.trend).toEqual({ last30Days: null, last90Days: null });

      const data = await request(server)
        .get(api('/products/default/data/adoption'))
        .set('Authorization', as(ALICE));
      // auth-service depends on shared-db too: it adopts the data product.
      expect(
        data.body.adopters.map((a: { entityRef: string }) => a.entityRef),
      ).toEqual(['component:default/auth-service', 'component:default/cart']);
    });

    it('404s for a product that does not exist', async () => {
      const response = await request(server)
        .get(api('/products/default/nope/adoption'))
        .set('Authorization', as(ALICE));
      expect(response.status).toBe(404);
    });

    it('takes the respondent from the credentials, never from the body', async () => {
      const response = await request(server)
        .put(api('/entities/platformproduct/default/auth/survey/response'))
        .set('Authorization', as(ALICE))
        .send({ score: 9, comment: 'Great', userEntityRef: BOB, user: BOB });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        replaced: false,
        answer: { score: 9 },
      });

      const bobsView = await request(server)
        .get(api('/entities/platformproduct/default/auth/survey'))
        .set('Authorization', as(BOB));
      expect(bobsView.body.myAnswer).toBeNull();
      const alicesView = await request(server)
        .get(api('/entities/platformproduct/default/auth/survey'))
        .set('Authorization', as(ALICE));
      expect(alicesView.body.myAnswer).toMatchObject({
        score: 9,
        comment: 'Great',
      });
    });

    it('replaces a second answer in the same period', async () => {
      const put = (score: number) =>
        request(server)
          .put(api('/entities/platformproduct/default/data/survey/response'))
          .set('Authorization', as(ALICE))
          .send({ score });
      expect((await put(3)).body.replaced).toBe(false);
      expect((await put(10)).body.replaced).toBe(true);
      await request(server)
        .put(api('/entities/platformproduct/default/data/survey/response'))
        .set('Authorization', as(BOB))
        .send({ score: 6 });
      const summary = await request(server)
        .get(api('/entities/platformproduct/default/data/survey'))
        .set('Authorization', as(ALICE));
      expect(summary.body.current).toMatchObject({
        responses: 2,
        promoters: 1,
        detractors: 1,
        nps: 0,
      });
      expect(summary.body.myAnswer).toMatchObject({ score: 10 });
    });

    it('refuses survey answers from unauthenticated callers and services', async () => {
      const unauthenticated = await request(server)
        .put(api('/entities/platformproduct/default/auth/survey/response'))
        .send({ score: 9 });
      expect(unauthenticated.status).toBe(401);
      const service = await request(server)
        .put(api('/entities/platformproduct/default/auth/survey/response'))
        .set('Authorization', mockCredentials.service.header())
        .send({ score: 9 });
      expect(service.status).toBe(403);
    });

    it.each(
      reasonFirst([
        [{ score: 11 }, 'score must be a whole number from 0 to 10, got 11'],
        [{ score: 7.5 }, 'score must be a whole number'],
        [{ score: '9' }, 'score must be a whole number'],
        [{}, 'score must be a whole number'],
        [{ score: 9, comment: 42 }, 'comment must be a string'],
        [
          { score: 9, comment: 'x'.repeat(SURVEY_COMMENT_MAX_LENGTH + 1) },
          `comment must be at most ${SURVEY_COMMENT_MAX_LENGTH} characters`,
        ],
      ]),
    )('refuses a survey answer with 400: %s', async (reason, body) => {
      const response = await request(server)
        .put(api('/entities/platformproduct/default/auth/survey/response'))
        .set('Authorization', as(ALICE))
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(reason);
    });

    const point = (fields: Record<string, unknown> = {}) => ({
      entityRef: 'component:default/checkout',
      metric: 'lead-time-hours',
      timestamp: '2026-11-20T10:00:00Z',
      value: 30,
      ...fields,
    });

    it('ingests metric points from services and stores a repeated point once', async () => {
      const send = () =>
        request(server)
          .post(api('/metrics'))
          .set('Authorization', mockCredentials.service.header())
          .send({
            points: [
              point(),
              point({ timestamp: '2026-11-21T10:00:00Z', value: 20 }),
            ],
          });
      expect((await send()).body).toEqual({ accepted: 2 });
      expect((await send()).status).toBe(200);
      const series = await request(server)
        .get(
          api(
            '/entities/component/default/checkout/metrics/lead-time-hours?from=2026-11-01T00:00:00Z&to=2026-11-30T00:00:00Z',
          ),
        )
        .set('Authorization', as(ALICE));
      expect(series.body.points).toEqual([
        { timestamp: '2026-11-20T10:00:00.000Z', value: 30 },
        { timestamp: '2026-11-21T10:00:00.000Z', value: 20 },
      ]);
    });

    it('lets users push metrics only with platform-products.metrics.write', async () => {
      const push = (userRef: string) =>
        request(server)
          .post(api('/metrics'))
          .set('Authorization', as(userRef))
          .send({ points: [point({ timestamp: '2026-11-22T10:00:00Z' })] });
      expect((await push(ALICE)).status).toBe(403);
      expect((await push(METRICS_WRITER)).status).toBe(200);
      const unauthenticated = await request(server)
        .post(api('/metrics'))
        .send({ points: [point()] });
      expect(unauthenticated.status).toBe(401);
    });

    it.each(
      reasonFirst([
        [{ points: [] }, 'points must hold 1 to'],
        [
          { points: [point(), point({ value: 'fast' })] },
          'points[1].value must be a finite number',
        ],
        [
          { points: [point({ metric: 'Lead Time' })] },
          'points[0].metric must be lowercase',
        ],
        [
          { points: [point({ timestamp: '2026-11-20' })] },
          'points[0].timestamp must be an ISO 8601 time',
        ],
        [
          { points: [point({ entityRef: 'component:' })] },
          'points[0].entityRef "component:" is not an entity reference',
        ],
        [
          { points: [point({ entityRef: undefined })] },
          'points[0].entityRef must be a non-empty string',
        ],
        [[point()], 'The body must be an object with a list of points'],
      ]),
    )('refuses a metric batch with 400: %s', async (reason, body) => {
      const response = await request(server)
        .post(api('/metrics'))
        .set('Authorization', mockCredentials.service.header())
        .send(body);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(reason);
    });

    it('lists products with adoption, NPS, scorecard level and value', async () => {
      const response = await request(server)
        .get(api('/products'))
        .set('Authorization', as(ALICE));
      expect(response.status).toBe(200);
      expect(response.body.items.map((p: { name: string }) => p.name)).toEqual([
        'auth',
        'data',
      ]);
      const [auth] = response.body.items;
      expect(auth).toMatchObject({
        entityRef: 'platformproduct:default/auth',
        adoption: { adopters: 4, population: 5 },
        value: { costSavings: 4000 },
        scorecards: [
          { scorecardId: 'product-health', title: 'Product health' },
        ],
      });
      expect(auth.satisfaction).toMatchObject({ responses: 1, nps: 100 });
      expect(auth.sla).toBeUndefined();
      expect(response.body.items[1].sla).toEqual({
        status: 'no-data',
        objectives: 1,
      });
    });
  },
);
