import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
} from './AnnotationResult';
import { parseDecimal, scaleDecimal } from './decimal';

const MILLISECONDS_PER_UNIT: Readonly<Record<string, number>> = {
  ms: 1,
  s: 1000,
  m: 60 * 1000,
  h: 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
  w: 7 * 24 * 60 * 60 * 1000,
};

// A number immediately followed by one unit. No exponents ("1e3ms") and no
// compound forms ("1h30m"): one obvious way to write each value. The minus
// sign is read only to say "negative" rather than "not a duration".
const DURATION_PATTERN = /^(-?)([0-9.]+)(ms|s|m|h|d|w)$/;

const EXPECTED =
  'expected a number followed by a unit (ms, s, m, h, d or w), such as "300ms" or "4h"';

/**
 * Options of {@link parseDuration}.
 *
 * @public
 */
export type ParseDurationOptions = {
  /** Whether `0ms` is accepted; durations must be positive otherwise. */
  allowZero?: boolean;
};

/**
 * Reads a duration such as `300ms`, `1.5s`, `4h`, `2d` or `1w` into
 * milliseconds. Days and weeks are 24 and 168 hours.
 *
 * @public
 */
export function parseDuration(
  annotation: string,
  raw: string,
  options: ParseDurationOptions = {},
): AnnotationResult<number> {
  const match = DURATION_PATTERN.exec(raw.trim());
  const decimal = match ? parseDecimal(match[2]) : undefined;
  if (!match || !decimal) {
    return annotationFailure(annotation, raw, `is not a duration; ${EXPECTED}`);
  }
  const milliseconds = scaleDecimal(decimal, MILLISECONDS_PER_UNIT[match[3]]);
  if (milliseconds === undefined) {
    return annotationFailure(
      annotation,
      raw,
      `is too long a duration; ${EXPECTED}`,
    );
  }
  const expected = options.allowZero
    ? 'a duration of zero or more'
    : 'a duration above zero';
  if (match[1] === '-' && milliseconds !== 0) {
    return annotationFailure(
      annotation,
      raw,
      `is negative; expected ${expected}, such as "300ms"`,
    );
  }
  if (milliseconds === 0 && !options.allowZero) {
    return annotationFailure(
      annotation,
      raw,
      `is zero; expected ${expected}, such as "300ms"`,
    );
  }
  return annotationValue(milliseconds);
}
