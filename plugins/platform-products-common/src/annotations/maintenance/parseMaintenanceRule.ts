import { Duration } from 'luxon';
import {
  annotationFailure,
  AnnotationFailure,
  AnnotationResult,
  annotationValue,
  excerpt,
} from '../AnnotationResult';
import {
  MaintenanceFrequency,
  MaintenanceRule,
  MaintenanceWeekday,
  Weekday,
} from './MaintenanceRule';
import { DAY_MS } from '../../time';

const SUPPORTED_PARTS = [
  'FREQ',
  'INTERVAL',
  'BYDAY',
  'BYMONTHDAY',
  'BYHOUR',
  'BYMINUTE',
  'DURATION',
] as const;

type PartName = (typeof SUPPORTED_PARTS)[number];

const FREQUENCIES: readonly MaintenanceFrequency[] = [
  'DAILY',
  'WEEKLY',
  'MONTHLY',
];

const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

// The shortest time between two starts of each frequency at INTERVAL=1. A
// month is counted at its shortest, 28 days, so a monthly window never runs
// into the next month's.
const PERIOD_DAYS: Readonly<Record<MaintenanceFrequency, number>> = {
  DAILY: 1,
  WEEKLY: 7,
  MONTHLY: 28,
};

const EXAMPLE = 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function isPartName(name: string): name is PartName {
  return (SUPPORTED_PARTS as readonly string[]).includes(name);
}

function isFrequency(value: string): value is MaintenanceFrequency {
  return (FREQUENCIES as readonly string[]).includes(value);
}

function isWeekday(value: string): value is Weekday {
  return (WEEKDAYS as readonly string[]).includes(value);
}

/** Splits `A=1;B=2` into parts, rejecting malformed, unknown and repeated ones. */
function splitParts(text: string): Parsed<Map<PartName, string>> {
  const parts = new Map<PartName, string>();
  for (const part of text.split(';')) {
    const separator = part.indexOf('=');
    if (separator <= 0) {
      return {
        ok: false,
        reason: part.trim()
          ? `has the part ${excerpt(part.trim())}, which is not NAME=VALUE`
          : 'has an empty part; parts are NAME=VALUE separated by single semicolons',
      };
    }
    const name = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (!isPartName(name)) {
      return {
        ok: false,
        reason: `has the unsupported part ${excerpt(
          name,
        )}; supported parts are ${SUPPORTED_PARTS.join(', ')}`,
      };
    }
    if (parts.has(name)) {
      return { ok: false, reason: `gives ${name} more than once` };
    }
    parts.set(name, value);
  }
  return { ok: true, value: parts };
}

/** Reads a comma-separated list of whole numbers, each within its range. */
function parseNumberList(
  name: PartName,
  value: string,
  isAllowed: (n: number) => boolean,
  allowedText: string,
): Parsed<number[]> {
  const items = value.split(',');
  if (!items.every(item => /^[+-]?\d{1,3}$/.test(item))) {
    return {
      ok: false,
      reason: `has ${name}=${excerpt(
        value,
      )}, which is not a comma-separated list of whole numbers`,
    };
  }
  const numbers = items.map(Number);
  const outOfRange = numbers.find(n => !isAllowed(n));
  if (outOfRange !== undefined) {
    return {
      ok: false,
      reason: `has ${name}=${excerpt(
        value,
      )}, but ${outOfRange} is out of range; expected ${allowedText}`,
    };
  }
  return { ok: true, value: [...new Set(numbers)].sort((a, b) => a - b) };
}

