import type { Entity } from '@backstage/catalog-model';
import type { EntityFilter } from '../scorecards/types';

/**
 * The `kind` of a platform product entity.
 *
 * @public
 */
export const PLATFORM_PRODUCT_KIND = 'PlatformProduct';

/**
 * The `apiVersion` of a platform product entity.
 *
 * @public
 */
export const PLATFORM_PRODUCT_API_VERSION = 'paved-road.io/v1alpha1';

/**
 * How adoption of a platform product is measured.
 *
 * @public
 */
export type PlatformProductAdoption = {
  /** Who could adopt the product. All Components when absent. */
  population?: EntityFilter;
  /** The adoption goal as a percentage of the population, such as `80%`. */
  target?: string;
};

/**
 * What one adoption of a platform product is worth, for the cost-savings
 * metric (adopters × hours saved per adopter × hourly rate).
 *
 * @public
 */
export type PlatformProductValue = {
  /** Engineering hours an adopter saves by using the product. */
  hoursSavedPerAdopter?: number;
  /** The cost of one engineering hour, in `currency`. */
  hourlyRate?: number;
  /** ISO 4217 currency code of `hourlyRate`, such as `USD`. */
  currency?: string;
};

/**
 * Where adopters of a platform product get help.
 *
 * @public
 */
export type PlatformProductSupport = {
  /** A chat channel, mailing list or URL, such as `#auth-help`. */
  channel?: string;
  /** The promised time to a first response, as a duration such as `4h`. */
  responseTime?: string;
};

/**
 * Which ingested metric measures the product's effect on time-to-market, compared among
 * adopters, non-adopters and a baseline. Lower values are better (e.g. lead time).
 *
 * @public
 */
export type PlatformProductTimeToMarket = {
  /** The metric's name as ingested, such as `lead-time-hours`. */
  metric: string;
  /** The value before the product existed, in the metric's unit. */
  baseline?: number;
  /** The metric's unit for display, such as `hours`. */
  unit?: string;
  /** How many days of points to compare; default 90. */
  windowDays?: number;
};

/**
 * The `spec` of a platform product entity.
 *
 * @public
 */
export type PlatformProductSpec = {
  /** The kind of product, such as `service`, `library` or `design-system`. */
  type: string;
  /** The lifecycle stage, such as `experimental`, `production` or `deprecated`. */
  lifecycle: string;
  /** Entity ref of the owning group or user. */
  owner: string;
  /** Entity ref of the product manager, usually a user. */
  productManager?: string;
  /** Entity ref of the system the product belongs to. */
  system?: string;
  /** Entity refs of what the product is made of (components, APIs, resources…). */
  parts?: string[];
  /** How adoption is measured. */
  adoption?: PlatformProductAdoption;
  /** What one adoption is worth. */
  value?: PlatformProductValue;
  /** Where adopters get help. */
  support?: PlatformProductSupport;
  /** The metric that shows the product's effect on time-to-market. */
  timeToMarket?: PlatformProductTimeToMarket;
};

/**
 * An internal platform run as a product: its owner, what it is made of, who
 * could adopt it, and what an adoption is worth.
 *
 * @public
 */
export interface PlatformProductEntityV1alpha1 extends Entity {
  apiVersion: typeof PLATFORM_PRODUCT_API_VERSION;
  kind: typeof PLATFORM_PRODUCT_KIND;
  spec: PlatformProductSpec;
}
