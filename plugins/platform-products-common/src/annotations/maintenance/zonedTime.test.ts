import { IANAZone } from 'luxon';
import { instantOfLocalTime } from './zonedTime';

function instant(zone: string, local: string): string {
  const [date, time] = local.split('T');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Date(
    instantOfLocalTime(IANAZone.create(zone), {
      year,
      month,
      day,
      hour,
      minute,
    }),
  ).toISOString();
}

describe('instantOfLocalTime', () => {
  it('reads ordinary times with the offset in force', () => {
    expect(instant('Europe/Berlin', '2026-01-15T12:00')).toBe(
      '2026-01-15T11:00:00.000Z',
    );
    expect(instant('Europe/Berlin', '2026-07-15T12:00')).toBe(
      '2026-07-15T10:00:00.000Z',
    );
    expect(instant('UTC', '2026-07-15T12:00')).toBe('2026-07-15T12:00:00.000Z');
  });

  it('reads a skipped time with the offset before the gap', () => {
    expect(instant('Europe/Berlin', '2026-03-29T02:30')).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(instant('America/New_York', '2026-03-08T02:15')).toBe(
      '2026-03-08T07:15:00.000Z',
    );
  });

  it('reads a repeated time as its first occurrence', () => {
    expect(instant('Europe/Berlin', '2026-10-25T02:30')).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(instant('America/New_York', '2026-11-01T01:30')).toBe(
      '2026-11-01T05:30:00.000Z',
    );
  });

  it('handles a half-hour change (Lord Howe Island)', () => {
    // Clocks go back from +11:00 to +10:30 at 02:00 on 2026-04-05.
    expect(instant('Australia/Lord_Howe', '2026-04-05T01:45')).toBe(
      '2026-04-04T14:45:00.000Z',
    );
  });

  it('reads times next to a change correctly', () => {
    expect(instant('Europe/Berlin', '2026-03-29T01:59')).toBe(
      '2026-03-29T00:59:00.000Z',
    );
    expect(instant('Europe/Berlin', '2026-03-29T03:00')).toBe(
      '2026-03-29T01:00:00.000Z',
    );
    expect(instant('Europe/Berlin', '2026-10-25T03:00')).toBe(
      '2026-10-25T02:00:00.000Z',
    );
  });
});
