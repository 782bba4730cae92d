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

// The zone's usual capitalization ("europe/berlin" → "Europe/Berlin"), so
// that one zone is written one way in API responses. Intl may also swap the
// name for an older alias (ICU says "Asia/Calcutta" for "Asia/Kolkata"); the
// name as written is kept then.
function capitalizedZoneName(zone: string): string {
  try {
    const resolved = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
    }).resolvedOptions().timeZone;
    return resolved.toLowerCase() === zone.toLowerCase() ? resolved : zone;
  } catch {
    return zone;
  }
}

/**
 * Reads an IANA time zone name such as `Europe/Berlin` or `UTC`, returning it
 * with its usual capitalization.
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
  return annotationValue(capitalizedZoneName(zone));
}
