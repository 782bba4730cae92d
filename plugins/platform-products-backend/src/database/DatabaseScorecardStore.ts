import { IN_LIST_SIZE, inBatches, isPostgres, maxRawParamsOf } from './batches';
import { lowerRef } from '../entityRefs';
import { InputError } from '@backstage/errors';
import { Knex } from 'knex';
import { migrateDatabase } from './migrateDatabase';
import { resultHash } from './resultHash';
import { buildRollups, RollupRow } from './rollups';
import {
  fromResultRow,
  HISTORY_TABLE,
  HistoryRow,
  normalizeResult,
  RESULT_COLUMNS,
  RESULTS_TABLE,
  ResultRow,
  RUNS_TABLE,
  serializeChecks,
  toHistoryRow,
  toIsoTimestamp,
  toNumber,
  toNumberOrNull,
  toResultRow,
} from './rows';
import {
  ScorecardHistoryPoint,
  ScorecardRollup,
} from '@paved-road/plugin-platform-products-common';
import {
  SaveResultsSummary,
  ScorecardHistoryQuery,
  ScorecardResultsPageQuery,
  ScorecardScopeQuery,
  ScorecardEvaluationRun,
  ScorecardStore,
  StoredScorecardResult,
} from './ScorecardStore';

/**
 * Results saved per transaction: keeps locks short and memory flat on a whole-catalog
 * save, while each result stays all-or-nothing.
 */
const SAVE_BATCH_SIZE = 1000;

/**
 * Rows of a whole-catalog run written per SQLite transaction, as one statement (27,500
 * parameters; SQLite allows 32,766 since 3.32). Each commit writes every page it changed,
 * and the results' indexes spread a slice's rows over pages all through them: 25,000
 * results took 1.3-1.8 s in commits of about 300 rows, 0.7-0.9 s in commits of 2,500.
 * One statement, because in a transaction of several SQLite copies each page a statement
 * changes again to a temporary file, in case that statement fails alone: 176,000 writes
 * for the 25,000 results instead of 43,000, and 0.77-0.94 s against 0.54-0.72 s.
 * PostgreSQL writes each slice as it comes, while the next one is evaluated.
 */
const SQLITE_RUN_ROWS_PER_COMMIT = 2500;

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
  'checks',
  'failing_checks',
];
const HISTORY_VALUE_COLUMNS = ['owner_ref', 'system_ref', 'score', 'level'];

const RESULT_COLUMNS_WRITTEN = [...RESULT_KEY, ...RESULT_VALUE_COLUMNS];

/**
 * The columns of a result row but `checks`, with their PostgreSQL types, to read rows from
 * JSON.
 */
const SHORT_COLUMNS = RESULT_COLUMNS_WRITTEN.filter(
  column => column !== 'checks',
);
const NON_TEXT_TYPES: Record<string, string> = {
  score: 'double precision',
  evaluated_at: 'timestamptz',
};
const SHORT_COLUMN_TYPES = SHORT_COLUMNS.map(
  column => [column, NON_TEXT_TYPES[column] ?? 'text'] as const,
);

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** For a promise of a statement whose rows nobody reads. */
const noValue = () => undefined;

/** Placeholders of identifiers, one per column. */
const ids = (columns: readonly string[]) => columns.map(() => '??').join(', ');

/**
 * What an insert does with a row whose key is stored: keeps the stored row, or sets the
 * `merge` columns from the new one (unless the stored `unlessLater` column is later).
 */
type ConflictAction =
  | { key: string[]; merge: string[]; unlessLater?: string }
  | { key: string[]; ignore: true };

/** The `ON CONFLICT` clause of an insert into `table`, with its bindings. */
function conflictClause(
  table: string,
  action: ConflictAction,
): { sql: string; bindings: string[] } {
  const target = `on conflict (${ids(action.key)})`;
  if ('ignore' in action) {
    return { sql: `${target} do nothing`, bindings: action.key };
  }
  const set = action.merge.map(() => '?? = excluded.??').join(', ');
  const setBindings = action.merge.flatMap(column => [column, column]);
  if (!action.unlessLater) {
    return {
      sql: `${target} do update set ${set}`,
      bindings: [...action.key, ...setBindings],
    };
  }
  return {
    sql: `${target} do update set ${set} where ??.?? <= excluded.??`,
    bindings: [
      ...action.key,
      ...setBindings,
      table,
      action.unlessLater,
      action.unlessLater,
    ],
  };
}

