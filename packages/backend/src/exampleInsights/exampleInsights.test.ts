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
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModulePlatformProducts from '@paved-road/plugin-catalog-backend-module-platform-products';
import platformProductsPlugin from '@paved-road/plugin-platform-products-backend';
import {
  ListProductsResponse,
  ProductAdoptionResponse,
  SurveySummaryResponse,
} from '@paved-road/plugin-platform-products-common';
import { exampleInsightsModule } from './exampleInsightsModule';

// The dev backend's Paved Road on the real examples catalog, through the HTTP API.
jest.setTimeout(180_000);

const root = path.resolve(__dirname, '../../../..');
const appConfig = new ConfigReader(
  parseAllDocuments(
    fs.readFileSync(path.join(root, 'app-config.yaml'), 'utf8'),
  )[0].toJS(),
);

describe('the examples through the insights API', () => {
  let server: any;
  let stop: () => Promise<void>;
  const get = (p: string) =>
    request(server)
      .get(`/api/platform-products${p}`)
      .set('Authorization', mockCredentials.user.header());

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModulePlatformProducts,
        platformProductsPlugin,
        exampleInsightsModule,
        // The adoption task must not run before the catalog has read the examples.
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: appConfig.get('catalog.rules'),
              locations: [
                { type: 'file', target: path.join(root, 'examples/all.yaml') },
              ],
            },
          },
        }),
      ],
    });
    server = backend.server;
    stop = () => backend.stop();
    // Until the catalog has processed every entity and emitted the relations.
    for (let attempt = 0; attempt < 600; attempt++) {
      const response = await request(server)
        .get(
          '/api/catalog/entities/by-query?limit=1&filter=kind=component,relations.dependsOn=component:default/pipeline-templates',
        )
        .set('Authorization', mockCredentials.user.header());
      const all = await request(server)
        .get(
          '/api/catalog/entities/by-query?limit=1&filter=kind=platformproduct',
        )
        .set('Authorization', mockCredentials.user.header());
      if (response.body.totalItems > 0 && all.body.totalItems === 6) {
        break;
      }
      await new Promise(resolve => setTimeout(resolve, 250));
    }
    // Let the last entities' relations settle.
    await new Promise(resolve => setTimeout(resolve, 3000));
  });

  afterAll(async () => {
    await stop?.();
  });

  it('shows the documented adoption of every product, one below target', async () => {
    const response = await get('/products');
    expect(response.status).toBe(200);
    const body = response.body as ListProductsResponse;
    const figures = Object.fromEntries(
      body.items.map(p => [
        p.name,
        [
          p.adoption?.adopters,
          p.adoption?.population,
          p.adoption?.target,
          p.adoption?.belowTarget,
        ],
      ]),
    );
    // examples/README.md, "The products and their adoption".
    expect(figures).toEqual({
      'auth-platform': [17, 20, 0.8, false],
      'payments-platform': [4, 5, 0.75, false],
      'cicd-paved-road': [24, 33, 0.7, false],
      'design-system': [4, 6, 0.6, false],
      'experimentation-platform': [3, 12, 0.5, true],
      'cloud-landing-zone': [8, 10, 0.75, false],
    });
    const auth = body.items.find(p => p.name === 'auth-platform')!;
    expect(auth.value).toMatchObject({ hoursSaved: 17 * 120 });
    expect(auth.satisfaction?.responses).toBeGreaterThan(5);
  });

  it('lists adopters with how they adopt, teams, and time-to-market', async () => {
    const response = await get('/products/default/cicd-paved-road/adoption');
    const body = response.body as ProductAdoptionResponse;
    expect(
      new Set(body.adopters.flatMap(a => a.via.map(v => v.method))),
    ).toEqual(new Set(['dependsOn', 'annotation']));
    expect(body.summary.teamsAdopting).toBeGreaterThan(3);
    expect(body.summary.teamsAdopting).toBeLessThan(body.summary.teamsTotal);
    expect(body.timeToMarket).toMatchObject({
      metric: 'lead-time-hours',
      baseline: 72,
    });
    expect(body.timeToMarket!.adopters.median!).toBeLessThan(
      body.timeToMarket!.nonAdopters.median!,
    );
  });

  it('seeds survey answers that give an NPS with history', async () => {
    const response = await get(
      '/entities/platformproduct/default/auth-platform/survey',
    );
    const body = response.body as SurveySummaryResponse;
    expect(body.history.length).toBeGreaterThanOrEqual(4);
    expect(body.current.nps).not.toBeNull();
    expect(body.recentComments[0].comment).toMatch(/^EXAMPLE/);
  });
});
