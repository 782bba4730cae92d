/**
 * How often a maintenance rule repeats.
 *
 * @public
 */
export type MaintenanceFrequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/**
 * A day of the week, as RFC 5545 writes it.
 *
 * @public
 */
export type Weekday = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/**
 * One `BYDAY` entry: a weekday, and for monthly rules optionally which one in
 * the month (`1SU` first Sunday: ordinal 1; `-1FR` last Friday: ordinal -1).
 *
 * @public
 */
export type MaintenanceWeekday = {
  weekday: Weekday;
  /** 1 to 5 counts from the start of the month, -1 to -5 from its end. */
  ordinal?: number;
};

/**
 * A recurring maintenance window, read from an RFC 5545 RRULE subset plus a
 * `DURATION`. Start times are wall-clock times in the SLA's time zone.
 *
 * There is no DTSTART, so `INTERVAL` counts from fixed origins: days from
 * 1970-01-01, ISO weeks from the week of Monday 1970-01-05, months from
 * January 1970. `INTERVAL=2` on a weekly rule therefore means "every even
 * week since then", the same for every entity.
 *
 * @public
 */
export type MaintenanceRule = {
  frequency: MaintenanceFrequency;
  /** Repeat every `interval` days, weeks or months; 1 when not given. */
  interval: number;
  /**
   * Days of the week the window starts on; empty when not given, meaning any
   * day allowed by `byMonthDay`.
   */
  byDay: MaintenanceWeekday[];
  /**
   * Days of the month the window starts on (negative counts from the end:
   * -1 is the last day); empty when not given. A month without that day is
   * skipped, as RFC 5545 says.
   */
  byMonthDay: number[];
  /** Hours (0–23) the window starts at; `[0]` when not given. */
  byHour: number[];
  /** Minutes (0–59) past those hours the window starts at; `[0]` when not given. */
  byMinute: number[];
  /** How long each window lasts, as an ISO-8601 duration such as `PT2H`. */
  duration: string;
  /**
   * `duration` in milliseconds, counting a day as 24 hours. Windows are
   * expanded with calendar days, so a `P1D` window lasts 23 or 25 hours over
   * a daylight-saving change.
   */
  durationMs: number;
  /** The rule as written, trimmed and upper-cased. */
  text: string;
};

/**
 * One concrete maintenance window: `start` inclusive, `end` exclusive.
 *
 * @public
 */
export type MaintenanceWindow = { start: Date; end: Date };
