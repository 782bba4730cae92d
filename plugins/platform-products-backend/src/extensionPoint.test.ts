import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { platformProductsChecksExtensionPoint } from '@paved-road/plugin-platform-products-node';
import request from 'supertest';
import { platformProductsPlugin } from './plugin';

// Another package adds a check type through the extension point, and scorecards use it.
const testChecksModule = createBackendModule({
  pluginId: 'platform-products',
  moduleId: 'test-checks',
  register(reg) {
    reg.registerInit({
      deps: { checks: platformProductsChecksExtensionPoint },
      async init({ checks }) {
        checks.addCheckType({
          type: 'name-length',
          description: 'The entity name is at most `max` characters long',
          parseParams: params => ({ max: Number(params.max ?? 10) }),
          evaluate: ({ entity, params }) => {
            const length = entity.metadata.name.length;
            const pass = length <= params.max;
            return {
              status: pass ? 'pass' : 'fail',
              score: pass ? 1 : 0,
              message: `The name has ${length} characters`,
              facts: { length },
            };
          },
        });
      },
    });
  },
});

describe('platformProductsChecksExtensionPoint', () => {
  it('lets a module add a check type that scorecards use', async () => {
    const { server } = await startTestBackend({
      features: [
        platformProductsPlugin,
        testChecksModule,
        mockServices.scheduler.factory({
          includeInitialDelayedTasksOnStartup: true,
        }),
        catalogServiceMock.factory({
          entities: [
            {
              apiVersion: 'backstage.io/v1alpha1',
              kind: 'Component',
              metadata: { name: 'a-very-long-name', namespace: 'default' },
              spec: {},
            },
          ],
        }),
        mockServices.rootConfig.factory({
          data: {
            platformProducts: {
              // Whole-catalog reads go through the mocked catalog service.
              catalogReads: 'catalog-service',
              scorecards: [
                {
                  id: 'naming',
                  title: 'Naming',
                  checks: [
                    { id: 'short', type: 'name-length', params: { max: 8 } },
                  ],
                },
              ],
            },
          },
        }),
      ],
    });
    const response = await request(server)
      .get(
        '/api/platform-products/entities/component/default/a-very-long-name/scorecards',
      )
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    expect(response.body.results[0].checks).toEqual([
      {
        checkId: 'short',
        status: 'fail',
        score: 0,
        message: 'The name has 16 characters',
        facts: { length: 16 },
      },
    ]);
  });

  it('refuses a check type registered twice', async () => {
    const duplicate = createBackendModule({
      pluginId: 'platform-products',
      moduleId: 'duplicate-checks',
      register(reg) {
        reg.registerInit({
          deps: { checks: platformProductsChecksExtensionPoint },
          async init({ checks }) {
            checks.addCheckType({
              type: 'annotation',
              description: 'Shadows the built-in one',
              parseParams: () => ({}),
              evaluate: () => ({
                status: 'pass',
                score: 1,
                message: '',
                facts: {},
              }),
            });
          },
        });
      },
    });
    await expect(
      startTestBackend({
        features: [
          platformProductsPlugin,
          duplicate,
          catalogServiceMock.factory({ entities: [] }),
        ],
      }),
    ).rejects.toThrow('Check type "annotation" is registered twice');
  });
});
