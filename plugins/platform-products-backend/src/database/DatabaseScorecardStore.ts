import { InputError } from '@backstage/errors';
import { CheckResult } from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { migrateDatabase } from './migrateDatabase';
import { resultHash } from './resultHash';
import {
  CHECKS_TABLE,
  CheckRow,
  fromCheckRow,
  fromResultRow,
  HISTORY_TABLE,
  HistoryRow,
  lowerRef,
  normalizeResult,
  RESULT_COLUMNS,
  RESULTS_TABLE,
  ResultRow,
  toCheckRows,
  toHistoryRow,
  toNumber,
  toNumberOrNull,
  toIsoTimestamp,
  toResultRow,
} from './rows';
import {
  SaveResultsSummary,
  ScorecardHistoryPoint,
  ScorecardHistoryQuery,
  ScorecardResultsQuery,
  ScorecardRollup,
  ScorecardScopeQuery,
  ScorecardStore,
  StoredScorecardResult,
} from './ScorecardStore';

/**
 * Bound parameters per statement. 999 is SQLite's limit before 3.32, safe with any build;
 * PostgreSQL allows 65535, and bigger statements save round trips there.
 */
const SQLITE_MAX_PARAMS = 999;
const POSTGRES_MAX_PARAMS = 16_000;

/** Refs per `IN (...)` list when reading or deleting by key: under SQLite's limit. */
const IN_LIST_SIZE = 900;

/**
 * Results saved per transaction: keeps locks short and memory flat on a whole-catalog
 * save, while each result stays all-or-nothing.
 */
const SAVE_BATCH_SIZE = 1000;

/** How many of a rollup's most failing checks are returned. */
const WORST_CHECKS = 5;

const RESULT_KEY = ['entity_ref', 'scorecard_id'];
const HISTORY_KEY = ['scorecard_id', 'entity_ref', 'day'];
const RESULT_VALUE_COLUMNS = [
  'entity_kind',
  'owner_ref',
  'system_ref',
  'score',
  'level',
  'result_hash',
  'evaluated_at',
];
const HISTORY_VALUE_COLUMNS = ['owner_ref', 'system_ref', 'score', 'level'];

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

type ConflictAction =
  | { key: string[]; merge: string[] }
  | { key: string[]; ignore: true };

/**
 * The knex implementation of {@link ScorecardStore}, for SQLite and PostgreSQL alike.
 */
export class DatabaseScorecardStore implements ScorecardStore {
  /** Creates the store, first bringing the schema up to date unless `skipMigrations`. */
  static async create(options: {
    knex: Knex;
    skipMigrations?: boolean;
  }): Promise<DatabaseScorecardStore> {
    if (!options.skipMigrations) {
      await migrateDatabase(options.knex);
    }
    return new DatabaseScorecardStore(options.knex);
  }

  private readonly maxParams: number;

  private constructor(private readonly db: Knex) {
    const client = String(db.client.config.client);
    this.maxParams = client.includes('sqlite')
      ? SQLITE_MAX_PARAMS
      : POSTGRES_MAX_PARAMS;
  }

  async saveResults(
    results: StoredScorecardResult[],
  ): Promise<SaveResultsSummary> {
    // A pair given twice: the last one wins (PostgreSQL rejects an upsert touching a row
    // twice). Sorting makes concurrent saves lock rows in the same order: no deadlocks.
    const byKey = new Map<string, StoredScorecardResult>();
    for (const result of results) {
      const normalized = normalizeResult(result);
      byKey.set(
        pairKey(normalized.scorecardId, normalized.entityRef),
        normalized,
      );
    }
    const sorted = [...byKey.keys()].sort().map(key => byKey.get(key)!);

    const summary: SaveResultsSummary = {
      inserted: 0,
      changed: 0,
      unchanged: 0,
    };
    for (const batch of chunk(sorted, SAVE_BATCH_SIZE)) {
      const saved = await this.db.transaction(trx =>
        this.saveBatch(trx, batch),
      );
      summary.inserted += saved.inserted;
      summary.changed += saved.changed;
      summary.unchanged += saved.unchanged;
    }
    return summary;
  }

  async getEntityResults(entityRef: string): Promise<StoredScorecardResult[]> {
    const ref = lowerRef(entityRef);
    const rows = await this.db<ResultRow>(RESULTS_TABLE)
      .select(...RESULT_COLUMNS)
      .where('entity_ref', ref)
      .orderBy('scorecard_id');
    if (rows.length === 0) {
      return [];
    }
    const checkRows = await this.db<CheckRow>(CHECKS_TABLE).where(
      'entity_ref',
      ref,
    );
    return withChecks(rows, checkRows);
  }

