import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
} from './AnnotationResult';
import { DAY_MS, HOUR_MS } from '../time';

/**
 * A window that ends now and reaches back a fixed time, such as the last 30
 * days.
 *
 * @public
 */
export type RollingSlaWindow = {
  type: 'rolling';
  /** Length of the window. */
  durationMs: number;
  /** The window as written, normalized: `30d`. */
  text: string;
};

/**
 * The current calendar month, quarter or year, in the SLA's time zone.
 *
 * @public
 */
export type CalendarSlaWindow = {
  type: 'calendar';
  unit: 'month' | 'quarter' | 'year';
  /** The window as written: `1M`, `1Q` or `1Y`. */
  text: string;
};

/**
 * The period over which SLA compliance and the error budget are computed.
 *
 * @public
 */
export type SlaWindow = RollingSlaWindow | CalendarSlaWindow;

const ROLLING_UNIT_MS: Readonly<Record<string, number>> = {
  h: HOUR_MS,
  d: DAY_MS,
  w: 7 * DAY_MS,
};

const CALENDAR_UNITS: Readonly<Record<string, CalendarSlaWindow['unit']>> = {
  M: 'month',
  Q: 'quarter',
  Y: 'year',
};

// Longer windows make the error budget meaningless (a year and a bit covers
// any calendar-year comparison) and cost a lot of SLI history to compute.
const MAX_ROLLING_DAYS = 400;

/**
 * The SLA window used when an entity names none: the last 30 days.
 *
 * @public
 */
export const DEFAULT_SLA_WINDOW: Readonly<RollingSlaWindow> = Object.freeze({
  type: 'rolling',
  durationMs: 30 * DAY_MS,
  text: '30d',
});

const EXPECTED =
  'expected a rolling window such as "30d", "4w" or "24h", or a calendar window "1M", "1Q" or "1Y"';

/**
 * Reads an SLA window: rolling `<N>h`, `<N>d` or `<N>w` (whole numbers, at
 * most 400 days), or calendar `1M` (month), `1Q` (quarter) or `1Y` (year).
 *
 * @public
 */
export function parseSlaWindow(
  annotation: string,
  raw: string,
): AnnotationResult<SlaWindow> {
  const text = raw.trim();
  const rolling = /^(\d+)([hdw])$/.exec(text);
  if (rolling) {
    const count = Number(rolling[1]);
    const unit = rolling[2];
    const durationMs = count * ROLLING_UNIT_MS[unit];
    if (count === 0) {
      return annotationFailure(
        annotation,
        raw,
        `is an empty window; ${EXPECTED}`,
      );
    }
    if (durationMs > MAX_ROLLING_DAYS * DAY_MS) {
      return annotationFailure(
        annotation,
        raw,
        `is longer than the longest rolling window, ${MAX_ROLLING_DAYS}d; ${EXPECTED}`,
      );
    }
    return annotationValue({
      type: 'rolling',
      durationMs,
      text: `${count}${unit}`,
    });
  }
  const calendar = /^(\d+)([MQY])$/.exec(text);
  if (calendar) {
    if (Number(calendar[1]) !== 1) {
      return annotationFailure(
        annotation,
        raw,
        'is not a calendar window; only "1M" (calendar month), "1Q" (calendar quarter) and "1Y" (calendar year) are calendar windows',
      );
    }
    const unit = CALENDAR_UNITS[calendar[2]];
    return annotationValue({ type: 'calendar', unit, text: `1${calendar[2]}` });
  }
  return annotationFailure(
    annotation,
    raw,
    `is not an SLA window; ${EXPECTED}`,
  );
}
