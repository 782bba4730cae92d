import { IANAZone } from 'luxon';
import { parseSlaWindow } from '../annotations/parseSlaWindow';
import { valueOf } from '../annotations/testing/results';
import { calendarMonthsBetween, resolveSlaWindow } from './resolveSlaWindow';

const BERLIN = IANAZone.create('Europe/Berlin');

describe('resolveSlaWindow', () => {
  it('reaches back a rolling window from now', () => {
    const now = Date.parse('2026-06-15T12:34:56Z');
    expect(
      resolveSlaWindow(valueOf(parseSlaWindow('w', '24h')), BERLIN, now),
    ).toEqual({
      from: now - 86_400_000,
      to: now,
      periodEnd: now,
      periodMs: 86_400_000,
    });
  });

  it('starts a calendar year at New Year in the time zone', () => {
    const now = Date.parse('2026-06-15T12:00:00Z');
    const window = resolveSlaWindow(
      valueOf(parseSlaWindow('w', '1Y')),
      BERLIN,
      now,
    );
    expect(new Date(window.from).toISOString()).toBe(
      '2025-12-31T23:00:00.000Z',
    );
    expect(new Date(window.periodEnd).toISOString()).toBe(
      '2026-12-31T23:00:00.000Z',
    );
    expect(window.periodMs).toBe(365 * 86_400_000);
  });

  it('uses the month of now in the time zone, not in UTC', () => {
    // 31 May 22:30 UTC is already 1 June in Berlin.
    const now = Date.parse('2026-05-31T22:30:00Z');
    const window = resolveSlaWindow(
      valueOf(parseSlaWindow('w', '1M')),
      BERLIN,
      now,
    );
    expect(new Date(window.from).toISOString()).toBe(
      '2026-05-31T22:00:00.000Z',
    );
  });
});

describe('calendarMonthsBetween', () => {
  it('lists the months overlapping a range, cut to it', () => {
    const from = Date.parse('2026-10-15T00:00:00Z');
    const to = Date.parse('2026-12-01T00:00:00Z');
    expect(calendarMonthsBetween(BERLIN, from, to)).toEqual([
      {
        period: '2026-10',
        from,
        to: Date.parse('2026-10-31T23:00:00Z'),
        complete: true,
      },
      {
        period: '2026-11',
        from: Date.parse('2026-10-31T23:00:00Z'),
        to: Date.parse('2026-11-30T23:00:00Z'),
        complete: true,
      },
      {
        period: '2026-12',
        from: Date.parse('2026-11-30T23:00:00Z'),
        to,
        complete: false,
      },
    ]);
  });
});
