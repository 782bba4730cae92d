import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { platformProductsSliSourcesExtensionPoint } from '@paved-road/plugin-platform-products-node';
import {
  INSTANCES_KEY,
  readPrometheusInstances,
} from './config/readPrometheusInstances';
import { PrometheusSliSource } from './PrometheusSliSource';

/**
 * Adds the SLI source `prometheus` to the platform-products plugin, for
 * entities annotated `paved-road.io/sla-source: prometheus:<instance>`.
 *
 * @public
 */
export const platformProductsModulePrometheus = createBackendModule({
  pluginId: 'platform-products',
  moduleId: 'prometheus',
  register(reg) {
    reg.registerInit({
      deps: {
        sliSources: platformProductsSliSourcesExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ sliSources, config, logger }) {
        // Read here, so that a config mistake stops the backend at start-up.
        const instances = readPrometheusInstances(config);
        if (instances.length === 0) {
          // Still registered: an entity that names an instance is then told
          // that none is configured, instead of that no source is installed.
          logger.warn(
            `No Prometheus instance is configured under ${INSTANCES_KEY}; entities with paved-road.io/sla-source: prometheus:<instance> will report it`,
          );
        } else {
          logger.info(
            `SLI source prometheus: instances ${instances
              .map(i => `${i.name} (step ${i.stepSeconds / 60}m)`)
              .join(', ')}`,
          );
        }
        sliSources.addSliSource(new PrometheusSliSource({ instances, logger }));
      },
    });
  },
});