function parseByDay(
  value: string,
  frequency: MaintenanceFrequency,
): Parsed<MaintenanceWeekday[]> {
  const days: MaintenanceWeekday[] = [];
  for (const item of value.split(',')) {
    const match = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
    if (!match || !isWeekday(match[2])) {
      return {
        ok: false,
        reason: `has BYDAY=${excerpt(value)}, but ${
          excerpt(item) || 'an empty item'
        } is not a weekday; expected MO, TU, WE, TH, FR, SA or SU, such as BYDAY=SA,SU`,
      };
    }
    if (match[1] === undefined) {
      days.push({ weekday: match[2] });
      continue;
    }
    if (frequency !== 'MONTHLY') {
      return {
        ok: false,
        reason: `has BYDAY=${excerpt(value)}, but ${excerpt(
          item,
        )} counts weekdays within a month, which only FREQ=MONTHLY allows`,
      };
    }
    const ordinal = Number(match[1]);
    if (ordinal === 0 || Math.abs(ordinal) > 5) {
      return {
        ok: false,
        reason: `has BYDAY=${excerpt(value)}, but ${excerpt(
          item,
        )} is out of range; expected 1 to 5 from the start of the month or -1 to -5 from its end, such as 1SU or -1FR`,
      };
    }
    days.push({ weekday: match[2], ordinal });
  }
  return { ok: true, value: days };
}

function parseWindowDuration(
  value: string,
): Parsed<{ iso: string; ms: number }> {
  const duration = Duration.fromISO(value);
  if (!duration.isValid) {
    return {
      ok: false,
      reason: `has DURATION=${excerpt(
        value,
      )}, which is not an ISO-8601 duration; expected one such as PT2H, PT30M or P1D`,
    };
  }
  // Months and years have no fixed length, so they could not be compared
  // with the rule's period; no maintenance window is that long anyway.
  if (
    duration.years !== 0 ||
    duration.quarters !== 0 ||
    duration.months !== 0
  ) {
    return {
      ok: false,
      reason: `has DURATION=${excerpt(
        value,
      )}, which counts months or years; use weeks, days, hours and minutes, such as P1D`,
    };
  }
  const ms = duration.toMillis();
  if (!(ms > 0)) {
    return {
      ok: false,
      reason: `has DURATION=${excerpt(value)}, which is not longer than zero`,
    };
  }
  return { ok: true, value: { iso: value, ms } };
}

function describePeriod(
  frequency: MaintenanceFrequency,
  interval: number,
): string {
  const days = PERIOD_DAYS[frequency] * interval;
  const shortest =
    frequency === 'MONTHLY' ? ', counting the shortest month' : '';
  return `${days} day${days === 1 ? '' : 's'}${shortest}`;
}

