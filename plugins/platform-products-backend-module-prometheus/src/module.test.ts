import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  platformProductsSliSourcesExtensionPoint,
  SliSource,
} from '@paved-road/plugin-platform-products-node';
import { platformProductsModulePrometheus } from './module';

// Stands in for the platform-products plugin: it only collects the sources.
function collectingPlugin(received: SliSource[]) {
  return createBackendPlugin({
    pluginId: 'platform-products',
    register(env) {
      env.registerExtensionPoint(platformProductsSliSourcesExtensionPoint, {
        addSliSource: (...sources) => received.push(...sources),
      });
      env.registerInit({ deps: {}, async init() {} });
    },
  });
}

describe('platformProductsModulePrometheus', () => {
  it('adds the prometheus source with the configured instances', async () => {
    const received: SliSource[] = [];
    await startTestBackend({
      features: [
        collectingPlugin(received),
        platformProductsModulePrometheus,
        mockServices.rootConfig.factory({
          data: {
            platformProducts: {
              prometheus: {
                instances: [
                  { name: 'prod', baseUrl: 'http://prometheus:9090' },
                  { name: 'eu', baseUrl: 'http://prometheus-eu:9090' },
                ],
              },
            },
          },
        }),
      ],
    });
    expect(received.map(s => s.type)).toEqual(['prometheus']);
    expect(received[0].instances()).toEqual(['prod', 'eu']);
  });

  it('stops the backend at start-up on a config mistake, naming the instance and key', async () => {
    await expect(
      startTestBackend({
        features: [
          collectingPlugin([]),
          platformProductsModulePrometheus,
          mockServices.rootConfig.factory({
            data: {
              platformProducts: {
                prometheus: {
                  instances: [
                    {
                      name: 'prod',
                      baseUrl: 'http://prometheus:9090',
                      queries: {
                        latency: {
                          good: 'x[{{window}}]',
                          total: 'y[{{window}}]',
                        },
                      },
                    },
                  ],
                },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(
      'platformProducts.prometheus.instances[0] (prod).queries.latency.good does not use {{threshold}}',
    );
  });
});
