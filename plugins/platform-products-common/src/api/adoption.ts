import type { EntityFilter } from '../scorecards/types';

/**
 * How an entity adopts a platform product:
 * `dependsOn` or `consumesApi` relations to the product or one of its parts, or the
 * `paved-road.io/adopts` annotation naming the product.
 *
 * @public
 */
export type AdoptionMethod = 'dependsOn' | 'consumesApi' | 'annotation';

/**
 * One way an adopter adopts a product.
 *
 * @public
 */
export interface AdoptionVia {
  method: AdoptionMethod;
  /**
   * What the relation points at: the product itself or one of its parts (lowercase full
   * ref). For `annotation`, the product.
   */
  targetRef: string;
}

/**
 * An entity that adopts a platform product.
 *
 * @public
 */
export interface Adopter {
  /** Lowercase full ref, e.g. `component:default/checkout`. */
  entityRef: string;
  title?: string;
  /** Lowercase full ref of the adopter's owner, or null when it has none. */
  ownerRef: string | null;
  /** Every way it adopts the product, at least one. */
  via: AdoptionVia[];
  /**
   * Whether the adopter is in the product's population (`spec.adoption.population`). Only
   * adopters in the population count towards the rate; others are listed for information.
   */
  inPopulation: boolean;
}

/**
 * A team (the owner of adopters) and how many of its entities adopt the product.
 *
 * @public
 */
export interface AdoptingTeam {
  /** Lowercase full ref of the owner, usually a group. */
  ownerRef: string;
  /** Adopters in the population owned by this team. */
  adopters: number;
}

/**
 * The headline adoption figures of a product.
 *
 * @public
 */
export interface AdoptionSummary {
  /** Adopters within the population. */
  adopters: number;
  /** Entities in the population. */
  population: number;
  /** adopters ÷ population, 0–1; null when the population is empty. */
  rate: number | null;
  /** From `spec.adoption.target`, 0–1; null when the product declares none. */
  target: number | null;
  /**
   * target − rate, 0–1, when below target; 0 when the target is reached; null without a
   * target or a rate.
   */
  gap: number | null;
  /** Whether the rate is below the target; false without a target. */
  belowTarget: boolean;
  /** Distinct owners of the adopters in the population. */
  teamsAdopting: number;
  /** Distinct owners of the entities in the population: the teams that could adopt. */
  teamsTotal: number;
  /** When these figures were computed (ISO 8601). */
  computedAt: string;
}

/**
 * The adoption of a product on one day (UTC), from the daily snapshot.
 *
 * @public
 */
export interface AdoptionHistoryPoint {
  /** `YYYY-MM-DD`. */
  day: string;
  adopters: number;
  population: number;
  rate: number | null;
  teamsAdopting: number;
}

/**
 * How adoption changed since a day in the past.
 *
 * @public
 */
export interface AdoptionChange {
  /** The day compared with: the latest snapshot on or before `days` days ago. */
  since: string;
  /** Rate now − rate then, −1…1; null when either rate is unknown. */
  rate: number | null;
  /** Adopters now − adopters then. */
  adopters: number;
}

/**
 * Adoption change over the last 30 and 90 days; null when there is no snapshot that old.
 *
 * @public
 */
export interface AdoptionTrend {
  last30Days: AdoptionChange | null;
  last90Days: AdoptionChange | null;
}

/**
 * What adoption of a product is worth: adopters × `spec.value`.
 *
 * @public
 */
export interface ProductValue {
  /** Adopters in the population, as counted for the rate. */
  adopters: number;
  hoursSavedPerAdopter: number | null;
  hourlyRate: number | null;
  currency: string | null;
  /** adopters × hoursSavedPerAdopter; null without hoursSavedPerAdopter. */
  hoursSaved: number | null;
  /** hoursSaved × hourlyRate, in `currency`; null without both. */
  costSavings: number | null;
}

/**
 * A median of a metric over a group of entities.
 *
 * @public
 */
export interface MetricGroupMedian {
  /** Entities of the group that have points in the window. */
  entities: number;
  /**
   * Median over those entities of each entity's own median in the window (each entity counts
   * once, however many points it sent); null when none has points.
   */
  median: number | null;
}

/**
 * Time-to-market for a product: a metric named in `spec.timeToMarket` (such as
 * `lead-time-hours`, lower is better) among adopters vs non-adopters of the population
 * and vs the declared baseline.
 *
 * @public
 */
export interface TimeToMarketComparison {
  metric: string;
  unit: string | null;
  /** The window the points are read from, in days, ending now. */
  windowDays: number;
  /** `spec.timeToMarket.baseline`, in the metric's unit; null when not declared. */
  baseline: number | null;
  adopters: MetricGroupMedian;
  /** Entities of the population that do not adopt the product. */
  nonAdopters: MetricGroupMedian;
  /**
   * (nonAdopters − adopters) ÷ nonAdopters, as a fraction: 0.25 means adopters are 25%
   * faster. Null when either median is missing or non-adopters' median is 0.
   */
  reductionVsNonAdopters: number | null;
  /** (baseline − adopters) ÷ baseline; null without a baseline or an adopters' median. */
  reductionVsBaseline: number | null;
}

/**
 * `GET /products/:namespace/:name/adoption`.
 *
 * @public
 */
export interface ProductAdoptionResponse {
  /** Lowercase full ref of the product. */
  productRef: string;
  summary: AdoptionSummary;
  /** The population filter used (the product's, or the default `{ kind: Component }`). */
  population: EntityFilter;
  /** Adopters, in the population first, then by ref. */
  adopters: Adopter[];
  /** Teams with adopters in the population, most adopters first. */
  teams: AdoptingTeam[];
  /** Daily points, oldest first, over the last 365 days at most. */
  history: AdoptionHistoryPoint[];
  trend: AdoptionTrend;
  value: ProductValue;
  /** Null when the product declares no `spec.timeToMarket`. */
  timeToMarket: TimeToMarketComparison | null;
}
