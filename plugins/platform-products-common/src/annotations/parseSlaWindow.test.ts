import { DEFAULT_SLA_WINDOW, parseSlaWindow } from './parseSlaWindow';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/sla-window';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('parseSlaWindow', () => {
  it.each([
    ['30d', 30 * DAY, '30d'],
    ['24h', 24 * HOUR, '24h'],
    ['4w', 28 * DAY, '4w'],
    ['1h', HOUR, '1h'],
    ['400d', 400 * DAY, '400d'],
    ['007d', 7 * DAY, '7d'],
    [' 30d ', 30 * DAY, '30d'],
  ])('reads %j as a rolling window', (raw, durationMs, text) => {
    expect(valueOf(parseSlaWindow(KEY, raw))).toEqual({
      type: 'rolling',
      durationMs,
      text,
    });
  });

  it.each([
    ['1M', 'month'],
    ['1Q', 'quarter'],
    ['1Y', 'year'],
    ['01M', 'month'],
  ])('reads %j as a calendar window', (raw, unit) => {
    expect(valueOf(parseSlaWindow(KEY, raw))).toEqual({
      type: 'calendar',
      unit,
      text: `1${raw.slice(-1)}`,
    });
  });

  it('defaults to 30 rolling days', () => {
    expect(DEFAULT_SLA_WINDOW).toEqual(valueOf(parseSlaWindow(KEY, '30d')));
  });

  it.each([
    '',
    '30',
    '30x',
    'd',
    '1.5d',
    '-30d',
    '30 d',
    '30m',
    '30s',
    '1mo',
    'month',
    '30D',
  ])('refuses %j as not a window', raw => {
    expect(problemOf(parseSlaWindow(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(
        raw,
      )} is not an SLA window; expected a rolling window such as "30d", "4w" or "24h", or a calendar window "1M", "1Q" or "1Y"`,
    );
  });

  it('refuses empty windows', () => {
    expect(problemOf(parseSlaWindow(KEY, '0d')).message).toBe(
      `${KEY}: "0d" is an empty window; expected a rolling window such as "30d", "4w" or "24h", or a calendar window "1M", "1Q" or "1Y"`,
    );
    expect(problemOf(parseSlaWindow(KEY, '0h')).message).toContain(
      'is an empty window',
    );
  });

  it('refuses rolling windows over 400 days', () => {
    for (const raw of ['401d', '58w', '9601h', '99999999999999999999d']) {
      expect(problemOf(parseSlaWindow(KEY, raw)).message).toContain(
        'is longer than the longest rolling window, 400d',
      );
    }
  });

  it('explains that only one calendar unit makes a calendar window', () => {
    for (const raw of ['2M', '3M', '0Q', '2Y']) {
      expect(problemOf(parseSlaWindow(KEY, raw)).message).toBe(
        `${KEY}: "${raw}" is not a calendar window; only "1M" (calendar month), "1Q" (calendar quarter) and "1Y" (calendar year) are calendar windows`,
      );
    }
  });
});
