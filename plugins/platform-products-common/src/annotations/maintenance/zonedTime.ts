import { IANAZone } from 'luxon';
import { DAY_MS, MINUTE_MS } from '../../time';

/** A wall-clock time, without a zone. */
export type LocalTime = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
};

/**
 * The instant (epoch milliseconds) at which clocks in `zone` show `local`,
 * following RFC 5545 for the two daylight-saving cases:
 *
 * - a time that happens twice (clocks going back) is its first occurrence;
 * - a time that never happens (clocks going forward) is read with the offset
 *   in force before the change, so 02:30 on the spring-forward night in
 *   Berlin becomes 03:30 summer time.
 *
 * Luxon alone would pick the second occurrence in the first case.
 */
export function instantOfLocalTime(zone: IANAZone, local: LocalTime): number {
  // The wall-clock reading as if it were UTC; an offset turns it into an instant.
  const wall = Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
  );
  // No zone changes its offset twice within two days, so the offsets a day
  // before and a day after are the only candidates.
  const offsetBefore = zone.offset(wall - DAY_MS);
  const offsetAfter = zone.offset(wall + DAY_MS);
  const matching = [offsetBefore, offsetAfter]
    .map(offset => wall - offset * MINUTE_MS)
    .filter(instant => wall - zone.offset(instant) * MINUTE_MS === instant);
  if (matching.length > 0) {
    return Math.min(...matching);
  }
  return wall - offsetBefore * MINUTE_MS;
}
