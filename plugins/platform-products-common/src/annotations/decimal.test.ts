import { parseDecimal, scaleDecimal } from './decimal';

describe('parseDecimal', () => {
  it('reads digits and scale', () => {
    expect(parseDecimal('99.95')).toEqual({ numerator: 9995, scale: 2 });
    expect(parseDecimal('0007')).toEqual({ numerator: 7, scale: 0 });
    expect(parseDecimal('0.000')).toEqual({ numerator: 0, scale: 3 });
  });

  it('refuses what is not an unsigned decimal, or too long to be exact', () => {
    for (const text of [
      '',
      '.5',
      '5.',
      '-1',
      '1e3',
      '1.2.3',
      ' 1',
      '1234567890123456',
    ]) {
      expect(parseDecimal(text)).toBeUndefined();
    }
    expect(parseDecimal('000000000000000000001.5')).toEqual({
      numerator: 15,
      scale: 1,
    });
  });
});

describe('scaleDecimal', () => {
  it('multiplies and divides with one rounding', () => {
    expect(scaleDecimal({ numerator: 999, scale: 1 }, 1, 2)).toBe(0.999);
    expect(scaleDecimal({ numerator: 11, scale: 1 }, 3_600_000)).toBe(
      3_960_000,
    );
  });

  it('gives undefined when the product is not exact', () => {
    expect(scaleDecimal({ numerator: 2 ** 52, scale: 0 }, 4)).toBeUndefined();
  });
});
