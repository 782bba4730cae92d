import { parseDuration } from './parseDuration';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/sla-latency-p99';

describe('parseDuration', () => {
  it.each([
    ['300ms', 300],
    ['1.5s', 1500],
    ['0.3s', 300],
    ['2m', 120_000],
    ['4h', 14_400_000],
    ['1.1h', 3_960_000],
    ['2d', 172_800_000],
    ['1w', 604_800_000],
    ['0.5ms', 0.5],
    ['250.75ms', 250.75],
    [' 300ms ', 300],
  ])('reads %j as %d ms', (raw, milliseconds) => {
    expect(valueOf(parseDuration(KEY, raw))).toBe(milliseconds);
  });

  it.each([
    '',
    'ms',
    '30x',
    '30',
    '1e3ms',
    '300 ms',
    '1h30m',
    '.5s',
    '5.s',
    '+5s',
    '300MS',
    'PT2H',
    '1.2.3s',
  ])('refuses %j as not a duration', raw => {
    expect(problemOf(parseDuration(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(
        raw,
      )} is not a duration; expected a number followed by a unit (ms, s, m, h, d or w), such as "300ms" or "4h"`,
    );
  });

  it('refuses negative durations', () => {
    expect(problemOf(parseDuration(KEY, '-1ms')).message).toBe(
      `${KEY}: "-1ms" is negative; expected a duration above zero, such as "300ms"`,
    );
  });

  it('refuses zero unless allowed', () => {
    expect(problemOf(parseDuration(KEY, '0ms')).message).toBe(
      `${KEY}: "0ms" is zero; expected a duration above zero, such as "300ms"`,
    );
    expect(problemOf(parseDuration(KEY, '-0s')).message).toContain('is zero');
    expect(valueOf(parseDuration(KEY, '0ms', { allowZero: true }))).toBe(0);
    expect(
      problemOf(parseDuration(KEY, '-1ms', { allowZero: true })).message,
    ).toContain('expected a duration of zero or more');
  });

  it('refuses durations too long to compute exactly', () => {
    expect(problemOf(parseDuration(KEY, '99999999999999w')).message).toContain(
      'is too long a duration',
    );
  });
});
