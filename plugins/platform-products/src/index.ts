/**
 * Paved Road frontend plugin: platform product pages, scorecards, adoption, SLA and
 * developer-satisfaction cards. This entry point is for the legacy frontend system; the
 * new frontend system imports `@paved-road/plugin-platform-products/alpha`.
 *
 * @packageDocumentation
 */

export {
  platformProductsPlugin,
  PlatformProductsPage,
  EntityPlatformProductOverviewCard,
  EntityAdoptionCard,
  EntityScorecardCard,
  EntitySlaCard,
  EntityDeveloperSatisfactionCard,
  EntityPlatformsUsedCard,
  EntityScorecardRollupCard,
  EntityPlatformProductContent,
} from './plugin';
export { isPlatformProduct } from './isPlatformProduct';
export * from './api';
