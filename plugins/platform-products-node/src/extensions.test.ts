import {
  createBackendModule,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import { ScorecardCheckType } from './checks';
import { platformProductsChecksExtensionPoint } from './extensions';

// The contract between the platform-products plugin and modules that add check types:
// a module of pluginId platform-products gets the extension point and hands over types
// that the plugin can parse and evaluate.
describe('platformProductsChecksExtensionPoint', () => {
  it('carries check types from a module to the plugin that registers it', async () => {
    const received: ScorecardCheckType<any>[] = [];
    const plugin = createBackendPlugin({
      pluginId: 'platform-products',
      register(env) {
        env.registerExtensionPoint(platformProductsChecksExtensionPoint, {
          addCheckType: (...types) => received.push(...types),
        });
        env.registerInit({ deps: {}, async init() {} });
      },
    });
    const module = createBackendModule({
      pluginId: 'platform-products',
      moduleId: 'has-title',
      register(reg) {
        reg.registerInit({
          deps: { checks: platformProductsChecksExtensionPoint },
          async init({ checks }) {
            checks.addCheckType({
              type: 'has-title',
              description: 'The entity has a title',
              parseParams: () => ({}),
              evaluate: ({ entity }) =>
                entity.metadata.title
                  ? {
                      status: 'pass',
                      score: 1,
                      message: 'Has a title',
                      facts: {},
                    }
                  : {
                      status: 'fail',
                      score: 0,
                      message: 'No title',
                      facts: {},
                    },
            });
          },
        });
      },
    });

    await startTestBackend({ features: [plugin, module] });

    expect(received.map(t => t.type)).toEqual(['has-title']);
    const outcome = await received[0].evaluate({
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'a' },
      },
      params: received[0].parseParams({}),
      now: new Date(),
    });
    expect(outcome).toEqual({
      status: 'fail',
      score: 0,
      message: 'No title',
      facts: {},
    });
  });

  it('cannot be used by a module of another plugin', async () => {
    const module = createBackendModule({
      pluginId: 'catalog',
      moduleId: 'misplaced-checks',
      register(reg) {
        reg.registerInit({
          deps: { checks: platformProductsChecksExtensionPoint },
          async init() {},
        });
      },
    });
    await expect(startTestBackend({ features: [module] })).rejects.toThrow(
      /platform-products\.checks/,
    );
  });
});
