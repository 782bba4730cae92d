import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  BackstageUserPrincipal,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  EntityProductsResponse,
  ListProductsResponse,
} from '@paved-road/plugin-platform-products-common';
import request from 'supertest';
import { platformProductsPlugin } from '../plugin';
import { component, platformProduct } from '../testing/catalogEntities';

jest.setTimeout(60_000);

// shared-db is a part of both products: cart adopts both through it.
const entities: Entity[] = [
  platformProduct(
    'auth',
    {
      parts: ['api:auth-api', 'resource:shared-db'],
      adoption: { population: { kind: 'Component', 'spec.type': 'website' } },
    },
    { title: 'Authentication' },
  ),
  platformProduct(
    'data',
    { parts: ['resource:shared-db'], adoption: { target: '50%' } },
    { annotations: { 'paved-road.io/sla-availability': '99.9%' } },
  ),
  component('cart', 'team-a', [
    ['dependsOn', 'resource:default/shared-db'],
    ['consumesApi', 'api:default/auth-api'],
  ]),
  component('search', 'team-a', [], { 'paved-road.io/adopts': 'auth' }),
  component('legacy', 'team-a'),
];

const ALICE = 'user:default/alice';
/** Bob may not see the data product nor the legacy component. */
const BOB = 'user:default/bob';
const HIDDEN_FROM_BOB = [
  'platformproduct:default/data',
  'component:default/legacy',
];

/** The in-memory catalog, hiding some entities from Bob as a permission policy would. */
const catalogHidingFromBob = createServiceFactory({
  service: catalogServiceRef,
  deps: {},
  factory() {
    const catalog = catalogServiceMock({ entities });
    const getEntitiesByRefs = catalog.getEntitiesByRefs.bind(catalog);
    catalog.getEntitiesByRefs = async (req, options) => {
      // The plugin always passes credentials; the mock's type also allows a token.
      const { credentials } = options as { credentials: BackstageCredentials };
      const principal =
        credentials.principal as Partial<BackstageUserPrincipal>;
      if (principal.userEntityRef !== BOB) {
        return getEntitiesByRefs(req, options);
      }
      const entityRefs = req.entityRefs.map(ref =>
        HIDDEN_FROM_BOB.includes(ref.toLowerCase())
          ? 'component:default/none'
          : ref,
      );
      return getEntitiesByRefs({ ...req, entityRefs }, options);
    };
    return catalog;
  },
});

// The adoption task reads the whole catalog through the mocked catalog service.
const readsThroughCatalogService = mockServices.rootConfig.factory({
  data: { platformProducts: { catalogReads: 'catalog-service' } },
});

const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

describe.each(databases.eachSupportedId())(
  'adopted product routes on %p',
  databaseId => {
    let server: any;
    const as = (userRef: string) => mockCredentials.user.header(userRef);
    const get = (path: string, userRef = ALICE) =>
      request(server)
        .get(`/api/platform-products${path}`)
        .set('Authorization', as(userRef));

    beforeAll(async () => {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          platformProductsPlugin,
          catalogHidingFromBob,
          readsThroughCatalogService,
          mockServices.database.factory({ knex }),
          mockServices.scheduler.factory({
            includeInitialDelayedTasksOnStartup: true,
          }),
          mockServices.httpAuth.factory({
            defaultCredentials: mockCredentials.none(),
          }),
        ],
      });
      server = backend.server;
      // The adoption snapshot the route reads from, as the scheduled task writes it.
      await get('/products');
    });

    it('lists the products an entity adopts, how, with their figures, by title', async () => {
      const response = await get('/entities/component/default/cart/products');
      expect(response.status).toBe(200);
      const body = response.body as EntityProductsResponse;
      expect(body.entityRef).toBe('component:default/cart');
      expect(body.items).toEqual([
        {
          productRef: 'platformproduct:default/auth',
          title: 'Authentication',
          via: [
            { method: 'dependsOn', targetRef: 'resource:default/shared-db' },
            { method: 'consumesApi', targetRef: 'api:default/auth-api' },
          ],
          // auth's population is websites: cart adopts it without counting.
          inPopulation: false,
          adoption: expect.objectContaining({ adopters: 0, population: 0 }),
          satisfaction: null,
        },
        {
          productRef: 'platformproduct:default/data',
          via: [
            { method: 'dependsOn', targetRef: 'resource:default/shared-db' },
          ],
          inPopulation: true,
          adoption: expect.objectContaining({
            adopters: 1,
            population: 3,
            target: 0.5,
            belowTarget: true,
          }),
          satisfaction: null,
          sla: { status: 'no-data', objectives: 1 },
        },
      ]);
    });

    it('answers in any case of the path, and names the annotation as the way', async () => {
      const response = await get('/entities/Component/default/Search/products');
      expect(response.status).toBe(200);
      expect(response.body.items).toEqual([
        expect.objectContaining({
          productRef: 'platformproduct:default/auth',
          via: [
            { method: 'annotation', targetRef: 'platformproduct:default/auth' },
          ],
        }),
      ]);
    });

    it('answers an empty list for an entity that adopts nothing', async () => {
      const response = await get('/entities/component/default/legacy/products');
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        entityRef: 'component:default/legacy',
        items: [],
      });
    });

    it('names only the products the caller may see', async () => {
      const response = await get(
        '/entities/component/default/cart/products',
        BOB,
      );
      expect(response.status).toBe(200);
      expect(
        response.body.items.map((p: { productRef: string }) => p.productRef),
      ).toEqual(['platformproduct:default/auth']);
    });

    it('404s for an entity that does not exist or the caller may not see', async () => {
      const unknown = await get('/entities/component/default/nope/products');
      expect(unknown.status).toBe(404);
      const hidden = await get(
        '/entities/component/default/legacy/products',
        BOB,
      );
      expect(hidden.status).toBe(404);
    });

    it('401s without credentials', async () => {
      const response = await request(server).get(
        '/api/platform-products/entities/component/default/cart/products',
      );
      expect(response.status).toBe(401);
    });

    it.each([
      ['kind', '/entities/com-ponent/default/cart/products'],
      ['namespace', '/entities/component/-default/cart/products'],
      ['name', `/entities/component/default/${'x'.repeat(64)}/products`],
    ])('400s naming the path parameter %s', async (field, path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toContain(`Path parameter ${field} `);
    });

    it('lists products with their adoption history for the sparklines', async () => {
      const response = await get('/products');
      const body = response.body as ListProductsResponse;
      const today = new Date().toISOString().slice(0, 10);
      expect(body.items.map(p => p.adoption?.history)).toEqual([
        [expect.objectContaining({ day: today, adopters: 0, population: 0 })],
        [expect.objectContaining({ day: today, adopters: 1, population: 3 })],
      ]);
    });
  },
);

describe('adopted product routes before the first adoption run', () => {
  it('takes the snapshot rather than answering that the entity adopts nothing', async () => {
    const backend = await startTestBackend({
      features: [
        platformProductsPlugin,
        catalogServiceMock.factory({ entities }),
        readsThroughCatalogService,
        // No scheduled task runs: nothing has been snapshotted.
        mockServices.scheduler.factory(),
      ],
    });
    const response = await request(backend.server)
      .get('/api/platform-products/entities/component/default/search/products')
      .set('Authorization', mockCredentials.user.header(ALICE));
    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      expect.objectContaining({ productRef: 'platformproduct:default/auth' }),
    ]);
    await backend.stop();
  });
});
