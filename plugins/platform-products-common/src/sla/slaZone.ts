import { IANAZone } from 'luxon';

/**
 * The luxon zone of an SLA. The time zone comes from `parseTimezone`, so an
 * invalid one is a programming error and throws, as in
 * `maintenanceWindowsBetween`.
 */
export function slaZone(timezone: string): IANAZone {
  const zone = IANAZone.create(timezone);
  if (!zone.isValid) {
    throw new RangeError(`Unknown time zone "${timezone}"`);
  }
  return zone;
}

/** Epoch milliseconds of a valid date; throws on an invalid one. */
export function instantOf(date: Date, name: string): number {
  const ms = date.getTime();
  if (!Number.isFinite(ms)) {
    throw new RangeError(`${name} is not a valid date`);
  }
  return ms;
}