  async listResults(
    query: ScorecardResultsQuery,
  ): Promise<{ items: StoredScorecardResult[]; totalItems: number }> {
    const filtered = this.db<ResultRow>(RESULTS_TABLE).where(
      'scorecard_id',
      query.scorecardId,
    );
    if (query.ownerRefs) {
      filtered.whereIn('owner_ref', query.ownerRefs.map(lowerRef));
    }
    if (query.kind) {
      filtered.where('entity_kind', lowerRef(query.kind));
    }
    if (query.level === null) {
      filtered.whereNull('level');
    } else if (query.level !== undefined) {
      filtered.where('level', query.level);
    }

    const [counted] = await filtered.clone().count({ count: '*' });
    const totalItems = toNumber(counted?.count);
    if (totalItems === 0 || query.limit <= 0) {
      return { items: [], totalItems };
    }

    const order = query.order ?? 'asc';
    const page = filtered
      .clone()
      .select(...RESULT_COLUMNS)
      .limit(query.limit)
      .offset(query.offset);
    if (query.orderBy === 'score') {
      // Results without a score last in both directions (NULL sorts first in SQLite
      // and last in PostgreSQL), then by ref so that pages do not overlap.
      page
        .orderByRaw('?? is null', ['score'])
        .orderBy('score', order)
        .orderBy('entity_ref', 'asc');
    } else {
      page.orderBy('entity_ref', order);
    }
    const rows = await page;

    const checkRows: CheckRow[] = [];
    for (const refs of chunk(
      rows.map(row => row.entity_ref),
      IN_LIST_SIZE,
    )) {
      checkRows.push(
        ...(await this.db<CheckRow>(CHECKS_TABLE)
          .where('scorecard_id', query.scorecardId)
          .whereIn('entity_ref', refs)),
      );
    }
    return { items: withChecks(rows, checkRows), totalItems };
  }

  async deleteResultsEvaluatedBefore(
    before: Date,
    scorecardId?: string,
  ): Promise<number> {
    return this.db.transaction(async trx => {
      const stale = () => {
        const query = trx<ResultRow>(RESULTS_TABLE).where(
          'evaluated_at',
          '<',
          before,
        );
        return scorecardId ? query.where('scorecard_id', scorecardId) : query;
      };
      await trx(CHECKS_TABLE)
        .whereIn(RESULT_KEY, stale().select(RESULT_KEY))
        .delete();
      // Number(): knex types a delete's outcome as number | void.
      return Number(await stale().delete());
    });
  }

  async deleteResults(
    entityRef: string,
    scorecardIds: string[],
  ): Promise<void> {
    if (scorecardIds.length === 0) {
      return;
    }
    const ref = lowerRef(entityRef);
    await this.db.transaction(async trx => {
      for (const table of [CHECKS_TABLE, RESULTS_TABLE]) {
        await trx(table)
          .where('entity_ref', ref)
          .whereIn('scorecard_id', scorecardIds)
          .delete();
      }
    });
  }

  async getHistory(
    query: ScorecardHistoryQuery,
  ): Promise<ScorecardHistoryPoint[]> {
    if (!DAY_PATTERN.test(query.from) || !DAY_PATTERN.test(query.to)) {
      throw new InputError(
        `History days must be YYYY-MM-DD, got '${query.from}' to '${query.to}'`,
      );
    }
    const points = this.db<HistoryRow>(HISTORY_TABLE)
      .where('scorecard_id', query.scorecardId)
      .whereBetween('day', [query.from, query.to]);
    if (query.entityRef) {
      points.where('entity_ref', lowerRef(query.entityRef));
    } else {
      whereInScope(points, query, '');
    }
    const rows: Array<{
      day: string;
      meanScore?: number | string | null;
      entities?: number | string;
    }> = await points
      .select('day')
      .avg({ meanScore: 'score' })
      .count({ entities: '*' })
      .groupBy('day')
      .orderBy('day');
    return rows.map(row => ({
      day: row.day,
      meanScore: toNumberOrNull(row.meanScore),
      entities: toNumber(row.entities),
    }));
  }

