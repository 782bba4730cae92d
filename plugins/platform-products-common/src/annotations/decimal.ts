/**
 * A decimal number read digit by digit, worth `numerator / 10^scale`.
 * Keeping it exact until one final division means "99.9%" becomes exactly the
 * double nearest to 0.999, which `99.9 / 100` (0.9990000000000001) is not.
 */
export type Decimal = { numerator: number; scale: number };

const DECIMAL_PATTERN = /^(\d+)(?:\.(\d+))?$/;

// Fifteen digits always fit in a double's 53-bit integer exactly.
const MAX_DIGITS = 15;

/**
 * Reads an unsigned decimal such as `99.95`; `undefined` when the text is not
 * one or has more than 15 digits.
 */
export function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) {
    return undefined;
  }
  const fraction = match[2] ?? '';
  const digits = `${match[1]}${fraction}`.replace(/^0+(?=\d)/, '');
  if (digits.length > MAX_DIGITS) {
    return undefined;
  }
  return { numerator: Number(digits), scale: fraction.length };
}

/**
 * `decimal × factor / 10^extraScale`, correctly rounded, or `undefined` when
 * the intermediate product is too large to be exact.
 */
export function scaleDecimal(
  decimal: Decimal,
  factor: number,
  extraScale = 0,
): number | undefined {
  const product = decimal.numerator * factor;
  if (!Number.isSafeInteger(product)) {
    return undefined;
  }
  return product / 10 ** (decimal.scale + extraScale);
}
