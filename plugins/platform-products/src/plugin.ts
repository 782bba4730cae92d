import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { PlatformProductsClient, platformProductsApiRef } from './api';
import { entityContentRouteRef, rootRouteRef } from './routes';

/**
 * The Paved Road frontend plugin for the legacy frontend system.
 *
 * @public
 */
export const platformProductsPlugin = createPlugin({
  id: 'platform-products',
  apis: [
    createApiFactory({
      api: platformProductsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PlatformProductsClient(deps),
    }),
  ],
  routes: { root: rootRouteRef },
});

/** Every platform product in a sortable, filterable table. @public */
export const PlatformProductsPage = platformProductsPlugin.provide(
  createRoutableExtension({
    name: 'PlatformProductsPage',
    component: () =>
      import('./components/PlatformProductsPage').then(
        m => m.PlatformProductsPage,
      ),
    mountPoint: rootRouteRef,
  }),
);

/** A PlatformProduct's vision, owner, product manager, support and links. @public */
export const EntityPlatformProductOverviewCard = platformProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityPlatformProductOverviewCard',
    component: {
      lazy: () =>
        import('./components/EntityPlatformProductOverviewCard').then(
          m => m.EntityPlatformProductOverviewCard,
        ),
    },
  }),
);

/** A PlatformProduct's adoption: rate against target, adopters by team, trend. @public */
export const EntityAdoptionCard = platformProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityAdoptionCard',
    component: {
      lazy: () =>
        import('./components/EntityAdoptionCard').then(
          m => m.EntityAdoptionCard,
        ),
    },
  }),
);

/** An entity's scorecard results with each check. @public */
export const EntityScorecardCard = platformProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityScorecardCard',
    component: {
      lazy: () =>
        import('./components/EntityScorecardCard').then(
          m => m.EntityScorecardCard,
        ),
    },
  }),
);

/** An entity's SLA objectives: compliance, error budget, alerts, breaches. @public */
export const EntitySlaCard = platformProductsPlugin.provide(
  createComponentExtension({
    name: 'EntitySlaCard',
    component: {
      lazy: () =>
        import('./components/EntitySlaCard').then(m => m.EntitySlaCard),
    },
  }),
);

/** NPS, its history and comments, and the survey form. @public */
export const EntityDeveloperSatisfactionCard = platformProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityDeveloperSatisfactionCard',
    component: {
      lazy: () =>
        import('./components/EntityDeveloperSatisfactionCard').then(
          m => m.EntityDeveloperSatisfactionCard,
        ),
    },
  }),
);

/** On a Component: the platform products it adopts. @public */
export const EntityPlatformsUsedCard = platformProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityPlatformsUsedCard',
    component: {
      lazy: () =>
        import('./components/EntityPlatformsUsedCard').then(
          m => m.EntityPlatformsUsedCard,
        ),
    },
  }),
);

/** On a Group, System or Domain: scorecards over what it covers. @public */
export const EntityScorecardRollupCard = platformProductsPlugin.provide(
  createComponentExtension({
    name: 'EntityScorecardRollupCard',
    component: {
      lazy: () =>
        import('./components/EntityScorecardRollupCard').then(
          m => m.EntityScorecardRollupCard,
        ),
    },
  }),
);

/** A PlatformProduct's tab with all of its cards. @public */
export const EntityPlatformProductContent = platformProductsPlugin.provide(
  createRoutableExtension({
    name: 'EntityPlatformProductContent',
    component: () =>
      import('./components/EntityPlatformProductContent').then(
        m => m.EntityPlatformProductContent,
      ),
    mountPoint: entityContentRouteRef,
  }),
);
