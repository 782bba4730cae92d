import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ExampleBucket, exampleSlaBuckets } from './exampleSla';

/** Buckets per request: the push API's limit. */
const BATCH = 10_000;

/**
 * DEV APP ONLY, not part of any published package: pushes generated SLI buckets for the
 * example entities through the SLA push API, as a collector would, so that the dev app shows
 * met, at-risk, breached and no-data objectives. Pushes nothing when the examples have data
 * already.
 */
export const exampleSlaModule = createBackendModule({
  pluginId: 'platform-products',
  moduleId: 'example-sla',
  register(reg) {
    reg.registerInit({
      deps: {
        auth: coreServices.auth,
        discovery: coreServices.discovery,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
      },
      async init({ auth, discovery, lifecycle, logger }) {
        async function call(path: string, body?: unknown) {
          const { token } = await auth.getPluginRequestToken({
            onBehalfOf: await auth.getOwnServiceCredentials(),
            targetPluginId: 'platform-products',
          });
          const base = await discovery.getBaseUrl('platform-products');
          const response = await fetch(`${base}${path}`, {
            method: body ? 'POST' : 'GET',
            headers: {
              authorization: `Bearer ${token}`,
              'content-type': 'application/json',
            },
            body: body ? JSON.stringify(body) : undefined,
          });
          if (!response.ok) {
            throw new Error(
              `${path}: ${response.status} ${await response.text()}`,
            );
          }
          return response.json();
        }

        async function seed() {
          const probe = await call(
            '/entities/component/default/auth-service/sla',
          );
          if (probe.objectives.some((o: { total: number }) => o.total > 0)) {
            return;
          }
          const byEntity = new Map<string, ExampleBucket[]>();
          for (const bucket of exampleSlaBuckets(new Date())) {
            const list = byEntity.get(bucket.entityRef) ?? [];
            list.push(bucket);
            byEntity.set(bucket.entityRef, list);
          }
          let pushed = 0;
          for (const [entityRef, buckets] of byEntity) {
            // The example refs are full: kind:namespace/name.
            const [kind, namespace, name] = entityRef.split(/[:/]/);
            for (let i = 0; i < buckets.length; i += BATCH) {
              await call(`/entities/${kind}/${namespace}/${name}/sla/samples`, {
                buckets: buckets
                  .slice(i, i + BATCH)
                  .map(({ entityRef: _, ...bucket }) => bucket),
              });
            }
            pushed += buckets.length;
          }
          logger.info(
            `Pushed ${pushed} EXAMPLE SLI buckets for ${byEntity.size} entities (dev app only)`,
          );
        }

        lifecycle.addStartupHook(() => {
          // In the background: the HTTP server and the catalog's first processing may not be
          // ready yet, so retry for a while rather than hold up the start.
          void (async () => {
            for (let attempt = 1; attempt <= 30; attempt++) {
              try {
                await seed();
                return;
              } catch (error) {
                if (attempt === 30) {
                  logger.warn(
                    `Could not push the example SLI buckets: ${error}`,
                  );
                }
                await new Promise(resolve => setTimeout(resolve, 5_000));
              }
            }
          })();
        });
      },
    });
  },
});
