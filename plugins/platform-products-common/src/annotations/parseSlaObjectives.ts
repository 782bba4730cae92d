import {
  AnnotationProblem,
  annotationProblem,
  AnnotationResult,
} from './AnnotationResult';
import {
  ANNOTATION_OPENSLO,
  ANNOTATION_SLA_AVAILABILITY,
  ANNOTATION_SLA_ERROR_RATE,
  ANNOTATION_SLA_MAINTENANCE,
  ANNOTATION_SLA_SELECTOR,
  ANNOTATION_SLA_SOURCE,
  ANNOTATION_SLA_TIMEZONE,
  ANNOTATION_SLA_WINDOW,
  LATENCY_PERCENTILE_RATIOS,
  LATENCY_PERCENTILES,
  LatencyPercentile,
  SLA_LATENCY_ANNOTATIONS,
} from './keys';
import { MaintenanceRule } from './maintenance/MaintenanceRule';
import { parseMaintenanceRule } from './maintenance/parseMaintenanceRule';
import { OpenSloRef, parseOpenSloRef } from './parseOpenSloRef';
import { parseSlaSelector, SlaSelector } from './parseSlaSelector';
import {
  DEFAULT_SLA_SOURCE,
  parseSlaSource,
  SlaSource,
} from './parseSlaSource';
import {
  DEFAULT_SLA_WINDOW,
  parseSlaWindow,
  SlaWindow,
} from './parseSlaWindow';
import { DEFAULT_SLA_TIMEZONE, parseTimezone } from './parseTimezone';
import {
  parseAvailabilityTarget,
  parseErrorRateCeiling,
  parseLatencyThreshold,
} from './slaTargets';

/**
 * Identifies an SLA objective of an entity; one per objective annotation.
 *
 * @public
 */
export type SlaObjectiveId =
  | 'availability'
  | `latency-${LatencyPercentile}`
  | 'error-rate';

/**
 * What an SLA objective measures.
 *
 * @public
 */
export type SlaObjectiveKind = 'availability' | 'latency' | 'error-rate';

/**
 * One SLA objective, expressed as the ratio of good events it requires, so
 * that compliance and error budgets are computed the same way for all kinds.
 *
 * @public
 */
export type SlaObjective = {
  id: SlaObjectiveId;
  kind: SlaObjectiveKind;
  /** The annotation the objective was read from. */
  annotation: string;
  /**
   * Ratio of good events required: 0.999 for an availability of 99.9%, 0.99
   * for a p99 latency objective, 0.999 for an error-rate ceiling of 0.1%.
   */
  target: number;
  /** Latency objectives: the percentile. */
  percentile?: LatencyPercentile;
  /** Latency objectives: a request at or below this is good. */
  thresholdMs?: number;
  /** Error-rate objectives: the highest allowed ratio of bad events (0.001 for 0.1%). */
  errorRateCeiling?: number;
};

/**
 * The SLA of an entity as read from its annotations. Annotations that were
 * not understood are listed in `problems`; a bad objective is left out, and a
 * bad setting falls back to its default.
 *
 * @public
 */
export type SlaDefinition = {
  objectives: SlaObjective[];
  /** `DEFAULT_SLA_WINDOW` when not given or not understood. */
  window: SlaWindow;
  /** IANA zone; `DEFAULT_SLA_TIMEZONE` when not given or not understood. */
  timezone: string;
  /** `DEFAULT_SLA_SOURCE` when not given or not understood. */
  source: SlaSource;
  selector?: SlaSelector;
  maintenance?: MaintenanceRule;
  /** An OpenSLO file to read objectives from instead. */
  openSlo?: OpenSloRef;
  problems: AnnotationProblem[];
};

// Twelve significant digits hide the binary rounding of 1 − ratio
// (1 − 0.0001 is 0.9999 only after rounding) and keep every digit a person
// could have meant.
function complementRatio(ratio: number): number {
  return Number((1 - ratio).toPrecision(12));
}

/**
 * Reads every SLA annotation of an entity: the objectives (availability,
 * latency per percentile, error rate) and the settings they are measured with
 * (window, time zone, source, selector, maintenance, OpenSLO file).
 *
 * @public
 */
export function parseSlaObjectives(
  annotations: Readonly<Record<string, string>> | undefined,
): SlaDefinition {
  const problems: AnnotationProblem[] = [];

  // Reads one annotation if present; a problem is recorded and `undefined`
  // returned when it is not understood, so that the caller keeps going.
  function read<T>(
    annotation: string,
    parse: (annotation: string, raw: string) => AnnotationResult<T>,
  ): T | undefined {
    const raw: unknown = annotations?.[annotation];
    if (raw === undefined) {
      return undefined;
    }
    if (typeof raw !== 'string') {
      problems.push(
        annotationProblem(annotation, String(raw), 'is not a string'),
      );
      return undefined;
    }
    const result = parse(annotation, raw);
    if (!result.ok) {
      problems.push(result.problem);
      return undefined;
    }
    return result.value;
  }

  const objectives: SlaObjective[] = [];

  const availability = read(
    ANNOTATION_SLA_AVAILABILITY,
    parseAvailabilityTarget,
  );
  if (availability !== undefined) {
    objectives.push({
      id: 'availability',
      kind: 'availability',
      annotation: ANNOTATION_SLA_AVAILABILITY,
      target: availability,
    });
  }

  for (const percentile of LATENCY_PERCENTILES) {
    const annotation = SLA_LATENCY_ANNOTATIONS[percentile];
    const thresholdMs = read(annotation, parseLatencyThreshold);
    if (thresholdMs !== undefined) {
      objectives.push({
        id: `latency-${percentile}`,
        kind: 'latency',
        annotation,
        target: LATENCY_PERCENTILE_RATIOS[percentile],
        percentile,
        thresholdMs,
      });
    }
  }

  const errorRateCeiling = read(
    ANNOTATION_SLA_ERROR_RATE,
    parseErrorRateCeiling,
  );
  if (errorRateCeiling !== undefined) {
    objectives.push({
      id: 'error-rate',
      kind: 'error-rate',
      annotation: ANNOTATION_SLA_ERROR_RATE,
      target: complementRatio(errorRateCeiling),
      errorRateCeiling,
    });
  }

  return {
    objectives,
    window: read(ANNOTATION_SLA_WINDOW, parseSlaWindow) ?? DEFAULT_SLA_WINDOW,
    timezone:
      read(ANNOTATION_SLA_TIMEZONE, parseTimezone) ?? DEFAULT_SLA_TIMEZONE,
    source: read(ANNOTATION_SLA_SOURCE, parseSlaSource) ?? DEFAULT_SLA_SOURCE,
    selector: read(ANNOTATION_SLA_SELECTOR, parseSlaSelector),
    maintenance: read(ANNOTATION_SLA_MAINTENANCE, parseMaintenanceRule),
    openSlo: read(ANNOTATION_OPENSLO, parseOpenSloRef),
    problems,
  };
}
