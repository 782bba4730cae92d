import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import express from 'express';
import { AddressInfo } from 'node:net';
import { Server } from 'node:http';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createUncompressedCatalogReader,
  readCatalogReader,
} from './catalogReader';

const component = (name: string) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name },
});

describe('createUncompressedCatalogReader', () => {
  let server: Server;
  let baseUrl: string;
  const requests: Array<{ headers: Record<string, unknown>; query: unknown }> =
    [];

  beforeAll(async () => {
    const app = express();
    // Two pages, as the catalog pages with a cursor.
    app.get('/api/catalog/entities/by-query', (req, res) => {
      requests.push({ headers: req.headers, query: req.query });
      if (req.query.cursor === 'page-2') {
        res.json({ items: [component('c')], pageInfo: {} });
      } else {
        res.json({
          items: [component('a'), component('b')],
          pageInfo: { nextCursor: 'page-2' },
        });
      }
    });
    server = await new Promise<Server>(resolve => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>(resolve => server.close(() => resolve())));

  it('reads every page without compression, with a token on behalf of the caller', async () => {
    const reader = createUncompressedCatalogReader({
      auth: mockServices.auth(),
      discovery: {
        getBaseUrl: async pluginId => `${baseUrl}/api/${pluginId}`,
        getExternalBaseUrl: async pluginId => `${baseUrl}/api/${pluginId}`,
      },
    });

    const names: string[] = [];
    for await (const page of reader.streamEntities(
      { filter: { kind: 'Component' }, pageSize: 2 },
      { credentials: mockCredentials.service('plugin:platform-products') },
    )) {
      names.push(...page.map(entity => entity.metadata.name));
    }

    expect(names).toEqual(['a', 'b', 'c']);
    expect(requests).toHaveLength(2);
    for (const { headers } of requests) {
      expect(headers['accept-encoding']).toBe('identity');
      expect(headers.authorization).toBe(
        mockCredentials.service.header({
          onBehalfOf: mockCredentials.service('plugin:platform-products'),
          targetPluginId: 'catalog',
        }),
      );
    }
    expect(requests[0].query).toMatchObject({ filter: 'kind=Component' });
  });
});

describe('readCatalogReader', () => {
  const options = (catalogReads?: string) => ({
    config: mockServices.rootConfig({
      data: { platformProducts: { catalogReads } },
    }),
    catalog: catalogServiceMock(),
    auth: mockServices.auth(),
    discovery: mockServices.discovery(),
  });

  it('reads uncompressed pages unless told to use the catalog service', () => {
    expect(readCatalogReader(options())).not.toBe(options().catalog);
    const catalogService = options('catalog-service');
    expect(readCatalogReader(catalogService)).toBe(catalogService.catalog);
  });

  it('names the key and the choices of a value it does not know', () => {
    expect(() => readCatalogReader(options('gzip'))).toThrow(
      'platformProducts.catalogReads must be one of uncompressed, catalog-service, got "gzip"',
    );
  });
});