/**
 * A result's row replaces the stored one unless that was evaluated later: an entity
 * refreshed alone while a whole-catalog run is under way keeps its newer result when the
 * run writes the one it evaluated before.
 */
const RESULT_CONFLICT: ConflictAction = {
  key: RESULT_KEY,
  merge: RESULT_VALUE_COLUMNS,
  unlessLater: 'evaluated_at',
};

/** A day's history point is the last result of that day. */
const HISTORY_REPLACE: ConflictAction = {
  key: HISTORY_KEY,
  merge: HISTORY_VALUE_COLUMNS,
};

/** A day's history point that is stored stays. */
const HISTORY_KEEP: ConflictAction = { key: HISTORY_KEY, ignore: true };

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
    return new DatabaseScorecardStore(
      options.knex,
      await maxRawParamsOf(options.knex),
    );
  }

  private readonly isPostgres: boolean;

  private constructor(
    private readonly db: Knex,
    private readonly maxRawParams: number,
  ) {
    this.isPostgres = isPostgres(db);
  }

  async saveResults(
    results: StoredScorecardResult[],
  ): Promise<SaveResultsSummary> {
    const summary = emptySummary();
    for (const batch of inBatches(normalizeAndSort(results), SAVE_BATCH_SIZE)) {
      const saved = await this.db.transaction(async trx => {
        const stored = await this.readStored(trx, batch);
        // A result evaluated before the stored one (two refreshes that crossed) changes
        // nothing, not even the day's history point or `evaluated_at`: it counts unchanged.
        const { outdated, current } = splitOutdated(batch, stored);
        const { written, unchanged } = classify(
          current,
          key => stored.get(key)?.hash,
        );
        await this.writeResults(trx, written);
        await this.updateEvaluatedAt(trx, unchanged);
        // An unchanged result fills its day's history point when the day has none yet.
        await this.insertRows(
          trx,
          HISTORY_TABLE,
          unchanged.map(toHistoryRow),
          HISTORY_KEEP,
        );
        return summarize(written, [...unchanged, ...outdated]);
      });
      addSummary(summary, saved);
    }
    return summary;
  }

  async beginEvaluationRun(evaluatedAt: Date): Promise<ScorecardEvaluationRun> {
    const stored = new Map<string, string>();
    const storedRows: Array<
      Pick<ResultRow, 'entity_ref' | 'scorecard_id'> & {
        result_hash: string;
      }
    > = await this.db(RESULTS_TABLE).select(
      'entity_ref',
      'scorecard_id',
      'result_hash',
    );
    for (const row of storedRows) {
      stored.set(pairKey(row.scorecard_id, row.entity_ref), row.result_hash);
    }
    const seen = new Set<string>();
    const runAt = new Date(evaluatedAt.toISOString());
    // The rows of new and changed results, prepared as they are added. PostgreSQL writes
    // them with their history points at each `write`, while the evaluator goes on. SQLite
    // runs everything on this thread. There each commit writes every page it changed, so
    // the rows wait for SQLITE_RUN_ROWS_PER_COMMIT of them. Their history points are copied
    // at the end from the rows the run wrote, those evaluated at `runAt`: a result refreshed
    // during the run keeps its own point, as the upsert kept its row.
    let pendingRows: ResultRowToWrite[] = [];
    // What the run added, which `finish` returns; and a copy to history that would find no
    // rows is skipped, as each reads the whole results table.
    const totals = emptySummary();
    const commit = (committed: ResultRowToWrite[]): Promise<void> =>
      this.db.transaction(trx =>
        this.insertRows(
          trx,
          RESULTS_TABLE,
          lastPerPairInKeyOrder(committed, pairOfRow),
          RESULT_CONFLICT,
        ),
      );
    // Not async: the rows leave `pendingRows` before it returns.
    const write = (): Promise<void> => {
      if (this.isPostgres) {
        // One statement per batch, atomic by itself. Without a BEGIN, whose reply would
        // wait for the event loop while the evaluator goes on, the statement goes out at
        // once and PostgreSQL writes meanwhile.
        const rows = lastPerPairInKeyOrder(pendingRows, pairOfRow);
        pendingRows = [];
        return Promise.all(
          inBatches(rows, SAVE_BATCH_SIZE).map(batch =>
            this.upsertRowsWithHistory(this.db, batch),
          ),
        ).then(noValue);
      }
      const commits: Array<Promise<void>> = [];
      while (pendingRows.length >= SQLITE_RUN_ROWS_PER_COMMIT) {
        commits.push(commit(pendingRows.splice(0, SQLITE_RUN_ROWS_PER_COMMIT)));
      }
      return Promise.all(commits).then(noValue);
    };

    return {
      add: results => {
        // Sorted and de-duplicated when written, with the other entities' rows.
        const batch = results.map(normalizeResult);
        batch.forEach(r => seen.add(pairKey(r.scorecardId, r.entityRef)));
        const { written, unchanged } = classify(batch, key => stored.get(key));
        // Rows now, so that the results' check objects die young: kept until a write,
        // they outlived the young generation of the heap and were most of what a
        // whole-catalog run left for the old one.
        pendingRows.push(...written.map(toRowOfWritten));
        const summary = summarize(written, unchanged);
        addSummary(totals, summary);
        return summary;
      },
      write,
      finish: async () => {
        await write();
        if (pendingRows.length > 0) {
          await commit(pendingRows.splice(0));
        }
        const gone = [...stored.keys()].filter(key => !seen.has(key));
        const deleted = await this.deletePairs(gone);
        const day = runAt.toISOString().slice(0, 10);
        if (!this.isPostgres && totals.inserted + totals.changed > 0) {
          // The results this run wrote were evaluated exactly at `runAt`.
          await this.copyToHistory(
            day,
            '?? = ?',
            ['evaluated_at', runAt],
            HISTORY_REPLACE,
          );
        }
        if (totals.unchanged > 0) {
          // Every result the run left unchanged gets a point unless the day has it.
          await this.copyToHistory(
            day,
            '?? < ?',
            ['evaluated_at', runAt],
            HISTORY_KEEP,
          );
        }
        await this.recordRun(runAt);
        return { ...totals, deleted };
      },
    };
  }

  async getEntityResults(entityRef: string): Promise<StoredScorecardResult[]> {
    const ref = lowerRef(entityRef);
    const rows = await this.db<ResultRow>(RESULTS_TABLE)
      .select(...RESULT_COLUMNS, this.lastRunColumn())
      .where('entity_ref', ref)
      .orderBy('scorecard_id');
    return rows.map(fromResultRow);
  }

  async listResults(
    query: ScorecardResultsPageQuery,
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
      .select(...RESULT_COLUMNS, this.lastRunColumn())
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
    return { items: rows.map(fromResultRow), totalItems };
  }

  async deleteResults(
    entityRef: string,
    scorecardIds: string[],
  ): Promise<void> {
    if (scorecardIds.length === 0) {
      return;
    }
    await this.db(RESULTS_TABLE)
      .where('entity_ref', lowerRef(entityRef))
      .whereIn('scorecard_id', scorecardIds)
      .delete();
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
      whereInScope(points, query);
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

  async getRollups(
    query: ScorecardScopeQuery,
  ): Promise<Array<Omit<ScorecardRollup, 'title'>>> {
    // One scan: per scorecard, level and set of failing checks, the entity count and the sum
    // and count of scores, from which buildRollups gives the level distribution, the mean
    // and the failing count of each check.
    const rows: RollupRow[] = await whereInScope(this.db(RESULTS_TABLE), query)
      .select({
        scorecardId: 'scorecard_id',
        level: 'level',
        failingChecks: 'failing_checks',
      })
      .count({ entities: '*' })
      .count({ scored: 'score' })
      .sum({ scoreSum: 'score' })
      .groupBy('scorecard_id', 'level', 'failing_checks');
    return buildRollups(rows);
  }

  /**
   * Upserts new and changed results and their day's history points, which they replace: a
   * day's point is the last result of that day.
   */
  private async writeResults(
    trx: Knex.Transaction,
    written: WrittenResult[],
  ): Promise<void> {
    const rows = written.map(toRowOfWritten);
    if (this.isPostgres) {
      await this.upsertRowsWithHistory(trx, rows);
      return;
    }
    // On SQLite, multi-row inserts measured faster than json_each.
    await this.insertRows(trx, RESULTS_TABLE, rows, RESULT_CONFLICT);
    await this.insertRows(
      trx,
      HISTORY_TABLE,
      written.map(({ result }) => toHistoryRow(result)),
      HISTORY_REPLACE,
    );
  }

  /**
   * Upserts result rows and their day's history points, which they replace, in one
   * statement, on PostgreSQL. Rows of one pair must not repeat.
   */
  private upsertRowsWithHistory(
    trx: Knex | Knex.Transaction,
    rows: ResultRowToWrite[],
  ): Promise<void> {
    // Not async: what is returned keeps the bound values, not the rows.
    if (rows.length === 0) {
      return Promise.resolve();
    }
    // The short columns come as one JSON parameter and the checks as one text parameter per
    // result, joined by position: rather than eleven bound values per row (knex builds them
    // slowly, PostgreSQL plans them slowly), and rather than the checks escaped inside the
    // JSON, which were three quarters of what PostgreSQL parsed (25,000 results: 420 →
    // 120 ms to parse).
    const resultConflict = conflictClause(RESULTS_TABLE, RESULT_CONFLICT);
    const historyConflict = conflictClause(HISTORY_TABLE, HISTORY_REPLACE);
    const upsert = `insert into ?? (${ids(RESULT_COLUMNS_WRITTEN)})
      select ${RESULT_COLUMNS_WRITTEN.map(() => '??.??').join(', ')}
      from rows from (json_to_recordset(?::json) as (${SHORT_COLUMN_TYPES.map(
        ([, type]) => `?? ${type}`,
      ).join(', ')})) with ordinality as r(${ids(SHORT_COLUMNS)}, ordinal)
      join unnest(array[${rows.map(() => '?').join(', ')}]::text[])
        with ordinality as c(checks, ordinal) using (ordinal)
      ${resultConflict.sql}`;
    const upsertBindings = [
      RESULTS_TABLE,
      ...RESULT_COLUMNS_WRITTEN,
      ...RESULT_COLUMNS_WRITTEN.flatMap(column => [
        column === 'checks' ? 'c' : 'r',
        column,
      ]),
      // The rows but their checks. (Copying each row without its checks, with a rest
      // pattern, took 170 ms of the 25,000 results.)
      JSON.stringify(rows, SHORT_COLUMNS),
      ...SHORT_COLUMNS,
      ...SHORT_COLUMNS,
      ...rows.map(row => row.checks),
      ...resultConflict.bindings,
    ];
    // The history points in the same statement, from the rows it returns.
    const statement = trx.raw(
      `with written as (
         ${upsert}
         returning ??, ??, ??, ${ids(HISTORY_VALUE_COLUMNS)}
       )
       insert into ?? (${ids(HISTORY_KEY)}, ${ids(HISTORY_VALUE_COLUMNS)})
       select ??, ??, to_char(?? at time zone 'UTC', 'YYYY-MM-DD'), ${ids(
         HISTORY_VALUE_COLUMNS,
       )} from written
       ${historyConflict.sql}`,
      [
        ...upsertBindings,
        'scorecard_id',
        'entity_ref',
        'evaluated_at',
        ...HISTORY_VALUE_COLUMNS,
        HISTORY_TABLE,
        ...HISTORY_KEY,
        ...HISTORY_VALUE_COLUMNS,
        'scorecard_id',
        'entity_ref',
        'evaluated_at',
        ...HISTORY_VALUE_COLUMNS,
        ...historyConflict.bindings,
      ],
    );
    return Promise.resolve(statement).then(noValue);
  }

  /**
   * Selects, as `last_run_at`, when the last whole-catalog run started: each result read was
   * evaluated then or later (see {@link fromResultRow}).
   */
  private lastRunColumn(): Knex.Raw {
    return this.db.raw('(select max(??) from ??) as ??', [
      'evaluated_at',
      RUNS_TABLE,
      'last_run_at',
    ]);
  }

  /**
   * Records a completed run: every result it did not write was seen unchanged, so it counts
   * as evaluated at the run's time. One row instead of an UPDATE of every result.
   */
  private async recordRun(at: Date): Promise<void> {
    await this.db.transaction(async trx => {
      await trx(RUNS_TABLE)
        .insert({ evaluated_at: at })
        .onConflict('evaluated_at')
        .ignore();
      await trx(RUNS_TABLE).where('evaluated_at', '<', at).delete();
    });
  }

  /** Deletes the results of these pairs (keys from pairKey), by scorecard and in chunks. */
  private async deletePairs(keys: string[]): Promise<number> {
    const byScorecard = new Map<string, string[]>();
    for (const key of keys) {
      const [scorecardId, entityRef] = key.split('\u0000');
      const refs = byScorecard.get(scorecardId) ?? [];
      refs.push(entityRef);
      byScorecard.set(scorecardId, refs);
    }
    let deleted = 0;
    for (const [scorecardId, refs] of byScorecard) {
      for (const part of inBatches(refs, IN_LIST_SIZE)) {
        deleted += Number(
          await this.db(RESULTS_TABLE)
            .where('scorecard_id', scorecardId)
            .whereIn('entity_ref', part)
            .delete(),
        );
      }
    }
    return deleted;
  }

  /**
   * Copies stored results to their history points of `day`, replacing or keeping those: in
   * the database rather than row by row from here.
   */
  private async copyToHistory(
    day: string,
    where: string,
    whereBindings: Array<string | Date>,
    existing: ConflictAction,
  ): Promise<void> {
    // SQLite needs the WHERE to tell the upsert's ON CONFLICT from a join's ON.
    const conflict = conflictClause(HISTORY_TABLE, existing);
    await this.db.raw(
      `insert into ?? (${ids(HISTORY_KEY)}, ${ids(HISTORY_VALUE_COLUMNS)})
       select ??, ??, ?, ${ids(HISTORY_VALUE_COLUMNS)} from ?? where ${where}
       ${conflict.sql}`,
      [
        HISTORY_TABLE,
        ...HISTORY_KEY,
        ...HISTORY_VALUE_COLUMNS,
        'scorecard_id',
        'entity_ref',
        day,
        ...HISTORY_VALUE_COLUMNS,
        RESULTS_TABLE,
        ...whereBindings,
        ...conflict.bindings,
      ],
    );
  }

  /** The hash and own evaluation time of the stored results of these pairs, by {@link pairKey}. */
  private async readStored(
    trx: Knex.Transaction,
    results: StoredScorecardResult[],
  ): Promise<Map<string, StoredVersion>> {
    const stored = new Map<string, StoredVersion>();
    for (const [scorecardId, refs] of refsByScorecard(results)) {
      for (const part of inBatches(refs, IN_LIST_SIZE)) {
        const rows = await trx<ResultRow>(RESULTS_TABLE)
          .select('entity_ref', 'result_hash', 'evaluated_at')
          .where('scorecard_id', scorecardId)
          .whereIn('entity_ref', part);
        for (const row of rows) {
          stored.set(pairKey(scorecardId, row.entity_ref), {
            hash: row.result_hash,
            evaluatedAt: toIsoTimestamp(row.evaluated_at),
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
      for (const part of inBatches(group, IN_LIST_SIZE)) {
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

  /**
   * Multi-row inserts, as many rows per statement as the parameter limit allows, of rows
   * with the same columns (an undefined value is written as NULL). Raw SQL rather than knex's
   * builder, which took about 170 ms and allocated about 70 MB to build the statements of
   * 25,000 results on SQLite (90 rows of 11 values each).
   */
  private async insertRows(
    trx: Knex | Knex.Transaction,
    table: string,
    rows: object[],
    onConflict: ConflictAction,
  ): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    const columns = Object.keys(rows[0]);
    const rowPlaceholders = `(${columns.map(() => '?').join(', ')})`;
    const conflict = conflictClause(table, onConflict);
    const rowsPerStatement = Math.max(
      1,
      Math.floor(this.maxRawParams / columns.length),
    );
    for (const part of inBatches(rows, rowsPerStatement)) {
      const bindings: Knex.RawBinding[] = [table, ...columns];
      for (const row of part as Array<Record<string, Knex.RawBinding>>) {
        for (const column of columns) {
          bindings.push(row[column] ?? null);
        }
      }
      bindings.push(...conflict.bindings);
      await trx.raw(
        `insert into ?? (${ids(columns)}) values ${part
          .map(() => rowPlaceholders)
          .join(', ')} ${conflict.sql}`,
        bindings,
      );
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
): T {
  const { ownerRefs, systemRefs } = scope;
  if (!ownerRefs && !systemRefs) {
    return query;
  }
  query.where(inner => {
    if (ownerRefs) {
      inner.orWhereIn('owner_ref', ownerRefs.map(lowerRef));
    }
    if (systemRefs) {
      inner.orWhereIn('system_ref', systemRefs.map(lowerRef));
    }
  });
  return query;
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

interface WrittenResult {
  result: StoredScorecardResult;
  checks: string;
  hash: string;
  isNew: boolean;
}

/** A result's row as written. */
type ResultRowToWrite = ReturnType<typeof toResultRow>;

function toRowOfWritten({
  result,
  checks,
  hash,
}: WrittenResult): ResultRowToWrite {
  return toResultRow(result, checks, hash);
}

/**
 * The last item of each pair (PostgreSQL rejects an upsert that touches a row twice), sorted
 * by key: scorecard, then entity.
 *
 * Sorted, so that concurrent saves of overlapping results lock their rows in much the same
 * order, which keeps deadlocks unlikely; and so that a run's rows, added entity by entity,
 * lie together by scorecard in the tables (in entity order each table page held rows of
 * every scorecard, and the benchmark's filtered page on SQLite went from a p50 of 12 ms to
 * 34-42 ms). A run sees an entity twice when the catalog moves it between pages.
 */
function lastPerPairInKeyOrder<T>(
  items: T[],
  pairOf: (item: T) => [scorecardId: string, entityRef: string],
): T[] {
  const byKey = new Map<string, T>();
  for (const item of items) {
    byKey.set(pairKey(...pairOf(item)), item);
  }
  return [...byKey.keys()].sort().map(key => byKey.get(key)!);
}

function pairOfRow(row: ResultRowToWrite): [string, string] {
  return [row.scorecard_id, row.entity_ref];
}

/** Results normalised, the last of each pair, in key order. */
function normalizeAndSort(
  results: StoredScorecardResult[],
): StoredScorecardResult[] {
  return lastPerPairInKeyOrder(results.map(normalizeResult), result => [
    result.scorecardId,
    result.entityRef,
  ]);
}

/** What {@link DatabaseScorecardStore.saveResults} reads of a stored result. */
interface StoredVersion {
  hash: string;
  /** Canonical ISO timestamp, as in a normalised result. */
  evaluatedAt: string;
}

/** Splits normalised results into those evaluated before the stored ones and the others. */
function splitOutdated(
  batch: StoredScorecardResult[],
  stored: Map<string, StoredVersion>,
): { outdated: StoredScorecardResult[]; current: StoredScorecardResult[] } {
  const outdated: StoredScorecardResult[] = [];
  const current: StoredScorecardResult[] = [];
  for (const result of batch) {
    const version = stored.get(pairKey(result.scorecardId, result.entityRef));
    // Both are canonical ISO timestamps, which order as text.
    if (version && version.evaluatedAt > result.evaluatedAt) {
      outdated.push(result);
    } else {
      current.push(result);
    }
  }
  return { outdated, current };
}

/**
 * Splits results into those to write (new or changed) and those equal to the stored ones,
 * by the stored hash of each pair ({@link pairKey}).
 */
function classify(
  batch: StoredScorecardResult[],
  storedHash: (key: string) => string | undefined,
): {
  written: WrittenResult[];
  unchanged: StoredScorecardResult[];
} {
  const written: WrittenResult[] = [];
  const unchanged: StoredScorecardResult[] = [];
  for (const result of batch) {
    const checks = serializeChecks(result.checks);
    const hash = resultHash(result, checks);
    const previous = storedHash(pairKey(result.scorecardId, result.entityRef));
    if (previous === hash) {
      unchanged.push(result);
    } else {
      written.push({ result, checks, hash, isNew: previous === undefined });
    }
  }
  return { written, unchanged };
}

function summarize(
  written: WrittenResult[],
  unchanged: StoredScorecardResult[],
): SaveResultsSummary {
  const inserted = written.filter(w => w.isNew).length;
  return {
    inserted,
    changed: written.length - inserted,
    unchanged: unchanged.length,
  };
}

function emptySummary(): SaveResultsSummary {
  return { inserted: 0, changed: 0, unchanged: 0 };
}

function addSummary(total: SaveResultsSummary, part: SaveResultsSummary) {
  total.inserted += part.inserted;
  total.changed += part.changed;
  total.unchanged += part.unchanged;
}