  async getRollups(query: ScorecardScopeQuery): Promise<ScorecardRollup[]> {
    // Per scorecard and level: entity count and the sum and count of scores, so that one
    // GROUP BY gives both the level distribution and the mean.
    const levelRows: Array<{
      scorecardId: string;
      level: string | null;
      entities: number | string;
      scored: number | string;
      scoreSum: number | string | null;
    }> = await whereInScope(this.db(`${RESULTS_TABLE} as r`), query, 'r.')
      .select({ scorecardId: 'r.scorecard_id', level: 'r.level' })
      .count({ entities: '*' })
      .count({ scored: 'r.score' })
      .sum({ scoreSum: 'r.score' })
      .groupBy('r.scorecard_id', 'r.level');

    // Per check and status; folded into failing and total counts below.
    const checkRows: Array<{
      scorecardId: string;
      checkId: string;
      status: string;
      entities: number | string;
    }> = await whereInScope(
      this.db(`${CHECKS_TABLE} as c`).join(`${RESULTS_TABLE} as r`, join =>
        join
          .on('r.entity_ref', 'c.entity_ref')
          .andOn('r.scorecard_id', 'c.scorecard_id'),
      ),
      query,
      'r.',
    )
      .select({
        scorecardId: 'c.scorecard_id',
        checkId: 'c.check_id',
        status: 'c.status',
      })
      .count({ entities: '*' })
      .groupBy('c.scorecard_id', 'c.check_id', 'c.status');

    const rollups = new Map<
      string,
      ScorecardRollup & { scored: number; scoreSum: number }
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

    const checkCounts = new Map<
      string,
      Map<string, { checkId: string; failing: number; total: number }>
    >();
    for (const row of checkRows) {
      const byCheck = checkCounts.get(row.scorecardId) ?? new Map();
      checkCounts.set(row.scorecardId, byCheck);
      const counts = byCheck.get(row.checkId) ?? {
        checkId: row.checkId,
        failing: 0,
        total: 0,
      };
      byCheck.set(row.checkId, counts);
      const entities = toNumber(row.entities);
      counts.total += entities;
      if (row.status === 'fail' || row.status === 'warn') {
        counts.failing += entities;
      }
    }

    return [...rollups.values()]
      .sort((a, b) => compareStrings(a.scorecardId, b.scorecardId))
      .map(({ scored, scoreSum, ...rollup }) => ({
        ...rollup,
        meanScore: scored > 0 ? scoreSum / scored : null,
        worstChecks: [...(checkCounts.get(rollup.scorecardId)?.values() ?? [])]
          .filter(check => check.failing > 0)
          .sort(
            (a, b) =>
              b.failing - a.failing ||
              b.total - a.total ||
              compareStrings(a.checkId, b.checkId),
          )
          .slice(0, WORST_CHECKS),
      }));
  }

  private async saveBatch(
    trx: Knex.Transaction,
    batch: StoredScorecardResult[],
  ): Promise<SaveResultsSummary> {
    const stored = await this.readStored(trx, batch);
    // Kept in batch order, which is key order, for the lock order on PostgreSQL.
    const written: Array<{ result: StoredScorecardResult; hash: string }> = [];
    const changed: StoredScorecardResult[] = [];
    const unchanged: StoredScorecardResult[] = [];
    const firstOfDay: StoredScorecardResult[] = [];
    for (const result of batch) {
      const hash = resultHash(result);
      const previous = stored.get(
        pairKey(result.scorecardId, result.entityRef),
      );
      if (previous?.hash === hash) {
        unchanged.push(result);
        // Every write of a result writes its day's point: only a new day lacks one.
        if (previous.day !== result.evaluatedAt.slice(0, 10)) {
          firstOfDay.push(result);
        }
      } else {
        written.push({ result, hash });
        if (previous) {
          changed.push(result);
        }
      }
    }
    const writtenResults = written.map(({ result }) => result);

    // Result rows go first: on PostgreSQL that locks them, so a concurrent save of the
    // same pair waits here and then sees our checks, rather than interleaving with them.
    // (Were the pair new to both, the second fails on the checks' primary key; the next
    // evaluation saves it again.)
    await this.insertRows(
      trx,
      RESULTS_TABLE,
      written.map(({ result, hash }) => toResultRow(result, hash)),
      { key: RESULT_KEY, merge: RESULT_VALUE_COLUMNS },
    );
    await this.updateEvaluatedAt(trx, unchanged);

    await this.deleteChecks(trx, changed);
    await this.insertRows(
      trx,
      CHECKS_TABLE,
      writtenResults.flatMap(toCheckRows),
    );

    // A written result replaces its day's point; an unchanged one fills a day without.
    await this.insertRows(
      trx,
      HISTORY_TABLE,
      writtenResults.map(toHistoryRow),
      {
        key: HISTORY_KEY,
        merge: HISTORY_VALUE_COLUMNS,
      },
    );
    await this.insertRows(trx, HISTORY_TABLE, firstOfDay.map(toHistoryRow), {
      key: HISTORY_KEY,
      ignore: true,
    });

    return {
      inserted: written.length - changed.length,
      changed: changed.length,
      unchanged: unchanged.length,
    };
  }

