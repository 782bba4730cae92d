import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { platformProductsPlugin } from './plugin';

jest.setTimeout(60_000);

// As the catalog has them: the tree in spec (children of one, parent of the other) and the
// relations it derives from it.
const group = (
  name: string,
  spec: { parent?: string; children: string[] },
  relations: Entity['relations'],
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', ...spec },
  relations,
});

const entities: Entity[] = [
  group('engineering', { children: [] }, [
    { type: 'parentOf', targetRef: 'group:default/checkout-team' },
  ]),
  group('checkout-team', { parent: 'engineering', children: [] }, [
    { type: 'childOf', targetRef: 'group:default/engineering' },
  ]),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'shop', namespace: 'default' },
    spec: { owner: 'engineering', domain: 'commerce' },
    relations: [{ type: 'partOf', targetRef: 'domain:default/commerce' }],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'commerce', namespace: 'default' },
    spec: { owner: 'engineering' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'checkout',
      namespace: 'default',
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'paved-road.io/waive.basics.has-runbook': '2099-01-01: being written',
      },
    },
    spec: { type: 'service', owner: 'checkout-team', system: 'shop' },
    relations: [
      { type: 'ownedBy', targetRef: 'group:default/checkout-team' },
      { type: 'partOf', targetRef: 'system:default/shop' },
    ],
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'legacy', namespace: 'default' },
    spec: { type: 'service', owner: 'engineering' },
    relations: [{ type: 'ownedBy', targetRef: 'group:default/engineering' }],
  },
];

const scorecards = [
  {
    id: 'basics',
    title: 'Basics',
    filter: { kind: 'Component' },
    levels: [
      { name: 'Bronze', score: 50 },
      { name: 'Gold', score: 100 },
    ],
    checks: [
      {
        id: 'has-docs',
        type: 'annotation',
        params: { key: 'backstage.io/techdocs-ref' },
      },
      {
        id: 'has-runbook',
        type: 'annotation',
        params: { key: 'example.com/runbook' },
      },
    ],
  },
];

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

// A user whom the permission policy denies reading the checkout component.
const OUTSIDER = 'user:default/outsider';

