import { CheckStatus, ScorecardLevel } from './types';

/** @public */
export interface ScoredCheck {
  status: CheckStatus;
  score: number;
  weight: number;
}

const UNSCORED: ReadonlySet<CheckStatus> = new Set(['unknown', 'error']);

/**
 * The scorecard score: the weighted mean of the check scores, 0–100, rounded to one decimal.
 * Waived checks count as passed; `unknown` and `error` checks are left out (missing data is
 * not a pass, and an entity should not lose points for our own failure). Null when no check
 * can be scored.
 *
 * @public
 */
export function scoreChecks(checks: ScoredCheck[]): number | null {
  let total = 0;
  let weights = 0;
  for (const check of checks) {
    if (UNSCORED.has(check.status) || check.weight <= 0) {
      continue;
    }
    const score = check.status === 'waived' ? 1 : check.score;
    total += Math.min(1, Math.max(0, score)) * check.weight;
    weights += check.weight;
  }
  if (weights === 0) {
    return null;
  }
  return Math.round((total / weights) * 1000) / 10;
}

/**
 * The highest level whose threshold the score reaches, or null.
 *
 * @public
 */
export function levelForScore(
  levels: ScorecardLevel[],
  score: number | null,
): string | null {
  if (score === null) {
    return null;
  }
  // One pass, no sorted copy: this runs for every result of a whole-catalog evaluation.
  // Of two levels with the same threshold, the later one wins.
  let reached: ScorecardLevel | undefined;
  for (const level of levels) {
    if (score >= level.score && (!reached || level.score >= reached.score)) {
      reached = level;
    }
  }
  return reached?.name ?? null;
}
