import { createExtensionPoint } from '@backstage/backend-plugin-api';
import {
  SlaObjective,
  SlaSelector,
} from '@paved-road/plugin-platform-products-common';

/**
 * Good and total events of one SLA objective over one time bucket.
 *
 * @public
 */
export interface SliBucket {
  /** Start of the bucket; a whole minute. */
  start: Date;
  /** Length of the bucket in seconds; a whole number of minutes (60 for minute buckets). */
  durationSeconds: number;
  good: number;
  total: number;
}

/**
 * What the platform-products backend asks an SLI source for: the buckets of
 * one objective of one entity in [from, to).
 *
 * @public
 */
export interface SliFetchRequest {
  /** The instance named after the source type in `paved-road.io/sla-source` (`prod` in `prometheus:prod`). */
  instance: string;
  /** The entity, as a normalised ref such as `component:default/checkout`. */
  entityRef: string;
  objective: SlaObjective;
  /** From `paved-road.io/sla-selector`, when the entity has one. */
  selector?: SlaSelector;
  /** Inclusive, a whole minute. */
  from: Date;
  /** Exclusive, a whole minute. */
  to: Date;
  signal?: AbortSignal;
}

/**
 * A place SLI data is pulled from, such as Prometheus. The backend's sync
 * task calls it for every objective of every entity whose
 * `paved-road.io/sla-source` names its type, and stores what it returns.
 *
 * @public
 */
export interface SliSource {
  /** The part before the colon in `paved-road.io/sla-source` (`prometheus`). */
  type: string;
  /** The instance names it can serve; others are reported on the entity. */
  instances(): string[];
  /**
   * Buckets covering [from, to) that have data; a bucket without data is left
   * out (never reported as good). Throws with a message fit for the entity's
   * page when the source fails.
   */
  fetchBuckets(request: SliFetchRequest): Promise<SliBucket[]>;
}

/**
 * Lets backend modules add SLI sources to the platform-products plugin.
 *
 * @public
 */
export interface PlatformProductsSliSourcesExtensionPoint {
  addSliSource(...sources: SliSource[]): void;
}

/**
 * @public
 */
export const platformProductsSliSourcesExtensionPoint =
  createExtensionPoint<PlatformProductsSliSourcesExtensionPoint>({
    id: 'platform-products.sli-sources',
  });
