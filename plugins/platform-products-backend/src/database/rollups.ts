import { ScorecardRollup } from '@paved-road/plugin-platform-products-common';
import { compareStrings } from './compareStrings';
import { toNumber } from './rows';

/** How many of a rollup's most failing checks are returned. */
const WORST_CHECKS = 5;

/** Results in scope grouped by scorecard and level. Counts are strings from pg. */
export interface RollupLevelRow {
  scorecardId: string;
  level: string | null;
  entities: number | string;
  /** How many of them have a score. */
  scored: number | string;
  scoreSum: number | string | null;
}

/** The failing checks of one result in scope: comma-separated check ids. */
export interface RollupFailingRow {
  scorecardId: string;
  failingChecks: string;
}

/** Folds the grouped rows of the rollup queries into one rollup per scorecard. */
export function buildRollups(
  levelRows: RollupLevelRow[],
  failingRows: RollupFailingRow[],
): Array<Omit<ScorecardRollup, 'title'>> {
  const rollups = new Map<
    string,
    Omit<ScorecardRollup, 'title'> & { scored: number; scoreSum: number }
  >();
  for (const row of levelRows) {
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
      };
      rollups.set(row.scorecardId, rollup);
    }
    const entities = toNumber(row.entities);
    rollup.entities += entities;
    rollup.scored += toNumber(row.scored);
    rollup.scoreSum += toNumber(row.scoreSum);
    rollup.levels[row.level ?? 'none'] = entities;
  }

  // Failing results per scorecard and check; every result in scope counts in the total.
  const failing = new Map<string, Map<string, number>>();
  for (const row of failingRows) {
    if (!row.failingChecks) {
      continue;
    }
    const byCheck = failing.get(row.scorecardId) ?? new Map<string, number>();
    failing.set(row.scorecardId, byCheck);
    for (const checkId of row.failingChecks.split(',')) {
      byCheck.set(checkId, (byCheck.get(checkId) ?? 0) + 1);
    }
  }

  return [...rollups.values()]
    .sort((a, b) => compareStrings(a.scorecardId, b.scorecardId))
    .map(({ scored, scoreSum, ...rollup }) => ({
      ...rollup,
      // The mean of the scored entities: SQL's AVG, from the sums of the level groups.
      meanScore: scored > 0 ? scoreSum / scored : null,
      worstChecks: [...(failing.get(rollup.scorecardId) ?? new Map())]
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
