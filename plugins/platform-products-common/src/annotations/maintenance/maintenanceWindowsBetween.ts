import { DateTime, Duration, IANAZone } from 'luxon';
import {
  MaintenanceRule,
  MaintenanceWeekday,
  MaintenanceWindow,
  Weekday,
} from './MaintenanceRule';
import { instantOfLocalTime } from './zonedTime';
import { DAY_MS } from '../../time';

// Indexed by Date#getUTCDay(), which counts from Sunday.
const WEEKDAY_BY_INDEX: readonly Weekday[] = [
  'SU',
  'MO',
  'TU',
  'WE',
  'TH',
  'FR',
  'SA',
];

// 1970-01-05, the first Monday after the epoch, starts ISO week 0 for INTERVAL.
const FIRST_MONDAY_DAY_NUMBER = 4;

/** A calendar date, counted as whole days since 1970-01-01. */
type CalendarDay = {
  dayNumber: number;
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  daysInMonth: number;
};

function calendarDay(dayNumber: number): CalendarDay {
  const date = new Date(dayNumber * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  return {
    dayNumber,
    year,
    month,
    day: date.getUTCDate(),
    weekday: WEEKDAY_BY_INDEX[date.getUTCDay()],
    daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate(),
  };
}

function localDayNumber(instant: number, zone: IANAZone): number {
  const local = DateTime.fromMillis(instant, { zone });
  return Math.floor(Date.UTC(local.year, local.month - 1, local.day) / DAY_MS);
}

function modulo(n: number, m: number): number {
  return ((n % m) + m) % m;
}

/** Whether the day falls in a repetition that INTERVAL keeps. */
function isInInterval(rule: MaintenanceRule, day: CalendarDay): boolean {
  switch (rule.frequency) {
    case 'DAILY':
      return modulo(day.dayNumber, rule.interval) === 0;
    case 'WEEKLY':
      return (
        modulo(
          Math.floor((day.dayNumber - FIRST_MONDAY_DAY_NUMBER) / 7),
          rule.interval,
        ) === 0
      );
    case 'MONTHLY':
    default:
      return (
        modulo((day.year - 1970) * 12 + day.month - 1, rule.interval) === 0
      );
  }
}

function matchesWeekday(entry: MaintenanceWeekday, day: CalendarDay): boolean {
  if (entry.weekday !== day.weekday) {
    return false;
  }
  if (entry.ordinal === undefined) {
    return true;
  }
  const fromStart = Math.ceil(day.day / 7);
  const fromEnd = Math.ceil((day.daysInMonth - day.day + 1) / 7);
  return entry.ordinal > 0
    ? entry.ordinal === fromStart
    : -entry.ordinal === fromEnd;
}

function matchesMonthDay(monthDay: number, day: CalendarDay): boolean {
  return monthDay > 0
    ? monthDay === day.day
    : day.daysInMonth + monthDay + 1 === day.day;
}

// As in RFC 5545, BYDAY and BYMONTHDAY together both have to match (BYDAY=FR;
// BYMONTHDAY=13 is Friday the 13th), and an absent one matches every day.
function isMaintenanceDay(rule: MaintenanceRule, day: CalendarDay): boolean {
  return (
    isInInterval(rule, day) &&
    (rule.byDay.length === 0 ||
      rule.byDay.some(entry => matchesWeekday(entry, day))) &&
    (rule.byMonthDay.length === 0 ||
      rule.byMonthDay.some(monthDay => matchesMonthDay(monthDay, day)))
  );
}

function mergeOverlapping(
  windows: Array<{ start: number; end: number }>,
): MaintenanceWindow[] {
  const sorted = [...windows].sort(
    (a, b) => a.start - b.start || a.end - b.end,
  );
  const merged: Array<{ start: number; end: number }> = [];
  for (const window of sorted) {
    const last = merged[merged.length - 1];
    if (last && window.start <= last.end) {
      last.end = Math.max(last.end, window.end);
    } else {
      merged.push({ ...window });
    }
  }
  return merged.map(window => ({
    start: new Date(window.start),
    end: new Date(window.end),
  }));
}

/**
 * The maintenance windows of a rule that overlap `[from, to)`, whole (not cut
 * to the range), sorted, with overlapping or touching windows merged.
 *
 * Start times are wall-clock times in `timezone` and follow its daylight
 * saving time: a rule at 02:00 on a night the clocks skip that hour starts at
 * 03:00, and on a night the hour happens twice it starts the first time.
 * Hours and minutes of the duration are elapsed time; days and weeks are
 * calendar days (a `P1D` window over a change lasts 23 or 25 hours).
 *
 * `timezone` must be valid (as {@link parseTimezone} returns); an invalid one
 * is a programming error and throws a `RangeError`.
 *
 * @public
 */
export function maintenanceWindowsBetween(
  rule: MaintenanceRule,
  timezone: string,
  from: Date,
  to: Date,
): MaintenanceWindow[] {
  const zone = IANAZone.create(timezone);
  if (!zone.isValid) {
    throw new RangeError(`Unknown time zone "${timezone}"`);
  }
  const fromMs = from.getTime();
  const toMs = to.getTime();
  if (!(fromMs < toMs)) {
    return [];
  }
  const duration = Duration.fromISO(rule.duration);
  // A window starting up to its own length (plus a day for daylight-saving
  // and calendar-day slack) before `from` can still reach into the range.
  const firstDay = localDayNumber(fromMs - rule.durationMs - 2 * DAY_MS, zone);
  const lastDay = localDayNumber(toMs, zone);

  const windows: Array<{ start: number; end: number }> = [];
  for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber++) {
    const day = calendarDay(dayNumber);
    if (!isMaintenanceDay(rule, day)) {
      continue;
    }
    for (const hour of rule.byHour) {
      for (const minute of rule.byMinute) {
        const start = instantOfLocalTime(zone, { ...day, hour, minute });
        const end = DateTime.fromMillis(start, { zone })
          .plus(duration)
          .toMillis();
        if (start < toMs && end > fromMs) {
          windows.push({ start, end });
        }
      }
    }
  }
  return mergeOverlapping(windows);
}