function ruleFromParts(parts: Map<PartName, string>): Parsed<MaintenanceRule> {
  const frequency = parts.get('FREQ');
  if (frequency === undefined) {
    return {
      ok: false,
      reason: 'has no FREQ; expected FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY',
    };
  }
  if (!isFrequency(frequency)) {
    return {
      ok: false,
      reason: `has FREQ=${excerpt(
        frequency,
      )}, which is not supported; expected DAILY, WEEKLY or MONTHLY`,
    };
  }
  const durationText = parts.get('DURATION');
  if (durationText === undefined) {
    return {
      ok: false,
      reason:
        'has no DURATION; expected an ISO-8601 duration such as DURATION=PT2H',
    };
  }

  let interval = 1;
  const intervalText = parts.get('INTERVAL');
  if (intervalText !== undefined) {
    if (!/^\d{1,4}$/.test(intervalText) || Number(intervalText) === 0) {
      return {
        ok: false,
        reason: `has INTERVAL=${excerpt(
          intervalText,
        )}, which is not a whole number from 1 to 9999`,
      };
    }
    interval = Number(intervalText);
  }

  let byDay: MaintenanceWeekday[] = [];
  const byDayText = parts.get('BYDAY');
  if (byDayText !== undefined) {
    const parsed = parseByDay(byDayText, frequency);
    if (!parsed.ok) return parsed;
    byDay = parsed.value;
  }

  let byMonthDay: number[] = [];
  const byMonthDayText = parts.get('BYMONTHDAY');
  if (byMonthDayText !== undefined) {
    // RFC 5545: BYMONTHDAY MUST NOT be used with FREQ=WEEKLY.
    if (frequency === 'WEEKLY') {
      return {
        ok: false,
        reason: 'has BYMONTHDAY, which FREQ=WEEKLY does not allow; use BYDAY',
      };
    }
    const parsed = parseNumberList(
      'BYMONTHDAY',
      byMonthDayText,
      n => n !== 0 && Math.abs(n) <= 31,
      'days from 1 to 31, or -1 (last day) to -31',
    );
    if (!parsed.ok) return parsed;
    byMonthDay = parsed.value;
  }

  // Without DTSTART there is no day to inherit, so the day must be named.
  if (frequency === 'WEEKLY' && byDay.length === 0) {
    return {
      ok: false,
      reason: 'has FREQ=WEEKLY but no BYDAY; name the days, such as BYDAY=SU',
    };
  }
  if (
    frequency === 'MONTHLY' &&
    byDay.length === 0 &&
    byMonthDay.length === 0
  ) {
    return {
      ok: false,
      reason:
        'has FREQ=MONTHLY but neither BYMONTHDAY nor BYDAY; name the days, such as BYMONTHDAY=1 or BYDAY=1SU',
    };
  }

  let byHour = [0];
  const byHourText = parts.get('BYHOUR');
  if (byHourText !== undefined) {
    const parsed = parseNumberList(
      'BYHOUR',
      byHourText,
      n => n >= 0 && n <= 23,
      'hours from 0 to 23',
    );
    if (!parsed.ok) return parsed;
    byHour = parsed.value;
  }

  let byMinute = [0];
  const byMinuteText = parts.get('BYMINUTE');
  if (byMinuteText !== undefined) {
    const parsed = parseNumberList(
      'BYMINUTE',
      byMinuteText,
      n => n >= 0 && n <= 59,
      'minutes from 0 to 59',
    );
    if (!parsed.ok) return parsed;
    byMinute = parsed.value;
  }

  const duration = parseWindowDuration(durationText);
  if (!duration.ok) return duration;
  const periodMs = PERIOD_DAYS[frequency] * interval * DAY_MS;
  if (duration.value.ms >= periodMs) {
    return {
      ok: false,
      reason: `has DURATION=${excerpt(
        durationText,
      )}, which is not shorter than the time between two windows, ${describePeriod(
        frequency,
        interval,
      )}`,
    };
  }

  return {
    ok: true,
    value: {
      frequency,
      interval,
      byDay,
      byMonthDay,
      byHour,
      byMinute,
      duration: duration.value.iso,
      durationMs: duration.value.ms,
      text: '',
    },
  };
}

/**
 * Reads a recurring maintenance window: one RFC 5545 RRULE with
 * `FREQ=DAILY|WEEKLY|MONTHLY` and optionally `INTERVAL`, `BYDAY` (with
 * ordinals such as `1SU` or `-1FR` for monthly rules), `BYMONTHDAY`, `BYHOUR`
 * and `BYMINUTE`, plus the required non-standard `DURATION` (ISO 8601), such
 * as `FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H`. Names and values are
 * case-insensitive; an `RRULE:` prefix is allowed.
 *
 * @public
 */
export function parseMaintenanceRule(
  annotation: string,
  raw: string,
): AnnotationResult<MaintenanceRule> {
  const fail = (reason: string): AnnotationFailure =>
    annotationFailure(
      annotation,
      raw,
      `is not a valid maintenance rule: it ${reason}`,
    );

  const text = raw
    .trim()
    .toUpperCase()
    .replace(/^RRULE:/, '');
  if (!text) {
    return annotationFailure(
      annotation,
      raw,
      `is not a valid maintenance rule; expected an RRULE with a DURATION, such as "${EXAMPLE}"`,
    );
  }
  const parts = splitParts(text);
  if (!parts.ok) return fail(parts.reason);
  const rule = ruleFromParts(parts.value);
  if (!rule.ok) return fail(rule.reason);
  return annotationValue({ ...rule.value, text });
}
