import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { PlatformProductProcessor } from './processor/PlatformProductProcessor';

/**
 * Adds the PlatformProduct kind to the catalog and checks `paved-road.io/` annotations.
 *
 * @public
 */
export const catalogModulePlatformProducts = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'platform-products',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
      },
      async init({ catalog, config, logger }) {
        catalog.addProcessor(
          new PlatformProductProcessor({
            logger,
            strictAnnotations:
              config.getOptionalBoolean('platformProducts.strictAnnotations') ??
              false,
          }),
        );
      },
    });
  },
});
