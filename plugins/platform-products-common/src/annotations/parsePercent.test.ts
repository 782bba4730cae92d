import { parsePercent } from './parsePercent';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/sla-availability';

describe('parsePercent', () => {
  it.each([
    ['99.9%', 0.999],
    ['99.95%', 0.9995],
    ['99.999%', 0.99999],
    ['100%', 1],
    ['0%', 0],
    ['0.1%', 0.001],
    ['50%', 0.5],
    ['007%', 0.07],
    ['  99.9%\n', 0.999],
  ])('reads %j as %d', (raw, ratio) => {
    expect(valueOf(parsePercent(KEY, raw))).toBe(ratio);
  });

  it('gives the double nearest to the written ratio, for every value with two decimals', () => {
    for (let hundredths = 0; hundredths <= 10000; hundredths++) {
      const percent = (hundredths / 100).toFixed(2);
      // JavaScript's own number parsing is correctly rounded.
      const expected = Number(`${percent}e-2`);
      expect(valueOf(parsePercent(KEY, `${percent}%`))).toBe(expected);
    }
  });

  it.each([
    '',
    '   ',
    '99.9',
    '0.999',
    '%',
    'abc%',
    '99.9 %',
    '99,9%',
    '.5%',
    '5.%',
    '1.2.3%',
    '1e2%',
    '+5%',
    '99.9%%',
    '1234567890123456%',
  ])('refuses %j as not a percentage', raw => {
    expect(problemOf(parsePercent(KEY, raw))).toEqual({
      annotation: KEY,
      value: raw,
      message: `${KEY}: ${JSON.stringify(
        raw,
      )} is not a percentage; expected a number followed by %, such as "99.9%"`,
    });
  });

  it('says exactly what is wrong with a value without %', () => {
    expect(problemOf(parsePercent(KEY, '99.9')).message).toBe(
      'paved-road.io/sla-availability: "99.9" is not a percentage; expected a number followed by %, such as "99.9%"',
    );
  });

  it.each(['101%', '100.0001%', '-1%', '-0.5%'])(
    'refuses %j as out of range',
    raw => {
      expect(problemOf(parsePercent(KEY, raw)).message).toBe(
        `${KEY}: "${raw}" is out of range; expected a percentage from 0% to 100%`,
      );
    },
  );

  it('reads "-0%" as 0', () => {
    expect(Object.is(valueOf(parsePercent(KEY, '-0%')), 0)).toBe(true);
  });

  describe('with exclusive bounds', () => {
    const range = { min: 0, minExclusive: true, max: 100, maxExclusive: true };

    it('refuses the bounds themselves', () => {
      expect(problemOf(parsePercent(KEY, '100%', range)).message).toBe(
        `${KEY}: "100%" is out of range; expected a percentage greater than 0% and less than 100%`,
      );
      expect(problemOf(parsePercent(KEY, '0%', range)).message).toContain(
        'greater than 0% and less than 100%',
      );
    });

    it('accepts values just inside them', () => {
      expect(valueOf(parsePercent(KEY, '0.0001%', range))).toBe(0.000001);
      expect(valueOf(parsePercent(KEY, '99.9999%', range))).toBe(0.999999);
    });
  });

  it('describes mixed bounds', () => {
    const range = { min: 10, max: 90, maxExclusive: true };
    expect(valueOf(parsePercent(KEY, '10%', range))).toBe(0.1);
    expect(problemOf(parsePercent(KEY, '90%', range)).message).toContain(
      'expected a percentage at least 10% and less than 90%',
    );
  });
});
