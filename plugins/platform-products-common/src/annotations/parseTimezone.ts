import { IANAZone } from 'luxon';
import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
} from './AnnotationResult';

/**
 * The time zone of an SLA that names none.
 *
 * @public
 */
export const DEFAULT_SLA_TIMEZONE = 'UTC';

// Region/City names, plus UTC and the Etc/ zones. Intl also accepts bare
// offsets such as "+03:00", which are not IANA zones and do not follow
// daylight saving time, so they are turned away before asking Intl.
const ZONE_NAME_PATTERN = /^[A-Za-z][A-Za-z0-9_+\-/]*$/;

// The canonical spelling ("europe/berlin" → "Europe/Berlin"), so that one
// zone is written one way in API responses.
function canonicalZoneName(zone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions()
      .timeZone;
  } catch {
    return zone;
  }
}

/**
 * Reads an IANA time zone name such as `Europe/Berlin` or `UTC`, returning its
 * canonical spelling.
 *
 * @public
 */
export function parseTimezone(
  annotation: string,
  raw: string,
): AnnotationResult<string> {
  const zone = raw.trim();
  if (!ZONE_NAME_PATTERN.test(zone) || !IANAZone.isValidZone(zone)) {
    return annotationFailure(
      annotation,
      raw,
      'is not a known IANA time zone; expected a name such as "Europe/Berlin", "America/New_York" or "UTC"',
    );
  }
  return annotationValue(canonicalZoneName(zone));
}
