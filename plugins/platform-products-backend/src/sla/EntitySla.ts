import {
  AnnotationProblem,
  LatencyPercentile,
  MaintenanceRule,
  SlaObjectiveKind,
  SlaObjectiveOrigin,
  SlaSelector,
  SlaSource,
  SlaWindow,
} from '@paved-road/plugin-platform-products-common';

/**
 * One objective of an entity with everything needed to measure it: from an `sla-*`
 * annotation (with the entity's window, time zone and maintenance) or from an OpenSLO `SLO`
 * (with its own window).
 */
export interface ResolvedSlaObjective {
  /** Unique within the entity; the `objective` of its buckets. */
  id: string;
  kind: SlaObjectiveKind;
  /** For people, e.g. `Availability 99.9%`. */
  title: string;
  origin: SlaObjectiveOrigin;
  /** Ratio of good events required, e.g. 0.999. */
  target: number;
  percentile?: LatencyPercentile;
  thresholdMs?: number;
  errorRateCeiling?: number;
  window: SlaWindow;
  timezone: string;
  maintenance?: MaintenanceRule;
}

/** The SLA of an entity: its objectives, where their data comes from, what was not understood. */
export interface EntitySla {
  entityRef: string;
  ownerRef: string | null;
  objectives: ResolvedSlaObjective[];
  source: SlaSource;
  /** `source` as written in `paved-road.io/sla-source` (`push` when not given). */
  sourceText: string;
  selector?: SlaSelector;
  problems: AnnotationProblem[];
}
