import { problemOf, valueOf } from '../testing/results';
import { MaintenanceRule } from './MaintenanceRule';
import { maintenanceWindowsBetween } from './maintenanceWindowsBetween';
import { parseMaintenanceRule } from './parseMaintenanceRule';

function rule(text: string): MaintenanceRule {
  return valueOf(parseMaintenanceRule('paved-road.io/sla-maintenance', text));
}

type Iso = { start: string; end: string };

function windows(text: string, zone: string, from: string, to: string): Iso[] {
  return maintenanceWindowsBetween(
    rule(text),
    zone,
    new Date(from),
    new Date(to),
  ).map(w => ({
    start: w.start.toISOString(),
    end: w.end.toISOString(),
  }));
}

function starts(
  text: string,
  zone: string,
  from: string,
  to: string,
): string[] {
  return windows(text, zone, from, to).map(w => w.start);
}

describe('maintenanceWindowsBetween', () => {
  const weeklySunday2am = 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H';

  it('expands a weekly rule in UTC', () => {
    expect(
      windows(
        weeklySunday2am,
        'UTC',
        '2026-03-01T00:00:00Z',
        '2026-03-16T00:00:00Z',
      ),
    ).toEqual([
      { start: '2026-03-01T02:00:00.000Z', end: '2026-03-01T04:00:00.000Z' },
      { start: '2026-03-08T02:00:00.000Z', end: '2026-03-08T04:00:00.000Z' },
      { start: '2026-03-15T02:00:00.000Z', end: '2026-03-15T04:00:00.000Z' },
    ]);
  });

  describe('across daylight saving time in Europe/Berlin', () => {
    it('keeps wall-clock start times when clocks go forward, moving a skipped 02:00 to 03:00', () => {
      // 2026-03-29 02:00 CET does not exist: clocks jump to 03:00 CEST (01:00Z).
      expect(
        windows(
          weeklySunday2am,
          'Europe/Berlin',
          '2026-03-21T00:00:00Z',
          '2026-04-06T00:00:00Z',
        ),
      ).toEqual([
        { start: '2026-03-22T01:00:00.000Z', end: '2026-03-22T03:00:00.000Z' }, // 02:00 CET
        { start: '2026-03-29T01:00:00.000Z', end: '2026-03-29T03:00:00.000Z' }, // 03:00 CEST
        { start: '2026-04-05T00:00:00.000Z', end: '2026-04-05T02:00:00.000Z' }, // 02:00 CEST
      ]);
    });

    it('starts at the first 02:30 when clocks go back and 02:30 happens twice', () => {
      expect(
        windows(
          'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYMINUTE=30;DURATION=PT1H',
          'Europe/Berlin',
          '2026-10-18T00:00:00Z',
          '2026-11-02T00:00:00Z',
        ),
      ).toEqual([
        { start: '2026-10-18T00:30:00.000Z', end: '2026-10-18T01:30:00.000Z' }, // 02:30 CEST
        { start: '2026-10-25T00:30:00.000Z', end: '2026-10-25T01:30:00.000Z' }, // first 02:30, CEST
        { start: '2026-11-01T01:30:00.000Z', end: '2026-11-01T02:30:00.000Z' }, // 02:30 CET
      ]);
    });

    it('keeps daily windows at the same local time on both sides of a change', () => {
      expect(
        starts(
          'FREQ=DAILY;BYHOUR=4;DURATION=PT30M',
          'Europe/Berlin',
          '2026-03-27T12:00:00Z',
          '2026-03-31T00:00:00Z',
        ),
      ).toEqual([
        '2026-03-28T03:00:00.000Z',
        '2026-03-29T02:00:00.000Z',
        '2026-03-30T02:00:00.000Z',
      ]);
    });

    it('gives a one-day window 23 hours on the day clocks go forward', () => {
      const [window] = windows(
        'FREQ=WEEKLY;BYDAY=SU;DURATION=P1D',
        'Europe/Berlin',
        '2026-03-28T12:00:00Z',
        '2026-03-29T12:00:00Z',
      );
      expect(window).toEqual({
        start: '2026-03-28T23:00:00.000Z',
        end: '2026-03-29T22:00:00.000Z',
      });
    });

    it('gives a two-hour window exactly two hours across the change', () => {
      const [window] = windows(
        'FREQ=WEEKLY;BYDAY=SU;BYHOUR=1;BYMINUTE=30;DURATION=PT2H',
        'Europe/Berlin',
        '2026-03-29T00:00:00Z',
        '2026-03-30T00:00:00Z',
      );
      // 01:30 CET is 00:30Z; two elapsed hours later it is 04:30 CEST.
      expect(window).toEqual({
        start: '2026-03-29T00:30:00.000Z',
        end: '2026-03-29T02:30:00.000Z',
      });
    });
  });

  it('finds the nth and last weekday of a month', () => {
    expect(
      starts(
        'FREQ=MONTHLY;BYDAY=1SU,-1FR;DURATION=PT1H',
        'UTC',
        '2026-01-01T00:00:00Z',
        '2026-04-01T00:00:00Z',
      ),
    ).toEqual([
      '2026-01-04T00:00:00.000Z',
      '2026-01-30T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-02-27T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2026-03-27T00:00:00.000Z',
    ]);
  });

  it('finds the fifth weekday only in months that have one', () => {
    expect(
      starts(
        'FREQ=MONTHLY;BYDAY=5SU;DURATION=PT1H',
        'UTC',
        '2026-01-01T00:00:00Z',
        '2026-07-01T00:00:00Z',
      ),
    ).toEqual(['2026-03-29T00:00:00.000Z', '2026-05-31T00:00:00.000Z']);
  });

  it('counts month days from the end and skips months without the day', () => {
    expect(
      starts(
        'FREQ=MONTHLY;BYMONTHDAY=-1;DURATION=PT1H',
        'UTC',
        '2026-01-15T00:00:00Z',
        '2026-04-15T00:00:00Z',
      ),
    ).toEqual([
      '2026-01-31T00:00:00.000Z',
      '2026-02-28T00:00:00.000Z',
      '2026-03-31T00:00:00.000Z',
    ]);
    expect(
      starts(
        'FREQ=MONTHLY;BYMONTHDAY=31;DURATION=PT1H',
        'UTC',
        '2026-01-15T00:00:00Z',
        '2026-05-15T00:00:00Z',
      ),
    ).toEqual(['2026-01-31T00:00:00.000Z', '2026-03-31T00:00:00.000Z']);
  });

  it('needs BYDAY and BYMONTHDAY both to match when both are given', () => {
    // Friday the 13th: in 2026, February, March and November.
    expect(
      starts(
        'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;DURATION=PT1H',
        'UTC',
        '2026-01-01T00:00:00Z',
        '2027-01-01T00:00:00Z',
      ),
    ).toEqual([
      '2026-02-13T00:00:00.000Z',
      '2026-03-13T00:00:00.000Z',
      '2026-11-13T00:00:00.000Z',
    ]);
  });

  it('limits a daily rule to the given weekdays', () => {
    expect(
      starts(
        'FREQ=DAILY;BYDAY=SA,SU;BYHOUR=6;DURATION=PT1H',
        'UTC',
        '2026-03-02T00:00:00Z',
        '2026-03-16T00:00:00Z',
      ),
    ).toEqual([
      '2026-03-07T06:00:00.000Z',
      '2026-03-08T06:00:00.000Z',
      '2026-03-14T06:00:00.000Z',
      '2026-03-15T06:00:00.000Z',
    ]);
  });

  it('expands every hour and minute combination', () => {
    expect(
      starts(
        'FREQ=DAILY;BYHOUR=1,13;BYMINUTE=0,30;DURATION=PT10M',
        'UTC',
        '2026-03-02T00:00:00Z',
        '2026-03-03T00:00:00Z',
      ),
    ).toEqual([
      '2026-03-02T01:00:00.000Z',
      '2026-03-02T01:30:00.000Z',
      '2026-03-02T13:00:00.000Z',
      '2026-03-02T13:30:00.000Z',
    ]);
  });

  it('counts intervals from fixed origins, so every entity agrees on the weeks', () => {
    // ISO weeks since the week of 1970-01-05; 2026-03-01 falls in an odd one.
    expect(
      starts(
        'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;DURATION=PT1H',
        'UTC',
        '2026-03-01T00:00:00Z',
        '2026-04-01T00:00:00Z',
      ),
    ).toEqual(['2026-03-08T00:00:00.000Z', '2026-03-22T00:00:00.000Z']);
    // Days since 1970-01-01: 2026-03-01 is day 20513, so day 20514 is the next multiple of 3.
    expect(
      starts(
        'FREQ=DAILY;INTERVAL=3;DURATION=PT1H',
        'UTC',
        '2026-03-01T00:00:00Z',
        '2026-03-08T00:00:00Z',
      ),
    ).toEqual(['2026-03-02T00:00:00.000Z', '2026-03-05T00:00:00.000Z']);
    // Months since January 1970: even months are January, March…
    expect(
      starts(
        'FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=1;DURATION=PT1H',
        'UTC',
        '2026-01-15T00:00:00Z',
        '2026-06-15T00:00:00Z',
      ),
    ).toEqual(['2026-03-01T00:00:00.000Z', '2026-05-01T00:00:00.000Z']);
  });

  it('includes windows that started before the range or end after it, whole', () => {
    expect(
      windows(
        'FREQ=DAILY;BYHOUR=22;DURATION=PT4H',
        'UTC',
        '2026-03-02T01:00:00Z',
        '2026-03-02T23:00:00Z',
      ),
    ).toEqual([
      { start: '2026-03-01T22:00:00.000Z', end: '2026-03-02T02:00:00.000Z' },
      { start: '2026-03-02T22:00:00.000Z', end: '2026-03-03T02:00:00.000Z' },
    ]);
  });

  it('leaves out windows that end exactly where the range starts', () => {
    expect(
      starts(
        'FREQ=DAILY;BYHOUR=22;DURATION=PT2H',
        'UTC',
        '2026-03-02T00:00:00Z',
        '2026-03-02T12:00:00Z',
      ),
    ).toEqual([]);
  });

  it('merges overlapping windows', () => {
    expect(
      windows(
        'FREQ=DAILY;BYHOUR=1,2;DURATION=PT90M',
        'UTC',
        '2026-03-02T00:00:00Z',
        '2026-03-02T12:00:00Z',
      ),
    ).toEqual([
      { start: '2026-03-02T01:00:00.000Z', end: '2026-03-02T03:30:00.000Z' },
    ]);
  });

  it('reads start times in the given zone', () => {
    expect(
      starts(
        weeklySunday2am,
        'America/New_York',
        '2026-07-01T00:00:00Z',
        '2026-07-08T00:00:00Z',
      ),
    ).toEqual(['2026-07-05T06:00:00.000Z']);
  });

  it('gives nothing for an empty or reversed range', () => {
    expect(
      starts(
        weeklySunday2am,
        'UTC',
        '2026-03-01T00:00:00Z',
        '2026-03-01T00:00:00Z',
      ),
    ).toEqual([]);
    expect(
      starts(
        weeklySunday2am,
        'UTC',
        '2026-03-10T00:00:00Z',
        '2026-03-01T00:00:00Z',
      ),
    ).toEqual([]);
    expect(
      maintenanceWindowsBetween(
        rule(weeklySunday2am),
        'UTC',
        new Date(Number.NaN),
        new Date(),
      ),
    ).toEqual([]);
  });

  it('throws on a zone that parseTimezone would have refused', () => {
    expect(() =>
      maintenanceWindowsBetween(
        rule(weeklySunday2am),
        'Mars/Olympus',
        new Date(0),
        new Date(1),
      ),
    ).toThrow(RangeError);
    expect(problemOf(parseMaintenanceRule('k', 'FREQ=WEEKLY')).annotation).toBe(
      'k',
    );
  });
});
