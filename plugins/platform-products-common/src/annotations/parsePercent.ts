import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
} from './AnnotationResult';
import { parseDecimal, scaleDecimal } from './decimal';

/**
 * The percentages a {@link parsePercent} call accepts, in percent (0–100).
 * Bounds are inclusive unless marked exclusive.
 *
 * @public
 */
export type PercentRange = {
  /** Lowest accepted percentage; 0 when absent. */
  min?: number;
  /** Whether `min` itself is rejected. */
  minExclusive?: boolean;
  /** Highest accepted percentage; 100 when absent. */
  max?: number;
  /** Whether `max` itself is rejected. */
  maxExclusive?: boolean;
};

// The number must touch its % sign: a value is a number immediately followed
// by its unit, as for durations ("300ms") and windows ("30d"). Surrounding
// whitespace is trimmed. The optional minus sign is read only to report a
// negative value as out of range rather than as gibberish.
const PERCENT_PATTERN = /^(-?)([0-9.]+)%$/;

function describeRange(range: Required<PercentRange>): string {
  if (!range.minExclusive && !range.maxExclusive) {
    return `a percentage from ${range.min}% to ${range.max}%`;
  }
  const lower = `${range.minExclusive ? 'greater than' : 'at least'} ${
    range.min
  }%`;
  const upper = `${range.maxExclusive ? 'less than' : 'at most'} ${range.max}%`;
  return `a percentage ${lower} and ${upper}`;
}

/**
 * Reads a percentage such as `99.9%` into a ratio in [0, 1] (here 0.999,
 * exactly the double nearest to it).
 *
 * @public
 */
export function parsePercent(
  annotation: string,
  raw: string,
  range: PercentRange = {},
): AnnotationResult<number> {
  const bounds: Required<PercentRange> = {
    min: range.min ?? 0,
    minExclusive: range.minExclusive ?? false,
    max: range.max ?? 100,
    maxExclusive: range.maxExclusive ?? false,
  };
  const match = PERCENT_PATTERN.exec(raw.trim());
  const decimal = match ? parseDecimal(match[2]) : undefined;
  if (!match || !decimal) {
    return annotationFailure(
      annotation,
      raw,
      'is not a percentage; expected a number followed by %, such as "99.9%"',
    );
  }
  const sign = match[1] === '-' ? -1 : 1;
  const percent = sign * (scaleDecimal(decimal, 1) ?? Number.NaN);
  const ratio = sign * (scaleDecimal(decimal, 1, 2) ?? Number.NaN);
  const tooLow = bounds.minExclusive
    ? percent <= bounds.min
    : percent < bounds.min;
  const tooHigh = bounds.maxExclusive
    ? percent >= bounds.max
    : percent > bounds.max;
  if (tooLow || tooHigh) {
    return annotationFailure(
      annotation,
      raw,
      `is out of range; expected ${describeRange(bounds)}`,
    );
  }
  // 0 stays 0 rather than becoming -0 for "-0%".
  return annotationValue(ratio === 0 ? 0 : ratio);
}
