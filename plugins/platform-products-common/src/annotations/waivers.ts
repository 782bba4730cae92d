import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
} from './AnnotationResult';
import { WAIVER_ANNOTATION_PREFIX } from './keys';
import { DAY_MS } from '../time';

/**
 * A scorecard check waived for an entity until a date, with a reason.
 *
 * @public
 */
export type Waiver = {
  scorecardId: string;
  checkId: string;
  /** Last day (UTC) the waiver applies, as `YYYY-MM-DD`. */
  until: string;
  reason: string;
};

/**
 * What a scorecard or check id may be: they are parts of waiver annotation keys
 * (`paved-road.io/waive.<scorecard>.<check>`) and of URLs.
 *
 * @public
 */
export const SCORECARD_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const VALUE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:\s*:([\s\S]*))?$/;

const EXPECTED_VALUE =
  'expected "YYYY-MM-DD: reason", such as "2027-03-31: migration planned for Q1"';

/** Epoch milliseconds of the start of a real calendar date, or undefined. */
function startOfDateUtc(
  year: number,
  month: number,
  day: number,
): number | undefined {
  const start = Date.UTC(year, month - 1, day);
  const date = new Date(start);
  // Date.UTC rolls 2027-02-30 over to March 2nd; a real date survives the round trip.
  return date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
    ? start
    : undefined;
}

/**
 * Reads a waiver annotation
 * `paved-road.io/waive.<scorecard>.<check>: "YYYY-MM-DD: reason"`. Ids are
 * lowercase letters, digits and `-`.
 *
 * @public
 */
export function parseWaiver(
  annotationKey: string,
  raw: string,
): AnnotationResult<Waiver> {
  const ids = annotationKey.startsWith(WAIVER_ANNOTATION_PREFIX)
    ? annotationKey.slice(WAIVER_ANNOTATION_PREFIX.length).split('.')
    : [];
  if (ids.length !== 2 || !ids.every(id => SCORECARD_ID_PATTERN.test(id))) {
    return annotationFailure(
      annotationKey,
      raw,
      `has a key that is not a waiver key; expected ${WAIVER_ANNOTATION_PREFIX}<scorecard>.<check>, with ids of lowercase letters, digits and "-", such as ${WAIVER_ANNOTATION_PREFIX}product-readiness.has-docs`,
    );
  }
  const match = VALUE_PATTERN.exec(raw.trim());
  if (!match) {
    return annotationFailure(
      annotationKey,
      raw,
      `is not a waiver; ${EXPECTED_VALUE}`,
    );
  }
  const [, year, month, day, reasonText] = match;
  if (startOfDateUtc(Number(year), Number(month), Number(day)) === undefined) {
    return annotationFailure(
      annotationKey,
      raw,
      `has ${year}-${month}-${day}, which is not a calendar date; ${EXPECTED_VALUE}`,
    );
  }
  const reason = reasonText?.trim() ?? '';
  if (!reason) {
    return annotationFailure(
      annotationKey,
      raw,
      `gives no reason; ${EXPECTED_VALUE}`,
    );
  }
  return annotationValue({
    scorecardId: ids[0],
    checkId: ids[1],
    until: `${year}-${month}-${day}`,
    reason,
  });
}

/**
 * Whether a waiver still applies at `now`: through the whole of its `until`
 * day in UTC, so a waiver "until 2027-03-31" ends at 2027-04-01T00:00:00Z.
 *
 * @public
 */
export function isWaiverActive(
  waiver: Pick<Waiver, 'until'>,
  now: Date,
): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(waiver.until);
  const start = match
    ? startOfDateUtc(Number(match[1]), Number(match[2]), Number(match[3]))
    : undefined;
  return start !== undefined && now.getTime() < start + DAY_MS;
}
