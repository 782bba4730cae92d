import { ScorecardRollup } from '@paved-road/plugin-platform-products-common';
import { compareStrings } from './compareStrings';
import { toNumber } from './rows';

/** How many of a rollup's most failing checks are returned. */
const WORST_CHECKS = 5;

/**
 * Results in scope grouped by scorecard, level and set of failing checks: one row per
 * combination rather than per result, so a whole organisation's rollup reads a few hundred
 * rows instead of tens of thousands. Counts are strings from pg.
 */
export interface RollupRow {
  scorecardId: string;
  level: string | null;
  /** Comma-separated ids of the failing checks; empty when none fail. */
  failingChecks: string;
  entities: number | string;
  /** How many of them have a score. */
  scored: number | string;
  scoreSum: number | string | null;
}

/** Folds the grouped rows of the rollup query into one rollup per scorecard. */
export function buildRollups(
  rows: RollupRow[],
): Array<Omit<ScorecardRollup, 'title'>> {
  const rollups = new Map<
    string,
    Omit<ScorecardRollup, 'title'> & {
      scored: number;
      scoreSum: number;
      failing: Map<string, number>;
    }
  >();
  for (const row of rows) {
    let rollup = rollups.get(row.scorecardId);
    if (!rollup) {
      rollup = {
        scorecardId: row.scorecardId,
        entities: 0,
        meanScore: null,
        levels: {},
        worstChecks: [],
        scored: 0,
        scoreSum: 0,
        failing: new Map(),
      };
      rollups.set(row.scorecardId, rollup);
    }
    const entities = toNumber(row.entities);
    const level = row.level ?? 'none';
    rollup.entities += entities;
    rollup.scored += toNumber(row.scored);
    rollup.scoreSum += toNumber(row.scoreSum);
    rollup.levels[level] = (rollup.levels[level] ?? 0) + entities;
    // Failing results per check; every result in scope counts in the total.
    if (row.failingChecks) {
      for (const checkId of row.failingChecks.split(',')) {
        rollup.failing.set(
          checkId,
          (rollup.failing.get(checkId) ?? 0) + entities,
        );
      }
    }
  }

  return [...rollups.values()]
    .sort((a, b) => compareStrings(a.scorecardId, b.scorecardId))
    .map(({ scored, scoreSum, failing, ...rollup }) => ({
      ...rollup,
      // The mean of the scored entities: SQL's AVG, from the sums of the level groups.
      meanScore: scored > 0 ? scoreSum / scored : null,
      worstChecks: [...failing]
        .map(([checkId, count]) => ({
          checkId,
          failing: count,
          total: rollup.entities,
        }))
        .sort(
          (a, b) =>
            b.failing - a.failing || compareStrings(a.checkId, b.checkId),
        )
        .slice(0, WORST_CHECKS),
    }));
}
