import { SlaWindow } from '@paved-road/plugin-platform-products-common';
import { DAY_MS } from '../time';

/** The longest burn-rate span the math looks at, which may reach before the window. */
export const LONGEST_BURN_RATE_SPAN_MS = 3 * DAY_MS;

/**
 * From when to read an objective's buckets so that its window and every burn-rate span are
 * covered at `now`. A calendar window is read from a day before its UTC start, which
 * covers the period's start in any time zone (offsets are under a day); the math itself
 * ignores what lies outside the window.
 */
export function bucketsReadFrom(window: SlaWindow, now: number): number {
  let from: number;
  if (window.type === 'rolling') {
    from = now - window.durationMs;
  } else {
    const date = new Date(now);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    const startMonth = {
      month,
      quarter: month - (month % 3),
      year: 0,
    }[window.unit];
    from = Date.UTC(year, startMonth, 1) - DAY_MS;
  }
  return Math.min(from, now - LONGEST_BURN_RATE_SPAN_MS);
}

/**
 * Before when an objective's buckets may be read summed per hour (see
 * `SliBucketRange.hourlyBefore`), or undefined to read every bucket.
 *
 * Burn rates need minute buckets over their spans (the last three days). Further back only
 * sums matter, as long as no maintenance window cuts through an hour (maintenance is placed
 * by the minute) and the window starts exactly where reading starts: true for rolling
 * windows, not for calendar ones, which are read from a day early (and may start at a half
 * hour in some zones).
 */
export function hourlyBefore(
  objective: { window: SlaWindow; maintenance?: unknown },
  now: number,
): number | undefined {
  if (objective.maintenance || objective.window.type !== 'rolling') {
    return undefined;
  }
  return now - LONGEST_BURN_RATE_SPAN_MS;
}
