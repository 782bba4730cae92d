import type {
  AdoptionHistoryPoint,
  AdoptionSummary,
  AdoptionVia,
  ProductValue,
} from './adoption';
import type { NpsSummary } from './surveys';

/**
 * The SLA state of a product in the products list, from the SLA tracker.
 *
 * @public
 */
export interface ProductSlaSummary {
  /** The worst status of the product's objectives. */
  status: 'met' | 'at-risk' | 'breached' | 'no-data';
  /** How many objectives the product has. */
  objectives: number;
}

/**
 * A scorecard result of a product in the products list.
 *
 * @public
 */
export interface ProductScorecardSummary {
  scorecardId: string;
  /** The scorecard's title, when it is still configured. */
  title?: string;
  /** 0–100, null when no check could be scored. */
  score: number | null;
  level: string | null;
}

/**
 * One platform product with its headline metrics.
 *
 * @public
 */
export interface ProductSummary {
  /** Lowercase full ref, e.g. `platformproduct:default/auth-platform`. */
  entityRef: string;
  namespace: string;
  name: string;
  title?: string;
  description?: string;
  type: string;
  lifecycle: string;
  /** `spec.owner` as written. */
  owner: string;
  /**
   * Null until the adoption task has computed it. `history` holds the daily points of the
   * last 90 days, oldest first, for a sparkline.
   */
  adoption: (AdoptionSummary & { history: AdoptionHistoryPoint[] }) | null;
  /** NPS of the current survey period, with its period id. */
  satisfaction: (NpsSummary & { period: string }) | null;
  /** Present when the SLA tracker has objectives for the product. */
  sla?: ProductSlaSummary;
  /** The product's current scorecard results; empty when it has none. */
  scorecards: ProductScorecardSummary[];
  /** Null when the product declares no `spec.value`, or before adoption is computed. */
  value: ProductValue | null;
}

/**
 * `GET /products`.
 *
 * @public
 */
export interface ListProductsResponse {
  /** By title (or name). */
  items: ProductSummary[];
}

/**
 * A platform product that an entity adopts, how it adopts it, and the product's headline
 * figures.
 *
 * @public
 */
export interface AdoptedProduct {
  /** Lowercase full ref, e.g. `platformproduct:default/auth-platform`. */
  productRef: string;
  /** The product's `metadata.title`, when it has one. */
  title?: string;
  /** Every way the entity adopts the product, at least one. */
  via: AdoptionVia[];
  /**
   * Whether the entity is in the product's population, and so counts towards its rate.
   */
  inPopulation: boolean;
  /** The product's adoption, from the same snapshot as `via`. */
  adoption: AdoptionSummary;
  /** NPS of the current survey period, with its period id. */
  satisfaction: (NpsSummary & { period: string }) | null;
  /** Present when the SLA tracker has objectives for the product. */
  sla?: ProductSlaSummary;
}

/**
 * `GET /entities/:kind/:namespace/:name/products`.
 *
 * @public
 */
export interface EntityProductsResponse {
  /** Lowercase full ref of the entity. */
  entityRef: string;
  /** The products it adopts, by title (or name). */
  items: AdoptedProduct[];
}
