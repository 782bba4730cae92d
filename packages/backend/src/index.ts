/*
 * The dev backend: the Backstage features Paved Road needs, plus Paved Road itself.
 */
import { createBackend } from '@backstage/backend-defaults';
import { exampleInsightsModule } from './exampleInsights/exampleInsightsModule';
import { exampleSlaModule } from './exampleSla/exampleSlaModule';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// Guest sign-in, for local development only.
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

backend.add(import('@backstage/plugin-catalog-backend'));
// Logs catalog processing errors, so a broken example entity shows up in the console.
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));
backend.add(
  import('@paved-road/plugin-catalog-backend-module-platform-products'),
);

// Paved Road: scorecards, adoption, surveys and SLAs.
backend.add(import('@paved-road/plugin-platform-products-backend'));
// SLI data from Prometheus for entities with paved-road.io/sla-source: prometheus:<instance>.
backend.add(
  import('@paved-road/plugin-platform-products-backend-module-prometheus'),
);
// DEV APP ONLY: example survey answers and lead times, written when the tables are empty.
backend.add(exampleInsightsModule);
// DEV APP ONLY: example SLI buckets pushed through the SLA API, so every SLA status shows.
backend.add(exampleSlaModule);

backend.add(import('@backstage/plugin-permission-backend'));
backend.add(
  import('@backstage/plugin-permission-backend-module-allow-all-policy'),
);

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.start();
