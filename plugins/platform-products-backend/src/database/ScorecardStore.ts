import {
  ScorecardHistoryPoint,
  ScorecardResult,
  ScorecardRollup,
} from '@paved-road/plugin-platform-products-common';

/**
 * A scorecard result as persisted, with what the entity was attributed to when it was
 * evaluated, so that team and system views read only the database.
 *
 * Refs and kinds are stored, and returned, in lowercase.
 */
export interface StoredScorecardResult extends ScorecardResult {
  /** The entity's kind, e.g. `component`. */
  entityKind: string;
  /** Full ref of the owner (`spec.owner`), e.g. `group:default/team-a`. */
  ownerRef: string | null;
  /** Full ref of the system the entity is part of, e.g. `system:default/payments`. */
  systemRef: string | null;
}

/**
 * Which results of one scorecard to list, and in what order: the store's side of the HTTP
 * `ScorecardResultsQuery`, with refs resolved and the page bounds set.
 */
export interface ScorecardResultsPageQuery {
  scorecardId: string;
  /** Only entities owned by any of these; no filter when left out. */
  ownerRefs?: string[];
  /** Only entities of this kind. */
  kind?: string;
  /** Only entities at this level; `null` for entities that reached no level. */
  level?: string | null;
  /** Default `entityRef`. Results without a score come last either way. */
  orderBy?: 'score' | 'entityRef';
  /** Default `asc`. */
  order?: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/**
 * What a call of {@link ScorecardStore.saveResults} wrote, or what
 * {@link ScorecardEvaluationRun.add} prepared.
 */
export interface SaveResultsSummary {
  /** Entity/scorecard pairs that had no result yet. */
  inserted: number;
  /** Pairs whose result differs from the stored one (checks rewritten). */
  changed: number;
  /** Pairs whose result is the stored one (only `evaluatedAt` moved). */
  unchanged: number;
}

/**
 * One whole-catalog evaluation, from {@link ScorecardStore.beginEvaluationRun}. Unchanged
 * results are not written one by one: {@link ScorecardEvaluationRun.finish} records the run,
 * which marks them all evaluated, and takes the day's history snapshot in the database.
 */
export interface ScorecardEvaluationRun {
  /**
   * Notes every result as seen and prepares those that are new or differ from the stored
   * ones for {@link ScorecardEvaluationRun.write}: serialised and hashed now, so that the
   * caller's result objects are not kept. Results must carry the run's `evaluatedAt`.
   *
   * @returns how the results compare with the stored ones
   */
  add(results: StoredScorecardResult[]): SaveResultsSummary;
  /**
   * Writes what `add` prepared since the last write. A stored result evaluated later (its
   * entity refreshed alone since the run began) is kept. On SQLite the rows of several
   * writes are committed together, so a result is stored when a later `write` or `finish`
   * resolves.
   */
  write(): Promise<void>;
  /**
   * Ends the run: writes what `add` prepared since the last write, deletes the stored
   * results of pairs it did not see (entities gone from the catalog or no longer matching,
   * scorecards removed from the config; history is kept), gives each result the run wrote
   * its history point for the run's day (UTC) and every other result one if it has none
   * yet, and records the run, which marks every result evaluated at the run's time (or
   * later, if refreshed since).
   *
   * @returns what the run's `add` calls found, summed, and how many results were deleted
   */
  finish(): Promise<SaveResultsSummary & { deleted: number }>;
}

/** Filters of {@link ScorecardStore.getHistory}. */
export interface ScorecardHistoryQuery {
  scorecardId: string;
  /** One entity; takes precedence over `ownerRefs` and `systemRefs`. */
  entityRef?: string;
  /** Entities owned by any of these (on the day of each point). */
  ownerRefs?: string[];
  /** Entities part of any of these systems (on the day of each point). */
  systemRefs?: string[];
  /** First day, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to: string;
}

/**
 * Which entities a rollup or history covers: those owned by any of `ownerRefs`, or part of
 * any of `systemRefs`. With neither given, all entities; an empty list matches nothing.
 */
export interface ScorecardScopeQuery {
  ownerRefs?: string[];
  systemRefs?: string[];
}

/**
 * Persisted scorecard results, their checks and their daily history.
 *
 * Pages and rollups read from here rather than re-running checks on each request, and
 * every backend replica shares it.
 */
export interface ScorecardStore {
  /**
   * Upserts results (and their checks) of entity/scorecard pairs. A result equal to the
   * stored one (same `result_hash`) only moves its `evaluatedAt`. A stored result evaluated
   * later than the one given is kept, with its `evaluatedAt` and history point, and the one
   * given counts as unchanged. Writes the history point of the day of `evaluatedAt` (UTC)
   * when the result changed or that day has none yet.
   * Works in batches, for whole-catalog evaluations.
   */
  saveResults(results: StoredScorecardResult[]): Promise<SaveResultsSummary>;

  /** The results of one entity for every scorecard it has results for, with checks. */
  getEntityResults(entityRef: string): Promise<StoredScorecardResult[]>;

  /** A page of the results of one scorecard, with their checks, and how many match. */
  listResults(
    query: ScorecardResultsPageQuery,
  ): Promise<{ items: StoredScorecardResult[]; totalItems: number }>;

  /**
   * Starts a whole-catalog evaluation: remembers which results are stored (and their hashes),
   * so that the run writes only what changed and can tell, at the end, which results belong to
   * entities it did not see.
   */
  beginEvaluationRun(evaluatedAt: Date): Promise<ScorecardEvaluationRun>;

  /** Deletes the results (and checks) of one entity for these scorecards. History is kept. */
  deleteResults(entityRef: string, scorecardIds: string[]): Promise<void>;

  /**
   * Mean score per day for one entity, or for all entities owned by any of `ownerRefs` or
   * part of any of `systemRefs`, or for all entities of the scorecard when none is given.
   * Days without points are left out.
   */
  getHistory(query: ScorecardHistoryQuery): Promise<ScorecardHistoryPoint[]>;

  /**
   * Rollups over the current results of entities owned by any of `ownerRefs`, or part of
   * any of `systemRefs`; one per scorecard that has results there, by scorecard id.
   * Without titles: they come from the config, which the store does not read.
   */
  getRollups(
    query: ScorecardScopeQuery,
  ): Promise<Array<Omit<ScorecardRollup, 'title'>>>;
}
