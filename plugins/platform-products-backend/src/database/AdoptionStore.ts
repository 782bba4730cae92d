import {
  AdoptionHistoryPoint,
  AdoptionSummary,
  AdoptionVia,
  TimeToMarketComparison,
} from '@paved-road/plugin-platform-products-common';
import { ProductAdoption } from '../adoption/computeAdoption';

/** The adoption of a product as persisted by the adoption task. */
export interface StoredProductAdoption extends ProductAdoption {
  timeToMarket: TimeToMarketComparison | null;
}

/** A product that an entity adopts, from the product's latest adoption. */
export interface StoredAdoptedProduct {
  /** Lowercase full ref of the product. */
  productRef: string;
  via: AdoptionVia[];
  inPopulation: boolean;
  summary: AdoptionSummary;
}

/**
 * The latest adoption of every platform product, and a daily history of it.
 * Written by the scheduled adoption task; pages read only from here.
 */
export interface AdoptionStore {
  /**
   * Replaces the current adoption of these products, and writes the history point of the
   * UTC day of each one's `computedAt` (a later run on the same day replaces it). Products
   * not given lose their current adoption (they left the catalog); history is kept.
   */
  replaceAdoption(adoptions: StoredProductAdoption[]): Promise<void>;

  /** The current adoption of one product, with adopters and teams. */
  getAdoption(productRef: string): Promise<StoredProductAdoption | undefined>;

  /** The current headline figures of several products, by product ref. */
  getSummaries(productRefs: string[]): Promise<Map<string, AdoptionSummary>>;

  /**
   * The products whose current adoption lists this entity as an adopter, in no particular
   * order.
   */
  getAdoptedProducts(adopterRef: string): Promise<StoredAdoptedProduct[]>;

  /** Whether any product's adoption is stored: false until the first snapshot. */
  hasAdoption(): Promise<boolean>;

  /**
   * Daily points of several products from `fromDay` (inclusive, `YYYY-MM-DD`), oldest
   * first, by product ref; a product without points has none in the map.
   */
  getHistories(
    productRefs: string[],
    fromDay: string,
  ): Promise<Map<string, AdoptionHistoryPoint[]>>;
}
