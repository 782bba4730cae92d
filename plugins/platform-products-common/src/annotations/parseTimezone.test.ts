import { parseTimezone } from './parseTimezone';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/sla-timezone';

describe('parseTimezone', () => {
  it.each([
    ['Europe/Berlin', 'Europe/Berlin'],
    ['UTC', 'UTC'],
    ['America/Argentina/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
    ['Etc/GMT+5', 'Etc/GMT+5'],
    ['europe/berlin', 'Europe/Berlin'],
    ['  Asia/Tokyo ', 'Asia/Tokyo'],
    ['Asia/Kolkata', 'Asia/Kolkata'],
  ])('reads %j as %j', (raw, zone) => {
    expect(valueOf(parseTimezone(KEY, raw))).toBe(zone);
  });

  it.each([
    'Mars/Olympus',
    '',
    ' ',
    '+03:00',
    'GMT+1 ',
    'Europe/Berlin;',
    'CEST ',
    'Europe / Berlin',
  ])('refuses %j', raw => {
    expect(problemOf(parseTimezone(KEY, raw))).toEqual({
      annotation: KEY,
      value: raw,
      message: `${KEY}: ${JSON.stringify(
        raw,
      )} is not a known IANA time zone; expected a name such as "Europe/Berlin", "America/New_York" or "UTC"`,
    });
  });
});
