import { Entity } from '@backstage/catalog-model';
import {
  AnnotationProblem,
  annotationProblem,
  AnnotationResult,
} from './AnnotationResult';
import { editDistance } from './editDistance';
import {
  ANNOTATION_ADOPTS,
  ANNOTATION_OPENSLO,
  ANNOTATION_PREFIX,
  ANNOTATION_SLA_AVAILABILITY,
  ANNOTATION_SLA_ERROR_RATE,
  ANNOTATION_SLA_LATENCY_PREFIX,
  ANNOTATION_SLA_MAINTENANCE,
  ANNOTATION_SLA_SELECTOR,
  ANNOTATION_SLA_SOURCE,
  ANNOTATION_SLA_TIMEZONE,
  ANNOTATION_SLA_WINDOW,
  LATENCY_PERCENTILES,
  PAVED_ROAD_ANNOTATION_KEYS,
  SLA_LATENCY_ANNOTATIONS,
  WAIVER_ANNOTATION_PREFIX,
} from './keys';
import { parseMaintenanceRule } from './maintenance/parseMaintenanceRule';
import { parseEntityRefList } from './parseEntityRefList';
import { parseOpenSloRef } from './parseOpenSloRef';
import { parseSlaSelector } from './parseSlaSelector';
import { parseSlaSource } from './parseSlaSource';
import { parseSlaWindow } from './parseSlaWindow';
import { parseTimezone } from './parseTimezone';
import {
  parseAvailabilityTarget,
  parseErrorRateCeiling,
  parseLatencyThreshold,
} from './slaTargets';
import { parseWaiver } from './waivers';

type AnnotationParser = (
  annotation: string,
  raw: string,
) => AnnotationResult<unknown>;

/** The parser of every fixed-name annotation; waivers are matched by prefix. */
export const ANNOTATION_PARSERS: Readonly<Record<string, AnnotationParser>> = {
  [ANNOTATION_ADOPTS]: (annotation, raw) => parseEntityRefList(annotation, raw),
  [ANNOTATION_SLA_AVAILABILITY]: parseAvailabilityTarget,
  ...Object.fromEntries(
    LATENCY_PERCENTILES.map(percentile => [
      SLA_LATENCY_ANNOTATIONS[percentile],
      parseLatencyThreshold,
    ]),
  ),
  [ANNOTATION_SLA_ERROR_RATE]: parseErrorRateCeiling,
  [ANNOTATION_SLA_WINDOW]: parseSlaWindow,
  [ANNOTATION_SLA_TIMEZONE]: parseTimezone,
  [ANNOTATION_SLA_SOURCE]: parseSlaSource,
  [ANNOTATION_SLA_SELECTOR]: parseSlaSelector,
  [ANNOTATION_SLA_MAINTENANCE]: parseMaintenanceRule,
  [ANNOTATION_OPENSLO]: parseOpenSloRef,
};

// Typos beyond two edits are more likely a different word than a slip.
const MAX_SUGGESTION_DISTANCE = 2;

const WAIVER_KEY_FORM = `${WAIVER_ANNOTATION_PREFIX}<scorecard>.<check>`;

/** The known key closest to a misspelt one, if it is close enough. */
function closestKnownKey(key: string): string | undefined {
  // Every key shares the prefix, so only the rest can differ.
  const name = key.slice(ANNOTATION_PREFIX.length);
  const waiverHead = name.split('.')[0];
  if (
    name.includes('.') &&
    editDistance(waiverHead, 'waive') <= MAX_SUGGESTION_DISTANCE
  ) {
    return `${WAIVER_ANNOTATION_PREFIX}${name.slice(waiverHead.length + 1)}`;
  }
  let best: { key: string; distance: number } | undefined;
  for (const known of PAVED_ROAD_ANNOTATION_KEYS) {
    const distance = editDistance(name, known.slice(ANNOTATION_PREFIX.length));
    if (
      distance <= MAX_SUGGESTION_DISTANCE &&
      (!best || distance < best.distance)
    ) {
      best = { key: known, distance };
    }
  }
  return best?.key;
}

function unknownAnnotationProblem(
  key: string,
  value: string,
): AnnotationProblem {
  const unknown =
    'is under paved-road.io/ but is not a known Paved Road annotation';
  if (key.startsWith(ANNOTATION_SLA_LATENCY_PREFIX)) {
    return annotationProblem(
      key,
      value,
      `${unknown}; latency objectives exist for ${LATENCY_PERCENTILES.join(
        ', ',
      )}, such as ${SLA_LATENCY_ANNOTATIONS.p99}`,
    );
  }
  const suggestion = closestKnownKey(key);
  if (suggestion) {
    return annotationProblem(
      key,
      value,
      `${unknown}; did you mean ${suggestion}?`,
    );
  }
  return annotationProblem(
    key,
    value,
    `${unknown}; known annotations are ${[
      ...PAVED_ROAD_ANNOTATION_KEYS,
      WAIVER_KEY_FORM,
    ].join(', ')}`,
  );
}

/**
 * Checks every `paved-road.io/` annotation of an entity with its parser, and
 * reports each value that is not understood and each key under the prefix
 * that is not a Paved Road annotation (with a suggestion for near misses such
 * as `paved-road.io/sla-availabilty`). Other annotations are not looked at.
 *
 * @public
 */
export function findAnnotationProblems(entity: Entity): AnnotationProblem[] {
  const problems: AnnotationProblem[] = [];
  for (const [key, raw] of Object.entries(entity.metadata.annotations ?? {})) {
    if (!key.startsWith(ANNOTATION_PREFIX)) {
      continue;
    }
    // The catalog's schema makes annotation values strings, but this may run
    // on entities that have not been through it (the offline validate command).
    const value: unknown = raw;
    if (typeof value !== 'string') {
      problems.push(annotationProblem(key, String(value), 'is not a string'));
      continue;
    }
    const parse = key.startsWith(WAIVER_ANNOTATION_PREFIX)
      ? parseWaiver
      : ANNOTATION_PARSERS[key];
    if (!parse) {
      problems.push(unknownAnnotationProblem(key, value));
      continue;
    }
    const result = parse(key, value);
    if (!result.ok) {
      problems.push(result.problem);
    }
  }
  return problems;
}
