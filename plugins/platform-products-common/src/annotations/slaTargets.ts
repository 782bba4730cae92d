import { AnnotationResult } from './AnnotationResult';
import { parseDuration } from './parseDuration';
import { parsePercent, PercentRange } from './parsePercent';

// 100% availability is refused: it leaves no error budget, so the first
// failed request breaches it and burn rates divide by zero. No real service
// meets it, and promising it hides that. 0% promises nothing.
const AVAILABILITY_RANGE: PercentRange = {
  min: 0,
  minExclusive: true,
  max: 100,
  maxExclusive: true,
};

// The mirror image: a 0% error-rate ceiling is a 100% availability target in
// disguise, and a 100% ceiling allows everything.
const ERROR_RATE_CEILING_RANGE: PercentRange = AVAILABILITY_RANGE;

/** Reads `paved-road.io/sla-availability` into the ratio of good events required. */
export function parseAvailabilityTarget(
  annotation: string,
  raw: string,
): AnnotationResult<number> {
  return parsePercent(annotation, raw, AVAILABILITY_RANGE);
}

/** Reads `paved-road.io/sla-error-rate` into the highest allowed ratio of bad events. */
export function parseErrorRateCeiling(
  annotation: string,
  raw: string,
): AnnotationResult<number> {
  return parsePercent(annotation, raw, ERROR_RATE_CEILING_RANGE);
}

/** Reads a `paved-road.io/sla-latency-*` bound into milliseconds. */
export function parseLatencyThreshold(
  annotation: string,
  raw: string,
): AnnotationResult<number> {
  return parseDuration(annotation, raw);
}
