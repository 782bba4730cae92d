import { DateTime, IANAZone } from 'luxon';
import { SlaWindow } from '../annotations/parseSlaWindow';

/** An SLA window at a given moment, as epoch milliseconds. */
export type ResolvedSlaWindow = {
  /** Start, inclusive. */
  from: number;
  /** End of what can be measured: now. */
  to: number;
  /** End of the whole period: now for rolling windows. */
  periodEnd: number;
  /** Length of the whole period, `periodEnd − from`. */
  periodMs: number;
};

/**
 * Where an SLA window lies at `now`: a rolling window reaches back its
 * length from now; a calendar window starts at the start of the current
 * month, quarter or year in `zone` and lasts the whole period, so a month
 * with a daylight-saving change is an hour shorter or longer.
 */
export function resolveSlaWindow(
  window: SlaWindow,
  zone: IANAZone,
  now: number,
): ResolvedSlaWindow {
  if (window.type === 'rolling') {
    return {
      from: now - window.durationMs,
      to: now,
      periodEnd: now,
      periodMs: window.durationMs,
    };
  }
  const start = DateTime.fromMillis(now, { zone }).startOf(window.unit);
  const from = start.toMillis();
  const periodEnd = start.plus({ [window.unit]: 1 }).toMillis();
  return { from, to: now, periodEnd, periodMs: periodEnd - from };
}

/** One calendar month in a time zone, cut to a range. */
export type CalendarMonth = {
  /** `YYYY-MM` in the zone. */
  period: string;
  from: number;
  to: number;
  /** Whether the month ends within the range (it is not cut at the end). */
  complete: boolean;
};

/**
 * The calendar months in `zone` that overlap `[from, to)`, the first and
 * last cut to the range.
 */
export function calendarMonthsBetween(
  zone: IANAZone,
  from: number,
  to: number,
): CalendarMonth[] {
  const months: CalendarMonth[] = [];
  let start = DateTime.fromMillis(from, { zone }).startOf('month');
  while (start.toMillis() < to) {
    const next = start.plus({ months: 1 });
    const end = next.toMillis();
    months.push({
      period: start.toFormat('yyyy-MM'),
      from: Math.max(start.toMillis(), from),
      to: Math.min(end, to),
      complete: end <= to,
    });
    start = next;
  }
  return months;
}
