import { InputError } from '@backstage/errors';
import {
  CheckResult,
  CheckStatus,
} from '@paved-road/plugin-platform-products-common';
import { lowerRef } from '../entityRefs';
import { StoredScorecardResult } from './ScorecardStore';

/** Table names, as created by the migrations. */
export const RESULTS_TABLE = 'scorecard_results';
export const HISTORY_TABLE = 'scorecard_history';
export const RUNS_TABLE = 'scorecard_evaluation_runs';

/**
 * A timestamp as the drivers return it: a Date from pg, milliseconds from better-sqlite3
 * (which is how knex binds a Date there), or a string if written by other means.
 */
export type DbTimestamp = Date | number | string;

/** A row of `scorecard_results`. */
export interface ResultRow {
  entity_ref: string;
  scorecard_id: string;
  entity_kind: string;
  owner_ref: string | null;
  system_ref: string | null;
  score: number | null;
  level: string | null;
  result_hash: string;
  evaluated_at: DbTimestamp;
  /** JSON array of {@link CheckResult}. */
  checks: string;
  /** Comma-separated ids of the failing checks (status fail or warn), for rollups. */
  failing_checks: string;
}

/** A row of `scorecard_history`. */
export interface HistoryRow {
  scorecard_id: string;
  entity_ref: string;
  day: string;
  owner_ref: string | null;
  system_ref: string | null;
  score: number | null;
  level: string | null;
}

/** Columns read for results: all but the hash. */
export const RESULT_COLUMNS = [
  'entity_ref',
  'scorecard_id',
  'entity_kind',
  'owner_ref',
  'system_ref',
  'score',
  'level',
  'evaluated_at',
  'checks',
] as const;

/** Statuses counted as failing in rollups. */
const FAILING: ReadonlySet<CheckStatus> = new Set<CheckStatus>([
  'fail',
  'warn',
]);

/**
 * The form a result is stored in: lowercase refs and kind, and `evaluatedAt` as a
 * canonical ISO timestamp (it also gives the UTC day of the history point).
 */
export function normalizeResult(
  result: StoredScorecardResult,
): StoredScorecardResult {
  const evaluatedAt = new Date(result.evaluatedAt);
  if (Number.isNaN(evaluatedAt.getTime())) {
    throw new InputError(
      `Invalid evaluatedAt '${result.evaluatedAt}' of the ${result.scorecardId} result of ${result.entityRef}`,
    );
  }
  return {
    ...result,
    entityRef: lowerRef(result.entityRef),
    entityKind: lowerRef(result.entityKind),
    ownerRef: result.ownerRef ? lowerRef(result.ownerRef) : null,
    systemRef: result.systemRef ? lowerRef(result.systemRef) : null,
    evaluatedAt: evaluatedAt.toISOString(),
  };
}

/** Writes a result row; `evaluated_at` is bound as a Date for both drivers to store it. */
export function toResultRow(
  result: StoredScorecardResult,
  checks: string,
  hash: string,
): Omit<ResultRow, 'evaluated_at'> & { evaluated_at: Date } {
  return {
    entity_ref: result.entityRef,
    scorecard_id: result.scorecardId,
    entity_kind: result.entityKind,
    owner_ref: result.ownerRef,
    system_ref: result.systemRef,
    score: result.score,
    level: result.level,
    result_hash: hash,
    evaluated_at: new Date(result.evaluatedAt),
    checks,
    failing_checks: result.checks
      .filter(check => FAILING.has(check.status))
      .map(check => check.checkId)
      .join(','),
  };
}

/**
 * The checks of a result as stored. Stringified as they are: the evaluator builds plain
 * {@link CheckResult} objects, and copying 250,000 of them per whole-catalog evaluation
 * only fed the garbage collector.
 */
export function serializeChecks(checks: CheckResult[]): string {
  return JSON.stringify(checks);
}

/** The history point of a normalised result: its UTC day is the date part of `evaluatedAt`. */
export function toHistoryRow(result: StoredScorecardResult): HistoryRow {
  return {
    scorecard_id: result.scorecardId,
    entity_ref: result.entityRef,
    day: result.evaluatedAt.slice(0, 10),
    owner_ref: result.ownerRef,
    system_ref: result.systemRef,
    score: result.score,
    level: result.level,
  };
}

/**
 * A result as read. `last_run_at`, when selected, is the start of the last completed
 * whole-catalog run: every stored result was evaluated then or later, and a result the run
 * saw unchanged keeps an older `evaluated_at`, so the later of the two is when it was last
 * evaluated.
 */
export function fromResultRow(
  row: Pick<ResultRow, (typeof RESULT_COLUMNS)[number]> & {
    last_run_at?: DbTimestamp | null;
  },
): StoredScorecardResult {
  const own = toIsoTimestamp(row.evaluated_at);
  const run = row.last_run_at ? toIsoTimestamp(row.last_run_at) : undefined;
  return {
    entityRef: row.entity_ref,
    scorecardId: row.scorecard_id,
    entityKind: row.entity_kind,
    ownerRef: row.owner_ref,
    systemRef: row.system_ref,
    score: row.score === null ? null : Number(row.score),
    level: row.level,
    // ISO timestamps of one format compare as strings.
    evaluatedAt: run !== undefined && run > own ? run : own,
    checks: JSON.parse(row.checks) as CheckResult[],
  };
}

/**
 * Normalises a timestamp read from either driver to an ISO string. A string without a
 * zone (SQLite's `CURRENT_TIMESTAMP` format) is UTC.
 */
export function toIsoTimestamp(value: DbTimestamp): string {
  if (value instanceof Date) {
    return value.toISOString();
  }
  if (typeof value === 'number') {
    return new Date(value).toISOString();
  }
  if (/^\d+$/.test(value)) {
    return new Date(Number(value)).toISOString();
  }
  const hasZone = /(Z|[+-]\d{2}(:?\d{2})?)$/i.test(value);
  return new Date(
    hasZone ? value : `${value.replace(' ', 'T')}Z`,
  ).toISOString();
}

/** Counts come back as numbers from SQLite and as strings (bigint) from PostgreSQL. */
export function toNumber(value: number | string | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Like {@link toNumber}, keeping null (an average over no scores). */
export function toNumberOrNull(
  value: number | string | null | undefined,
): number | null {
  return value === null || value === undefined ? null : Number(value);
}
