import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePlatformProducts from './index';

// A real catalog backend reading YAML files, with our module, on every available database.
jest.setTimeout(120_000);

const catalogYaml = `
apiVersion: backstage.io/v1alpha1
kind: Group
metadata: { name: identity }
spec: { type: team, children: [] }
---
apiVersion: backstage.io/v1alpha1
kind: User
metadata: { name: jane }
spec: { memberOf: [identity] }
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata: { name: identity }
spec: { owner: group:identity }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata: { name: auth-service }
spec: { type: service, lifecycle: production, owner: group:identity }
---
apiVersion: backstage.io/v1alpha1
kind: API
metadata: { name: auth-api }
spec: { type: openapi, lifecycle: production, owner: group:identity, definition: "openapi: 3.0.0" }
---
apiVersion: paved-road.io/v1alpha1
kind: PlatformProduct
metadata:
  name: auth-platform
  annotations:
    paved-road.io/sla-availability: "99.95%"
spec:
  type: service
  lifecycle: production
  owner: group:identity
  productManager: user:jane
  system: identity
  parts: [component:auth-service, api:auth-api]
  adoption: { target: 80% }
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout-service
  annotations:
    paved-road.io/sla-availability: "99.9"
spec: { type: service, lifecycle: production, owner: group:identity, dependsOn: [component:auth-service] }
---
apiVersion: paved-road.io/v1alpha1
kind: PlatformProduct
metadata: { name: product-without-owner }
spec: { type: service, lifecycle: production }
`;

function writeCatalog(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paved-road-catalog-'));
  const file = path.join(dir, 'catalog.yaml');
  fs.writeFileSync(file, catalogYaml);
  return file;
}

// Stop each backend before its database goes away at the end of the file.
const started: Array<{ stop(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(started.map(backend => backend.stop()));
});

async function startCatalog(
  databaseId: TestDatabaseId,
  databases: TestDatabases,
  strictAnnotations: boolean,
) {
  const knex = await databases.init(databaseId);
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModulePlatformProducts,
      mockServices.database.factory({ knex }),
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'API',
                  'System',
                  'Group',
                  'User',
                  'Location',
                  'PlatformProduct',
                ],
              },
            ],
            locations: [{ type: 'file', target: writeCatalog() }],
          },
          platformProducts: { strictAnnotations },
        },
      }),
    ],
  });
  started.push(backend);
  return backend.server;
}

async function entitiesOfKind(server: any, kind: string): Promise<Entity[]> {
  const response = await request(server)
    .get(`/api/catalog/entities/by-query?filter=kind=${kind}`)
    .set('Authorization', mockCredentials.user.header());
  expect(response.status).toBe(200);
  return response.body.items;
}

/** Waits until the catalog has processed the file: the good product carries its relations. */
async function waitForProcessing(server: any) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const [product] = await entitiesOfKind(server, 'platformproduct');
    if (product?.relations?.length) {
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error('the catalog did not process the test catalog in time');
}

async function validate(server: any, entity: object) {
  return request(server)
    .post('/api/catalog/validate-entity')
    .set('Authorization', mockCredentials.user.header())
    .send({ location: 'url:https://example.com/catalog-info.yaml', entity });
}

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'catalog with the platform-products module, on %p',
  databaseId => {
    it('accepts PlatformProducts, emits their relations, keeps entities with bad annotations (default mode)', async () => {
      const server = await startCatalog(databaseId, databases, false);
      await waitForProcessing(server);

      const products = await entitiesOfKind(server, 'platformproduct');
      expect(products.map(p => p.metadata.name)).toEqual(['auth-platform']);
      const relations = products[0].relations!.map(
        r => `${r.type} ${r.targetRef}`,
      );
      expect(relations.sort()).toEqual([
        'hasPart api:default/auth-api',
        'hasPart component:default/auth-service',
        'ownedBy group:default/identity',
        'partOf system:default/identity',
      ]);

      // The reverse relations land on the other side.
      const [service] = (await entitiesOfKind(server, 'component')).filter(
        e => e.metadata.name === 'auth-service',
      );
      expect(service.relations!.map(r => `${r.type} ${r.targetRef}`)).toEqual(
        expect.arrayContaining([
          'partOf platformproduct:default/auth-platform',
        ]),
      );
      const [group] = await entitiesOfKind(server, 'group');
      expect(group.relations!.map(r => `${r.type} ${r.targetRef}`)).toEqual(
        expect.arrayContaining([
          'ownerOf platformproduct:default/auth-platform',
        ]),
      );

      // A bad annotation does not cost the entity its place in the catalog.
      const components = await entitiesOfKind(server, 'component');
      expect(components.map(c => c.metadata.name).sort()).toEqual([
        'auth-service',
        'checkout-service',
      ]);
    });

    it('rejects entities with bad annotations in strict mode, naming the annotation', async () => {
      const server = await startCatalog(databaseId, databases, true);
      await waitForProcessing(server);

      const components = await entitiesOfKind(server, 'component');
      expect(components.map(c => c.metadata.name)).toEqual(['auth-service']);

      const response = await validate(server, {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'checkout-service',
          annotations: { 'paved-road.io/sla-availability': '99.9' },
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'identity' },
      });
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0].message).toContain(
        'component:default/checkout-service',
      );
      expect(response.body.errors[0].message).toContain(
        'paved-road.io/sla-availability',
      );
    });
  },
);

describe('validation of PlatformProduct entities through the catalog', () => {
  const product = (spec: object) => ({
    apiVersion: 'paved-road.io/v1alpha1',
    kind: 'PlatformProduct',
    metadata: { name: 'auth-platform' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'identity',
      ...spec,
    },
  });

  let server: any;
  beforeAll(async () => {
    server = await startCatalog('SQLITE_3', databases, false);
  });

  it('accepts a valid product', async () => {
    const response = await validate(
      server,
      product({ parts: ['component:a'] }),
    );
    expect(response.status).toBe(200);
  });

  it.each([
    [{ owner: undefined }, 'spec.owner is required'],
    [{ parts: 'component:auth-service' }, 'spec.parts must be a list'],
    [
      { parts: ['auth-service'] },
      'spec.parts[0] "auth-service" is not a valid entity reference',
    ],
    [
      { adoption: { target: 'eighty percent' } },
      'spec.adoption.target "eighty percent" is not valid',
    ],
    [{ value: { hourlyRate: -5 } }, 'spec.value.hourlyRate must be at least 0'],
    [{ colour: 'blue' }, 'spec.colour is not a known field'],
  ])('rejects spec %j with a message naming %s', async (spec, field) => {
    const response = await validate(server, product(spec));
    expect(response.status).toBe(400);
    expect(response.body.errors).toHaveLength(1);
    const error = response.body.errors[0];
    expect(error.message).toContain('platformproduct:default/auth-platform');
    expect(error.cause.message).toContain(field);
  });
});
