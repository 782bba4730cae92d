import { SlaErrorBudget } from './types';
import { MINUTE_MS } from '../time';

/**
 * The share of events an objective allows to be bad: 1 − target, rounded to
 * twelve significant digits so that binary rounding does not show (1 − 0.999
 * is 0.0010000000000000009 in floating point, which would make a compliance
 * of exactly 99.9% a breach and a burn rate of 1 slightly below 1).
 *
 * Throws a `RangeError` for a target outside (0, 1): the annotation parsers
 * refuse those, so one here is a programming error.
 */
export function errorBudgetRatio(target: number): number {
  if (!(target > 0 && target < 1)) {
    throw new RangeError(
      `SLA target must be between 0 and 1 exclusive, got ${target}`,
    );
  }
  return Number((1 - target).toPrecision(12));
}

/**
 * Bad events left in the budget: (budgetRatio × total) − bad, with the
 * floating-point residue of the product snapped to 0 (0.29 × 100 is
 * 28.999999999999996, which would make 29 bad events of 100 a breach of a
 * 71% target).
 */
export function remainingBadEvents(
  budgetRatio: number,
  total: number,
  bad: number,
): number {
  const remaining = budgetRatio * total - bad;
  return Math.abs(remaining) <= 1e-9 * Math.max(1, total) ? 0 : remaining;
}

/**
 * The error budget of `good` of `total` events against `budgetRatio`, over a
 * window of `periodMs`: what the status of an objective reports, and what each
 * point of its burn-down reports for the window so far.
 */
export function errorBudgetOf(
  good: number,
  total: number,
  budgetRatio: number,
  periodMs: number,
): SlaErrorBudget {
  const allowedBad = budgetRatio * total;
  const consumedBad = total - good;
  const remainingBad = remainingBadEvents(budgetRatio, total, consumedBad);
  const remainingRatio = total > 0 ? remainingBad / allowedBad : null;
  const totalMinutes = (budgetRatio * periodMs) / MINUTE_MS;
  return {
    allowedBad,
    consumedBad,
    remainingBad,
    remainingRatio,
    totalMinutes,
    remainingMinutes:
      remainingRatio === null ? null : totalMinutes * remainingRatio,
  };
}