  /** The hash and UTC day of evaluation of the stored results of these pairs. */
  private async readStored(
    trx: Knex.Transaction,
    results: StoredScorecardResult[],
  ): Promise<Map<string, { hash: string; day: string }>> {
    const stored = new Map<string, { hash: string; day: string }>();
    for (const [scorecardId, refs] of refsByScorecard(results)) {
      for (const part of chunk(refs, IN_LIST_SIZE)) {
        const rows = await trx<ResultRow>(RESULTS_TABLE)
          .select('entity_ref', 'result_hash', 'evaluated_at')
          .where('scorecard_id', scorecardId)
          .whereIn('entity_ref', part);
        for (const row of rows) {
          stored.set(pairKey(scorecardId, row.entity_ref), {
            hash: row.result_hash,
            day: toIsoTimestamp(row.evaluated_at).slice(0, 10),
          });
        }
      }
    }
    return stored;
  }

  /** Moves `evaluated_at` of unchanged results: one UPDATE per scorecard and time. */
  private async updateEvaluatedAt(
    trx: Knex.Transaction,
    results: StoredScorecardResult[],
  ): Promise<void> {
    const groups = new Map<string, StoredScorecardResult[]>();
    for (const result of results) {
      const key = `${result.scorecardId}\u0000${result.evaluatedAt}`;
      const group = groups.get(key) ?? [];
      group.push(result);
      groups.set(key, group);
    }
    for (const group of groups.values()) {
      const { scorecardId, evaluatedAt } = group[0];
      for (const part of chunk(group, IN_LIST_SIZE)) {
        await trx(RESULTS_TABLE)
          .where('scorecard_id', scorecardId)
          .whereIn(
            'entity_ref',
            part.map(result => result.entityRef),
          )
          .update({ evaluated_at: new Date(evaluatedAt) });
      }
    }
  }

  private async deleteChecks(
    trx: Knex.Transaction,
    results: StoredScorecardResult[],
  ): Promise<void> {
    for (const [scorecardId, refs] of refsByScorecard(results)) {
      for (const part of chunk(refs, IN_LIST_SIZE)) {
        await trx(CHECKS_TABLE)
          .where('scorecard_id', scorecardId)
          .whereIn('entity_ref', part)
          .delete();
      }
    }
  }

  /** Multi-row inserts, as many rows per statement as the parameter limit allows. */
  private async insertRows(
    trx: Knex.Transaction,
    table: string,
    rows: object[],
    onConflict?: ConflictAction,
  ): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const columns = Object.keys(rows[0]).length;
    const rowsPerStatement = Math.max(1, Math.floor(this.maxParams / columns));
    for (const part of chunk(rows, rowsPerStatement)) {
      const insert = trx(table).insert(part);
      if (!onConflict) {
        await insert;
      } else if ('ignore' in onConflict) {
        await insert.onConflict(onConflict.key).ignore();
      } else {
        await insert.onConflict(onConflict.key).merge(onConflict.merge);
      }
    }
  }
}

/**
 * Keeps an owner/system filter: entities owned by any of `ownerRefs` or part of any of
 * `systemRefs`. No filter when neither is given.
 */
function whereInScope<T extends Knex.QueryBuilder>(
  query: T,
  scope: ScorecardScopeQuery,
  columnPrefix: string,
): T {
  const { ownerRefs, systemRefs } = scope;
  if (!ownerRefs && !systemRefs) {
    return query;
  }
  query.where(inner => {
    if (ownerRefs) {
      inner.orWhereIn(`${columnPrefix}owner_ref`, ownerRefs.map(lowerRef));
    }
    if (systemRefs) {
      inner.orWhereIn(`${columnPrefix}system_ref`, systemRefs.map(lowerRef));
    }
  });
  return query;
}

function withChecks(
  rows: Array<Pick<ResultRow, (typeof RESULT_COLUMNS)[number]>>,
  checkRows: CheckRow[],
): StoredScorecardResult[] {
  const checksByPair = new Map<string, CheckResult[]>();
  for (const row of checkRows) {
    const key = pairKey(row.scorecard_id, row.entity_ref);
    const checks = checksByPair.get(key) ?? [];
    checks.push(fromCheckRow(row));
    checksByPair.set(key, checks);
  }
  // Sorted here rather than in SQL: an ORDER BY check_id can lead SQLite to read the
  // checks through the (scorecard_id, check_id, status) index, the whole scorecard.
  return rows.map(row =>
    fromResultRow(
      row,
      (checksByPair.get(pairKey(row.scorecard_id, row.entity_ref)) ?? []).sort(
        (a, b) => compareStrings(a.checkId, b.checkId),
      ),
    ),
  );
}

function refsByScorecard(
  results: StoredScorecardResult[],
): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  for (const result of results) {
    const list = refs.get(result.scorecardId) ?? [];
    list.push(result.entityRef);
    refs.set(result.scorecardId, list);
  }
  return refs;
}

function pairKey(scorecardId: string, entityRef: string): string {
  return `${scorecardId}\u0000${entityRef}`;
}

function chunk<T>(items: T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    chunks.push(items.slice(i, i + size));
  }
  return chunks;
}

function compareStrings(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}
