import { problemOf, valueOf } from '../testing/results';
import { parseMaintenanceRule } from './parseMaintenanceRule';

const KEY = 'paved-road.io/sla-maintenance';
const HOUR = 3_600_000;

function reasonFor(raw: string): string {
  const { message } = problemOf(parseMaintenanceRule(KEY, raw));
  const prefix = `${KEY}: ${JSON.stringify(
    raw,
  )} is not a valid maintenance rule: it `;
  expect(message.startsWith(prefix)).toBe(true);
  return message.slice(prefix.length);
}

describe('parseMaintenanceRule', () => {
  it('reads the example from the design', () => {
    expect(
      valueOf(
        parseMaintenanceRule(
          KEY,
          'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H',
        ),
      ),
    ).toEqual({
      frequency: 'WEEKLY',
      interval: 1,
      byDay: [{ weekday: 'SU' }],
      byMonthDay: [],
      byHour: [2],
      byMinute: [0],
      duration: 'PT2H',
      durationMs: 2 * HOUR,
      text: 'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H',
    });
  });

  it('reads every supported part', () => {
    const rule = valueOf(
      parseMaintenanceRule(
        KEY,
        'FREQ=MONTHLY;INTERVAL=2;BYDAY=1SU,-1FR,+2MO,WE;BYMONTHDAY=1,-1,15;BYHOUR=22,3,3;BYMINUTE=30,0;DURATION=PT1H30M',
      ),
    );
    expect(rule).toMatchObject({
      frequency: 'MONTHLY',
      interval: 2,
      byDay: [
        { weekday: 'SU', ordinal: 1 },
        { weekday: 'FR', ordinal: -1 },
        { weekday: 'MO', ordinal: 2 },
        { weekday: 'WE' },
      ],
      byMonthDay: [-1, 1, 15],
      byHour: [3, 22],
      byMinute: [0, 30],
      duration: 'PT1H30M',
      durationMs: 1.5 * HOUR,
    });
  });

  it('accepts lowercase, an RRULE: prefix, spaces around parts and parts in any order', () => {
    const rule = valueOf(
      parseMaintenanceRule(
        KEY,
        ' rrule:duration=pt30m; byday=sa,su ;freq=weekly ',
      ),
    );
    expect(rule).toMatchObject({
      frequency: 'WEEKLY',
      byDay: [{ weekday: 'SA' }, { weekday: 'SU' }],
      duration: 'PT30M',
      durationMs: HOUR / 2,
      text: 'DURATION=PT30M; BYDAY=SA,SU ;FREQ=WEEKLY',
    });
  });

  it.each([
    'FREQ=DAILY;DURATION=PT1H',
    'FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=23;BYMINUTE=45;DURATION=PT15M',
    'FREQ=DAILY;BYMONTHDAY=1;DURATION=PT23H59M',
    'FREQ=DAILY;INTERVAL=2;DURATION=P1DT23H',
    'FREQ=WEEKLY;BYDAY=SA;DURATION=P1DT12H',
    'FREQ=WEEKLY;INTERVAL=2;BYDAY=SU;DURATION=P1W',
    'FREQ=MONTHLY;BYMONTHDAY=-1;DURATION=P27D',
    'FREQ=MONTHLY;BYDAY=-5SU;DURATION=PT4H',
    'FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13;DURATION=PT4H',
    'FREQ=WEEKLY;BYDAY=SU;DURATION=PT0.5H',
  ])('accepts %j', raw => {
    expect(parseMaintenanceRule(KEY, raw).ok).toBe(true);
  });

  it('refuses an empty rule', () => {
    expect(problemOf(parseMaintenanceRule(KEY, '  ')).message).toBe(
      `${KEY}: "  " is not a valid maintenance rule; expected an RRULE with a DURATION, such as "FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H"`,
    );
  });

  it.each<[string, string]>([
    [
      'FREQ=WEEKLY;;BYDAY=SU;DURATION=PT2H',
      'has an empty part; parts are NAME=VALUE separated by single semicolons',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=PT2H;',
      'has an empty part; parts are NAME=VALUE separated by single semicolons',
    ],
    [
      'FREQ=WEEKLY;SUNDAY;DURATION=PT2H',
      'has the part SUNDAY, which is not NAME=VALUE',
    ],
    [
      'FREQ=WEEKLY;=SU;DURATION=PT2H',
      'has the part =SU, which is not NAME=VALUE',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;COUNT=3;DURATION=PT2H',
      'has the unsupported part COUNT; supported parts are FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYHOUR, BYMINUTE, DURATION',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;UNTIL=20271231T000000Z;DURATION=PT2H',
      'has the unsupported part UNTIL; supported parts are FREQ, INTERVAL, BYDAY, BYMONTHDAY, BYHOUR, BYMINUTE, DURATION',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;BYHOUR=3;DURATION=PT2H',
      'gives BYHOUR more than once',
    ],
    [
      'FREQ=WEEKLY;FREQ=DAILY;BYDAY=SU;DURATION=PT2H',
      'gives FREQ more than once',
    ],
    [
      'BYDAY=SU;DURATION=PT2H',
      'has no FREQ; expected FREQ=DAILY, FREQ=WEEKLY or FREQ=MONTHLY',
    ],
    [
      'FREQ=YEARLY;DURATION=PT2H',
      'has FREQ=YEARLY, which is not supported; expected DAILY, WEEKLY or MONTHLY',
    ],
    [
      'FREQ=HOURLY;DURATION=PT2H',
      'has FREQ=HOURLY, which is not supported; expected DAILY, WEEKLY or MONTHLY',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2',
      'has no DURATION; expected an ISO-8601 duration such as DURATION=PT2H',
    ],
    [
      'FREQ=DAILY;INTERVAL=0;DURATION=PT1H',
      'has INTERVAL=0, which is not a whole number from 1 to 9999',
    ],
    [
      'FREQ=DAILY;INTERVAL=-1;DURATION=PT1H',
      'has INTERVAL=-1, which is not a whole number from 1 to 9999',
    ],
    [
      'FREQ=DAILY;INTERVAL=1.5;DURATION=PT1H',
      'has INTERVAL=1.5, which is not a whole number from 1 to 9999',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SUN;DURATION=PT2H',
      'has BYDAY=SUN, but SUN is not a weekday; expected MO, TU, WE, TH, FR, SA or SU, such as BYDAY=SA,SU',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SA,,SU;DURATION=PT2H',
      'has BYDAY=SA,,SU, but an empty item is not a weekday; expected MO, TU, WE, TH, FR, SA or SU, such as BYDAY=SA,SU',
    ],
    [
      'FREQ=WEEKLY;BYDAY=1SU;DURATION=PT2H',
      'has BYDAY=1SU, but 1SU counts weekdays within a month, which only FREQ=MONTHLY allows',
    ],
    [
      'FREQ=DAILY;BYDAY=-1FR;DURATION=PT2H',
      'has BYDAY=-1FR, but -1FR counts weekdays within a month, which only FREQ=MONTHLY allows',
    ],
    [
      'FREQ=MONTHLY;BYDAY=6SU;DURATION=PT2H',
      'has BYDAY=6SU, but 6SU is out of range; expected 1 to 5 from the start of the month or -1 to -5 from its end, such as 1SU or -1FR',
    ],
    [
      'FREQ=MONTHLY;BYDAY=0SU;DURATION=PT2H',
      'has BYDAY=0SU, but 0SU is out of range; expected 1 to 5 from the start of the month or -1 to -5 from its end, such as 1SU or -1FR',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYMONTHDAY=1;DURATION=PT2H',
      'has BYMONTHDAY, which FREQ=WEEKLY does not allow; use BYDAY',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=32;DURATION=PT2H',
      'has BYMONTHDAY=32, but 32 is out of range; expected days from 1 to 31, or -1 (last day) to -31',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=0;DURATION=PT2H',
      'has BYMONTHDAY=0, but 0 is out of range; expected days from 1 to 31, or -1 (last day) to -31',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=first;DURATION=PT2H',
      'has BYMONTHDAY=FIRST, which is not a comma-separated list of whole numbers',
    ],
    [
      'FREQ=WEEKLY;DURATION=PT2H',
      'has FREQ=WEEKLY but no BYDAY; name the days, such as BYDAY=SU',
    ],
    [
      'FREQ=MONTHLY;DURATION=PT2H',
      'has FREQ=MONTHLY but neither BYMONTHDAY nor BYDAY; name the days, such as BYMONTHDAY=1 or BYDAY=1SU',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYHOUR=25;DURATION=PT2H',
      'has BYHOUR=25, but 25 is out of range; expected hours from 0 to 23',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYHOUR=-1;DURATION=PT2H',
      'has BYHOUR=-1, but -1 is out of range; expected hours from 0 to 23',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2h;DURATION=PT2H',
      'has BYHOUR=2H, which is not a comma-separated list of whole numbers',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYHOUR=;DURATION=PT2H',
      'has BYHOUR=, which is not a comma-separated list of whole numbers',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;BYMINUTE=60;DURATION=PT2H',
      'has BYMINUTE=60, but 60 is out of range; expected minutes from 0 to 59',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=2H',
      'has DURATION=2H, which is not an ISO-8601 duration; expected one such as PT2H, PT30M or P1D',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=',
      'has DURATION=, which is not an ISO-8601 duration; expected one such as PT2H, PT30M or P1D',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=P1M',
      'has DURATION=P1M, which counts months or years; use weeks, days, hours and minutes, such as P1D',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=PT0S',
      'has DURATION=PT0S, which is not longer than zero',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=-PT1H',
      'has DURATION=-PT1H, which is not longer than zero',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=P8D',
      'has DURATION=P8D, which is not shorter than the time between two windows, 7 days',
    ],
    [
      'FREQ=WEEKLY;BYDAY=SU;DURATION=P1W',
      'has DURATION=P1W, which is not shorter than the time between two windows, 7 days',
    ],
    [
      'FREQ=DAILY;DURATION=PT24H',
      'has DURATION=PT24H, which is not shorter than the time between two windows, 1 day',
    ],
    [
      'FREQ=DAILY;INTERVAL=3;DURATION=P3D',
      'has DURATION=P3D, which is not shorter than the time between two windows, 3 days',
    ],
    [
      'FREQ=MONTHLY;BYMONTHDAY=1;DURATION=P28D',
      'has DURATION=P28D, which is not shorter than the time between two windows, 28 days, counting the shortest month',
    ],
  ])('refuses %j', (raw, reason) => {
    expect(reasonFor(raw)).toBe(reason);
  });
});
