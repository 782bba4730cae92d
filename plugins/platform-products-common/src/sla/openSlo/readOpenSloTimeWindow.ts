import { IANAZone } from 'luxon';
import { SlaWindow } from '../../annotations/parseSlaWindow';
import {
  ReadResult,
  isRecord,
  quote,
  readError,
  readValue,
} from './readResult';
import { DAY_MS, HOUR_MS } from '../../time';

const MAX_ROLLING_DAYS = 400;

// OpenSLO's duration shorthand: a whole number and one unit.
const DURATION_SHORTHAND = /^(\d+)([mhdwMQY])$/;

// Rolling months, quarters and years are 30, 90 and 365 days in OpenSLO.
const ROLLING_DAYS_PER_UNIT: Readonly<Record<string, number>> = {
  d: 1,
  w: 7,
  M: 30,
  Q: 90,
  Y: 365,
};

const CALENDAR_UNITS = {
  M: 'month',
  Q: 'quarter',
  Y: 'year',
} as const;

function rollingWindow(count: number, unit: string): ReadResult<SlaWindow> {
  if (count === 0) {
    return readError('timeWindow duration is empty');
  }
  if (unit === 'm' || unit === 'h') {
    const hours = unit === 'm' ? count / 60 : count;
    if (!Number.isInteger(hours)) {
      return readError(
        `a rolling window of ${count}${unit} is not supported; rolling windows are whole hours, days or weeks`,
      );
    }
    return hours > MAX_ROLLING_DAYS * 24
      ? readError(
          `a rolling window longer than ${MAX_ROLLING_DAYS} days is not supported`,
        )
      : readValue({
          type: 'rolling',
          durationMs: hours * HOUR_MS,
          text: `${hours}h`,
        });
  }
  const days = count * ROLLING_DAYS_PER_UNIT[unit];
  if (days > MAX_ROLLING_DAYS) {
    return readError(
      `a rolling window longer than ${MAX_ROLLING_DAYS} days is not supported`,
    );
  }
  return readValue({
    type: 'rolling',
    durationMs: days * DAY_MS,
    text: `${days}d`,
  });
}

// "2022-01-01 00:00:00" or "2022-01-01T00:00:00": only the calendar fields
// matter, to check the start lines up with the period.
const START_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

function startTimeNote(
  startTime: unknown,
  unit: (typeof CALENDAR_UNITS)[keyof typeof CALENDAR_UNITS],
): string[] {
  if (startTime === undefined) {
    return [];
  }
  const match =
    typeof startTime === 'string' ? START_TIME.exec(startTime.trim()) : null;
  const [month, day, hour, minute, second] = (match?.slice(2) ?? []).map(part =>
    Number(part ?? 0),
  );
  const monthsPerPeriod = { month: 1, quarter: 3, year: 12 }[unit];
  const aligned =
    match !== null &&
    day === 1 &&
    hour === 0 &&
    minute === 0 &&
    second === 0 &&
    (month - 1) % monthsPerPeriod === 0;
  return aligned
    ? []
    : [
        `calendar startTime ${quote(
          startTime,
        )} is not the start of a ${unit}; the window starts at midnight on the first day of each ${unit} in the time zone instead`,
      ];
}

/** A time window, and the time zone of a calendar window if it names one. */
export type OpenSloTimeWindow = { window: SlaWindow; timezone?: string };

/**
 * Reads `spec.timeWindow`: exactly one rolling window (whole hours, days,
 * weeks; OpenSLO's months, quarters and years as 30, 90 and 365 days) or
 * calendar window (`1M`, `1Q`, `1Y`, aligned to the natural period in its
 * `timeZone`).
 */
export function readOpenSloTimeWindow(
  raw: unknown,
): ReadResult<OpenSloTimeWindow> {
  if (!Array.isArray(raw) || raw.length !== 1 || !isRecord(raw[0])) {
    return readError('timeWindow must be a list of exactly one window');
  }
  const { duration, isRolling, calendar } = raw[0];
  const match =
    typeof duration === 'string'
      ? DURATION_SHORTHAND.exec(duration.trim())
      : null;
  if (!match) {
    return readError(
      `timeWindow duration ${quote(
        duration,
      )} is not a duration shorthand such as "28d" or "1M"`,
    );
  }
  const count = Number(match[1]);
  const unit = match[2];
  if (isRolling !== undefined && typeof isRolling !== 'boolean') {
    return readError(
      `timeWindow isRolling ${quote(isRolling)} is not true or false`,
    );
  }
  const rolling = isRolling ?? calendar === undefined;
  if (rolling) {
    const window = rollingWindow(count, unit);
    return window.ok ? readValue({ window: window.value }) : window;
  }

  if (count !== 1 || !(unit in CALENDAR_UNITS)) {
    return readError(
      `a calendar window of ${quote(
        duration,
      )} is not supported; calendar windows are "1M" (month), "1Q" (quarter) or "1Y" (year)`,
    );
  }
  const calendarUnit = CALENDAR_UNITS[unit as keyof typeof CALENDAR_UNITS];
  const window: SlaWindow = {
    type: 'calendar',
    unit: calendarUnit,
    text: `1${unit}`,
  };
  if (calendar === undefined) {
    return readValue({ window });
  }
  if (!isRecord(calendar)) {
    return readError(
      'timeWindow calendar must be a map with startTime and timeZone',
    );
  }
  const { timeZone, startTime } = calendar;
  if (
    timeZone !== undefined &&
    (typeof timeZone !== 'string' || !IANAZone.isValidZone(timeZone))
  ) {
    return readError(
      `calendar timeZone ${quote(
        timeZone,
      )} is not a known IANA time zone such as "Europe/Berlin"`,
    );
  }
  return readValue(
    { window, timezone: timeZone },
    startTimeNote(startTime, calendarUnit),
  );
}
