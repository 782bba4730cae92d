import { AnnotationProblem } from '../../annotations/AnnotationResult';
import { SlaWindow } from '../../annotations/parseSlaWindow';

/**
 * Where an OpenSLO indicator's data comes from, as written: `type` (such as
 * `Prometheus`) and the source-specific `spec` (such as `{ query: … }`).
 *
 * @public
 */
export type OpenSloMetricSource = {
  type?: string;
  metricSourceRef?: string;
  spec: Record<string, unknown>;
};

/**
 * The indicator (SLI) of an OpenSLO objective: good (or bad) and total event
 * counts, or one metric compared against the objective's threshold.
 *
 * @public
 */
export type OpenSloIndicator =
  | {
      type: 'ratio';
      /** `metadata.name` of the SLI, if it has one. */
      name?: string;
      /** Whether the metrics are monotonic counters. */
      counter: boolean;
      /** Exactly one of `good` and `bad` is set. */
      good?: OpenSloMetricSource;
      bad?: OpenSloMetricSource;
      total: OpenSloMetricSource;
    }
  | {
      type: 'threshold';
      name?: string;
      metric: OpenSloMetricSource;
    };

/**
 * One objective read from an OpenSLO `SLO` document. It has `id` and
 * `target`, so it can be passed to `computeSlaObjectiveStatus` as it is,
 * with its own `window` (and `timezone`, when the SLO names one).
 *
 * @public
 */
export type OpenSloObjective = {
  /**
   * `metadata.name` of the SLO; `<name>-<n>` (n from 1, in order) when the
   * SLO has several objectives.
   */
  id: string;
  /** `metadata.name` of the SLO. */
  sloName: string;
  /** `displayName` of the objective, else of the SLO, else its name. */
  title: string;
  description?: string;
  /** `spec.service` as written. */
  service?: string;
  /** Ratio of good events (or good time slices) required, in (0, 1). */
  target: number;
  window: SlaWindow;
  /**
   * `timeZone` of a calendar window; when absent, the entity's
   * `paved-road.io/sla-timezone` applies.
   */
  timezone?: string;
  budgetingMethod: 'Occurrences' | 'Timeslices';
  /**
   * Timeslices budgeting: a slice of `windowMs` is good when its SLI reaches
   * `target`; the objective's `target` is then the share of good slices.
   * Push such data as one bucket per slice (good 1 or 0, total 1).
   */
  timeslice?: { target: number; windowMs: number };
  /** Threshold indicators: an event (or value) is good when `value op threshold`. */
  threshold?: { op: 'lt' | 'lte' | 'gt' | 'gte'; value: number };
  indicator: OpenSloIndicator;
};

/**
 * What {@link parseOpenSlo} read from a file: the objectives it understood,
 * and a problem for every part it did not (the file's other objectives
 * still work).
 *
 * @public
 */
export type OpenSloParseResult = {
  objectives: OpenSloObjective[];
  /** Problems name the `paved-road.io/openslo` annotation and the file. */
  problems: AnnotationProblem[];
};
