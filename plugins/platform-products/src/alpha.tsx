/**
 * The Paved Road frontend plugin for the new frontend system:
 * `import platformProductsPlugin from '@paved-road/plugin-platform-products/alpha'`.
 *
 * @packageDocumentation
 */

import { Content } from '@backstage/core-components';
import {
  ApiBlueprint,
  PageBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import DashboardIcon from '@material-ui/icons/Dashboard';
import { PlatformProductsClient, platformProductsApiRef } from './api';

const productsPageRouteRef = createRouteRef();

// Which entity pages each card belongs on (kinds compare case-insensitively).
const onProducts = { kind: 'platformproduct' };
const onComponents = { kind: 'component' };
const onRollupKinds = { kind: { $in: ['group', 'system', 'domain'] } };

/** @alpha */
export const platformProductsApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: platformProductsApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new PlatformProductsClient(deps),
    }),
});

/** @alpha */
export const platformProductsPage = PageBlueprint.make({
  params: {
    path: '/platform-products',
    title: 'Platform products',
    icon: <DashboardIcon />,
    routeRef: productsPageRouteRef,
    loader: () =>
      import('./components/PlatformProductsPage').then(m => (
        <Content>
          <m.PlatformProductsTable />
        </Content>
      )),
  },
});

/** @alpha */
export const platformProductEntityContent = EntityContentBlueprint.make({
  params: {
    path: 'platform-product',
    title: 'Platform product',
    filter: onProducts,
    loader: () =>
      import('./components/EntityPlatformProductContent').then(m => (
        <m.EntityPlatformProductContent />
      )),
  },
});

/** @alpha */
export const overviewEntityCard = EntityCardBlueprint.make({
  name: 'overview',
  params: {
    type: 'info',
    filter: onProducts,
    loader: () =>
      import('./components/EntityPlatformProductOverviewCard').then(m => (
        <m.EntityPlatformProductOverviewCard />
      )),
  },
});

/** @alpha */
export const adoptionEntityCard = EntityCardBlueprint.make({
  name: 'adoption',
  params: {
    filter: onProducts,
    loader: () =>
      import('./components/EntityAdoptionCard').then(m => (
        <m.EntityAdoptionCard />
      )),
  },
});

/** @alpha */
export const developerSatisfactionEntityCard = EntityCardBlueprint.make({
  name: 'developer-satisfaction',
  params: {
    filter: onProducts,
    loader: () =>
      import('./components/EntityDeveloperSatisfactionCard').then(m => (
        <m.EntityDeveloperSatisfactionCard />
      )),
  },
});

/** @alpha */
export const scorecardEntityCard = EntityCardBlueprint.make({
  name: 'scorecard',
  params: {
    filter: onComponents,
    loader: () =>
      import('./components/EntityScorecardCard').then(m => (
        <m.EntityScorecardCard />
      )),
  },
});

/** @alpha */
export const slaEntityCard = EntityCardBlueprint.make({
  name: 'sla',
  params: {
    filter: onComponents,
    loader: () =>
      import('./components/EntitySlaCard').then(m => <m.EntitySlaCard />),
  },
});

/** @alpha */
export const platformsUsedEntityCard = EntityCardBlueprint.make({
  name: 'platforms-used',
  params: {
    filter: onComponents,
    loader: () =>
      import('./components/EntityPlatformsUsedCard').then(m => (
        <m.EntityPlatformsUsedCard />
      )),
  },
});

/** @alpha */
export const scorecardRollupEntityCard = EntityCardBlueprint.make({
  name: 'scorecard-rollup',
  params: {
    filter: onRollupKinds,
    loader: () =>
      import('./components/EntityScorecardRollupCard').then(m => (
        <m.EntityScorecardRollupCard />
      )),
  },
});

/**
 * The plugin: the API client, the products page (with its nav item), the PlatformProduct
 * tab, and the entity cards, each shown only on the kinds it is for.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'platform-products',
  info: { packageJson: () => import('../package.json') },
  routes: { root: productsPageRouteRef },
  extensions: [
    platformProductsApi,
    platformProductsPage,
    platformProductEntityContent,
    overviewEntityCard,
    adoptionEntityCard,
    developerSatisfactionEntityCard,
    scorecardEntityCard,
    slaEntityCard,
    platformsUsedEntityCard,
    scorecardRollupEntityCard,
  ],
});
