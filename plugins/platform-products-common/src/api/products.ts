import type { AdoptionSummary, ProductValue } from './adoption';
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
  /** Null until the adoption task has computed it. */
  adoption: AdoptionSummary | null;
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
