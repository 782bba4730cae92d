import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parseAllDocuments } from 'yaml';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePlatformProducts from '@paved-road/plugin-catalog-backend-module-platform-products';

// The dev backend's catalog, as app-config.yaml configures it, loading examples/ for real.
jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../../..');
const examples = path.join(root, 'examples');
const appConfig = new ConfigReader(
  parseAllDocuments(
    fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
  )[0].toJS(),
);

function readEntities(file: string): Entity[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => doc.toJS())
    .filter(Boolean);
}

/** Every entity the examples define: the Location in all.yaml and its targets. */
function exampleEntities(): Entity[] {
  const [location] = readEntities(path.join(examples, 'all.yaml'));
  const targets: string[] = location.spec!.targets as string[];
  return [
    location,
    ...targets.flatMap(target => readEntities(path.join(examples, target))),
  ];
}

// Stop each backend before its database goes away at the end of the file.
const started: Array<{ stop(): Promise<void> }> = [];
afterAll(async () => {
  await Promise.all(started.map(backend => backend.stop()));
});

async function startCatalog(options: {
  location: string;
  strictAnnotations: boolean;
}) {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModulePlatformProducts,
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: appConfig.get('catalog.rules'),
            locations: [{ type: 'file', target: options.location }],
          },
          platformProducts: { strictAnnotations: options.strictAnnotations },
        },
      }),
    ],
  });
  started.push(backend);
  return backend.server;
}

async function catalogRefs(server: any): Promise<string[]> {
  const response = await request(server)
    .get(
      '/api/catalog/entities/by-query?limit=1000&fields=kind,metadata.name,metadata.namespace',
    )
    .set('Authorization', mockCredentials.user.header());
  expect(response.status).toBe(200);
  return response.body.items.map((e: Entity) => stringifyEntityRef(e)).sort();
}

async function waitForRefs(server: any, count: number): Promise<string[]> {
  let refs: string[] = [];
  for (let attempt = 0; attempt < 400 && refs.length < count; attempt++) {
    await new Promise(resolve => setTimeout(resolve, 250));
    refs = await catalogRefs(server);
  }
  return refs;
}

describe('the examples catalog', () => {
  it('loads every example entity, with the PlatformProducts and their relations', async () => {
    const expected = exampleEntities();
    expect(expected.filter(e => e.kind === 'PlatformProduct')).toHaveLength(6);
    // The file location itself is an entity too.
    const location = path.join(examples, 'all.yaml');
    const server = await startCatalog({ location, strictAnnotations: true });

    const refs = await waitForRefs(server, expected.length + 1);
    expect(refs).toEqual(
      expect.arrayContaining(expected.map(e => stringifyEntityRef(e))),
    );
    expect(refs).toHaveLength(expected.length + 1);

    const response = await request(server)
      .get('/api/catalog/entities/by-query?filter=kind=platformproduct')
      .set('Authorization', mockCredentials.user.header());
    for (const product of response.body.items as Entity[]) {
      const types = new Set(product.relations!.map(r => r.type));
      expect({ name: product.metadata.name, types: [...types].sort() }).toEqual(
        {
          name: product.metadata.name,
          types: ['hasPart', 'ownedBy', 'partOf'],
        },
      );
    }
  });
});

describe('the broken examples', () => {
  const file = path.join(examples, 'broken', 'broken-entities.yaml');
  // Each broken entity says, in a comment, the error it gives: "# Error: <message>".
  // The messages are documentation, so they are checked here against the real ones.
  const broken = parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .filter(doc => doc.contents)
    .map(doc => ({
      entity: doc.toJS() as Entity,
      error:
        /Error:\s+(.*)/.exec(
          `${doc.commentBefore}\n${(doc.contents as any)?.commentBefore}`,
        )?.[1] ?? '',
    }));
  const badProducts = broken
    .filter(b => b.entity.kind === 'PlatformProduct')
    .map(b => b.entity);
  const badAnnotations = broken
    .filter(b => b.entity.kind !== 'PlatformProduct')
    .map(b => b.entity);
  const documentedError = (entity: Entity) =>
    broken.find(b => b.entity === entity)!.error;

  async function validate(server: any, entity: Entity) {
    return request(server)
      .post('/api/catalog/validate-entity')
      .set('Authorization', mockCredentials.user.header())
      .send({
        location: 'url:https://example.com/broken-entities.yaml',
        entity,
      });
  }

  it('has both kinds of problem', () => {
    expect(badProducts.length).toBeGreaterThanOrEqual(5);
    expect(badAnnotations.length).toBeGreaterThanOrEqual(9);
  });

  it('default mode: rejects each invalid product with one error; keeps entities whose only problem is an annotation', async () => {
    const server = await startCatalog({
      location: file,
      strictAnnotations: false,
    });
    // Entities that reference the rest of the examples are fine without them: refs are not checked.
    const refs = await waitForRefs(server, badAnnotations.length + 1);
    expect(refs).toEqual(
      expect.arrayContaining(badAnnotations.map(e => stringifyEntityRef(e))),
    );
    expect(refs.filter(r => r.startsWith('platformproduct:'))).toEqual([]);

    for (const product of badProducts) {
      const response = await validate(server, product);
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveLength(1);
      const { message, cause } = response.body.errors[0];
      expect(message).toContain(
        `platformproduct:default/${product.metadata.name}`,
      );
      expect(documentedError(product)).toBe(
        `rejected by the catalog: "${cause.message}"`,
      );
    }
  });

  it('strict mode: rejects each entity with a bad annotation, naming the annotation', async () => {
    const server = await startCatalog({
      location: file,
      strictAnnotations: true,
    });
    for (const entity of badAnnotations) {
      const response = await validate(server, entity);
      expect(response.status).toBe(400);
      expect(response.body.errors).toHaveLength(1);
      expect(response.body.errors[0].message).toBe(
        `Entity ${stringifyEntityRef(
          entity,
        )} has a malformed annotation: ${documentedError(entity)}`,
      );
    }
  });
});