describe.each(databases.eachSupportedId())(
  'platform-products plugin on %p',
  databaseId => {
    let server: any;
    const user = () => mockCredentials.user.header();

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          platformProductsPlugin,
          catalogServiceMock.factory({ entities }),
          mockServices.database.factory({ knex }),
          // Runs the evaluation task once at start-up, despite its initial delay.
          mockServices.scheduler.factory({
            includeInitialDelayedTasksOnStartup: true,
          }),
          // Requests without a token are unauthenticated, as in a real backend.
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
          mockServices.rootConfig.factory({
            data: {
              platformProducts: {
                scorecards,
                // Whole-catalog reads go through the mocked catalog service.
                catalogReads: 'catalog-service',
              },
            },
          }),
          mockServices.permissions.mock({
            authorize: async (requests, { credentials }) =>
              requests.map(r => ({
                result:
                  (credentials.principal as any).userEntityRef === OUTSIDER &&
                  'resourceRef' in r &&
                  r.resourceRef === 'component:default/checkout'
                    ? AuthorizeResult.DENY
                    : AuthorizeResult.ALLOW,
              })),
          }).factory,
        ],
      });
      server = backend.server;
    });

    const get = (path: string) =>
      request(server)
        .get(`/api/platform-products${path}`)
        .set('Authorization', user());

    it('answers health checks without credentials', async () => {
      const response = await request(server).get(
        '/api/platform-products/health',
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ status: 'ok' });
    });

    it('refuses unauthenticated calls', async () => {
      const response = await request(server).get(
        '/api/platform-products/scorecards/basics/results',
      );
      expect(response.status).toBe(401);
    });

    it('lists the scorecard definitions', async () => {
      const response = await get('/scorecards');
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({ id: 'basics', title: 'Basics' }),
      ]);
      expect(response.body.items[0].checks.map((c: any) => c.id)).toEqual([
        'has-docs',
        'has-runbook',
      ]);
    });

    it('evaluated every matching entity at start-up, with waivers and levels', async () => {
      const response = await get(
        '/entities/component/default/checkout/scorecards',
      );
      expect(response.status).toBe(200);
      expect(response.body.entityRef).toBe('component:default/checkout');
      const [result] = response.body.results;
      expect(result).toMatchObject({
        scorecardId: 'basics',
        score: 100,
        level: 'Gold',
        ownerRef: 'group:default/checkout-team',
        systemRef: 'system:default/shop',
      });
      expect(result.checks).toEqual([
        expect.objectContaining({ checkId: 'has-docs', status: 'pass' }),
        expect.objectContaining({
          checkId: 'has-runbook',
          status: 'waived',
          waiver: {
            until: '2099-01-01',
            reason: 'being written',
            expired: false,
          },
        }),
      ]);

      const legacy = await get('/entities/component/default/legacy/scorecards');
      expect(legacy.body.results[0]).toMatchObject({ score: 0, level: null });

      // A group is not a Component: no scorecard applies.
      const team = await get(
        '/entities/group/default/checkout-team/scorecards',
      );
      expect(team.body.results).toEqual([]);
    });

    it('re-evaluates one entity on demand', async () => {
      const response = await request(server)
        .post(
          '/api/platform-products/entities/component/default/legacy/scorecards/refresh',
        )
        .set('Authorization', user());
      expect(response.status).toBe(200);
      expect(response.body.results).toEqual([
        expect.objectContaining({ scorecardId: 'basics', score: 0 }),
      ]);
    });

    it('returns 404 for results the permission policy hides from the caller', async () => {
      const path =
        '/api/platform-products/entities/component/default/checkout/scorecards';
      const hidden = await request(server)
        .get(path)
        .set('Authorization', mockCredentials.user.header(OUTSIDER));
      expect(hidden.status).toBe(404);
      const other = await request(server)
        .get(path.replace('checkout', 'legacy'))
        .set('Authorization', mockCredentials.user.header(OUTSIDER));
      expect(other.status).toBe(200);
      expect(other.body.results).toHaveLength(1);
    });

    it.each([
      ['kind', '/entities/com-ponent/default/checkout/scorecards'],
      ['namespace', '/entities/component/-default/checkout/scorecards'],
      ['name', `/entities/component/default/${'x'.repeat(64)}/scorecards`],
    ])(
      'rejects a path whose %s cannot name an entity with a 400',
      async (part, path) => {
        const response = await get(path);
        expect(response.status).toBe(400);
        expect(response.body.error.message).toContain(
          `Path parameter ${part} `,
        );
      },
    );

    it('returns 404 for an entity the catalog does not have, and an unknown scorecard', async () => {
      expect(
        (await get('/entities/component/default/nope/scorecards')).status,
      ).toBe(404);
      expect((await get('/scorecards/nope/results')).status).toBe(404);
    });

    it('lists results across entities, filtered and paged', async () => {
      const all = await get(
        '/scorecards/basics/results?orderBy=score&order=desc',
      );
      expect(all.status).toBe(200);
      expect(all.body.totalItems).toBe(2);
      expect(all.body.items.map((r: any) => r.entityRef)).toEqual([
        'component:default/checkout',
        'component:default/legacy',
      ]);

      const page = await get(
        '/scorecards/basics/results?orderBy=score&order=desc&limit=1&offset=1',
      );
      expect(page.body).toMatchObject({ totalItems: 2, limit: 1, offset: 1 });
      expect(page.body.items.map((r: any) => r.entityRef)).toEqual([
        'component:default/legacy',
      ]);

      const byOwner = await get(
        '/scorecards/basics/results?owner=checkout-team',
      );
      expect(byOwner.body.items.map((r: any) => r.entityRef)).toEqual([
        'component:default/checkout',
      ]);
      const byLevel = await get('/scorecards/basics/results?level=none');
      expect(byLevel.body.items.map((r: any) => r.entityRef)).toEqual([
        'component:default/legacy',
      ]);
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=abc', 'limit'],
      ['offset=-1', 'offset'],
      ['level=Platinum', 'level'],
      ['orderBy=name', 'orderBy'],
      ['order=up', 'order'],
      ['owner=group:', 'owner'],
      ['limit=1&limit=2', 'limit'],
    ])('rejects ?%s with a 400 naming %s', async (query, param) => {
      const response = await get(`/scorecards/basics/results?${query}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(param);
    });

    it('rolls up a group with its descendant groups', async () => {
      const response = await get('/rollups/group/default/engineering');
      expect(response.status).toBe(200);
      expect(response.body.ownerRefs.sort()).toEqual([
        'group:default/checkout-team',
        'group:default/engineering',
      ]);
      expect(response.body.rollups).toEqual([
        expect.objectContaining({
          scorecardId: 'basics',
          title: 'Basics',
          entities: 2,
          meanScore: 50,
          levels: { Gold: 1, none: 1 },
        }),
      ]);
      expect(response.body.rollups[0].worstChecks[0]).toEqual({
        checkId: 'has-docs',
        failing: 1,
        total: 2,
      });
    });

    it('rolls up a system and a domain', async () => {
      const system = await get('/rollups/system/default/shop');
      expect(system.body.rollups).toEqual([
        expect.objectContaining({ entities: 1, meanScore: 100 }),
      ]);
      const domain = await get('/rollups/domain/default/commerce');
      expect(domain.body.systemRefs).toEqual(['system:default/shop']);
      expect(domain.body.rollups).toEqual([
        expect.objectContaining({ entities: 1, meanScore: 100 }),
      ]);
      const component = await get('/rollups/component/default/checkout');
      expect(component.status).toBe(400);
    });

    it('keeps history per entity and per group', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const entity = await get(
        '/scorecards/basics/history?entityRef=component:default/checkout',
      );
      expect(entity.status).toBe(200);
      expect(entity.body.points).toEqual([
        { day: today, meanScore: 100, entities: 1 },
      ]);
      const team = await get(
        '/scorecards/basics/history?entityRef=group:default/engineering',
      );
      expect(team.body.points).toEqual([
        { day: today, meanScore: 50, entities: 2 },
      ]);

      expect((await get('/scorecards/basics/history')).status).toBe(400);
      expect(
        (
          await get(
            '/scorecards/basics/history?entityRef=component:default/checkout&from=2026-02-30',
          )
        ).status,
      ).toBe(400);
    });
  },
);

describe.each(databases.eachSupportedId())(
  'platform-products plugin restarted on %p',
  databaseId => {
    it('serves the persisted results after a restart, without evaluating again', async () => {
      const knex = await databases.init(databaseId);
      const start = (evaluateOnStartup: boolean, catalog: Entity[]) =>
        startTestBackend({
          features: [
            platformProductsPlugin,
            catalogServiceMock.factory({ entities: catalog }),
            mockServices.database.factory({ knex }),
            mockServices.scheduler.factory({
              includeInitialDelayedTasksOnStartup: true,
              skipTaskRunOnStartup: !evaluateOnStartup,
            }),
            mockServices.rootConfig.factory({
              data: {
                platformProducts: {
                  scorecards,
                  // Whole-catalog reads go through the mocked catalog service.
                  catalogReads: 'catalog-service',
                },
              },
            }),
          ],
        });
      const first = await start(true, entities);
      await first.stop();

      // Were it evaluated again, checkout would lose its docs check (score 50).
      const withoutDocs = entities.map(e =>
        e.metadata.name === 'checkout'
          ? {
              ...e,
              metadata: {
                ...e.metadata,
                annotations: {
                  'paved-road.io/waive.basics.has-runbook':
                    '2099-01-01: being written',
                },
              },
            }
          : e,
      );
      const second = await start(false, withoutDocs);
      const response = await request(second.server)
        .get(
          '/api/platform-products/entities/component/default/checkout/scorecards',
        )
        .set('Authorization', mockCredentials.user.header());
      expect(response.body.results).toEqual([
        expect.objectContaining({
          scorecardId: 'basics',
          score: 100,
          level: 'Gold',
        }),
      ]);
      await second.stop();
    });
  },
);

describe('platform-products plugin start-up', () => {
  it('refuses to start with a scorecard it cannot evaluate, naming scorecard and check', async () => {
    await expect(
      startTestBackend({
        features: [
          platformProductsPlugin,
          catalogServiceMock.factory({ entities: [] }),
          mockServices.rootConfig.factory({
            data: {
              platformProducts: {
                // Whole-catalog reads go through the mocked catalog service.
                catalogReads: 'catalog-service',
                scorecards: [
                  {
                    id: 'basics',
                    title: 'Basics',
                    checks: [{ id: 'has-docs', type: 'anotation' }],
                  },
                ],
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'Scorecard "basics", check "has-docs": unknown check type "anotation"',
    );
  });
});
