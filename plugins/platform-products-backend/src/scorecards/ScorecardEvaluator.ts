import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { matchesEntityFilter } from '@paved-road/plugin-platform-products-common';
import {
  ScorecardStore,
  StoredScorecardResult,
} from '../database/ScorecardStore';
import { entityRefOf, lowerRef, ownerRefOf, systemRefOf } from '../entityRefs';
import { evaluateScorecard } from './evaluateScorecard';
import { CompiledScorecard } from './readScorecards';
import { inBatches } from '../database/batches';
import { catalogFilterOf } from './catalogFilter';
import { CatalogReader } from '../catalogReader';

/** Entities evaluated and written together within a catalog page. */
const SLICE_SIZE = 125;

/** Slices being written at once. */
const WRITES_IN_FLIGHT = 2;

/** What a full evaluation did, for logs and the benchmark. */
export interface EvaluationRunSummary {
  entities: number;
  results: number;
  inserted: number;
  changed: number;
  unchanged: number;
  deleted: number;
  durationMs: number;
  /**
   * Where the run waited rather than evaluated: for the catalog's next page, for the
   * previous page's write, and for the end of the run (deletes, history snapshot).
   */
  catalogWaitMs: number;
  writeWaitMs: number;
  finishMs: number;
}

/**
 * Evaluates scorecards against catalog entities and persists the results. Pages are read,
 * evaluated and written one at a time so memory stays flat however large the catalog.
 */
export class ScorecardEvaluator {
  constructor(
    private readonly options: {
      scorecards: CompiledScorecard[];
      store: ScorecardStore;
      catalog: CatalogReader;
      auth: AuthService;
      logger: LoggerService;
      /** Entities per catalog page. */
      pageSize?: number;
    },
  ) {}

  /** Results of every scorecard that applies to the entity, not persisted. */
  async evaluate(entity: Entity, now: Date): Promise<StoredScorecardResult[]> {
    const entityRef = entityRefOf(entity);
    const ownerRef = ownerRefOf(entity);
    const systemRef = systemRefOf(entity);
    const entityKind = lowerRef(entity.kind);
    const evaluatedAt = now.toISOString();
    const results: StoredScorecardResult[] = [];
    for (const scorecard of this.options.scorecards) {
      if (!matchesEntityFilter(entity, scorecard.definition.filter)) {
        continue;
      }
      results.push({
        entityRef,
        scorecardId: scorecard.definition.id,
        entityKind,
        ownerRef,
        systemRef,
        evaluatedAt,
        // Awaiting a plain value costs little; check types that are async get awaited.
        ...(await evaluateScorecard(scorecard, entity, now)),
      });
    }
    return results;
  }

  /** Re-evaluates one entity now and persists its results. */
  async evaluateEntity(entity: Entity): Promise<StoredScorecardResult[]> {
    const results = await this.evaluate(entity, new Date());
    await this.options.store.saveResults(results);
    // Scorecards that no longer apply (a changed kind or type) lose their results.
    const applying = new Set(results.map(r => r.scorecardId));
    const stale = this.options.scorecards
      .map(s => s.definition.id)
      .filter(id => !applying.has(id));
    if (stale.length > 0) {
      await this.options.store.deleteResults(entityRefOf(entity), stale);
    }
    return results;
  }

  /**
   * Evaluates every entity that a scorecard applies to, writes what changed, then deletes the
   * results of entities that were not seen (gone from the catalog, or no longer matching).
   */
  async evaluateAll(): Promise<EvaluationRunSummary> {
    const { catalog, auth, store, logger } = this.options;
    const started = Date.now();
    const now = new Date(started);
    const summary: EvaluationRunSummary = {
      entities: 0,
      results: 0,
      inserted: 0,
      changed: 0,
      unchanged: 0,
      deleted: 0,
      durationMs: 0,
      catalogWaitMs: 0,
      writeWaitMs: 0,
      finishMs: 0,
    };
    // Time spent awaiting a stage, added to the summary's figure of that stage.
    const waited = async <T>(
      stage: 'catalogWaitMs' | 'writeWaitMs' | 'finishMs',
      promise: Promise<T>,
    ): Promise<T> => {
      const from = performance.now();
      try {
        return await promise;
      } finally {
        summary[stage] += performance.now() - from;
      }
    };

    const run = await store.beginEvaluationRun(now);
    if (this.options.scorecards.length === 0) {
      return Object.assign(summary, await run.finish());
    }
    const credentials = await auth.getOwnServiceCredentials();
    const pages = catalog
      .streamEntities(
        {
          filter: catalogFilterOf(
            this.options.scorecards.map(s => s.definition.filter),
          ),
          pageSize: this.options.pageSize ?? 1000,
          // Nothing here needs the count, which costs the catalog a query of its own.
          totalItems: 'exclude',
        },
        { credentials },
      )
      [Symbol.asyncIterator]();
    // The stages overlap: the catalog reads page n+1 while page n is evaluated, and up to two
    // slices are being written. With two, the next slice's write is prepared here (its checks
    // serialised and hashed) while the database still writes the previous one: with one,
    // PostgreSQL waited for that preparation after each write.
    let next = pages.next();
    const writing: Array<Promise<void>> = [];
    // A failed write is kept and thrown where the run next waits for writes: a rejection
    // nobody awaits yet would go unhandled.
    let writeFailure: { error: unknown } | undefined;
    const startWrite = () => {
      writing.push(
        run.write().catch(error => {
          writeFailure ??= { error };
        }),
      );
    };
    const waitForWrites = async (inFlight: number) => {
      while (writing.length > inFlight) {
        await waited('writeWaitMs', writing.shift()!);
      }
      if (writeFailure) {
        throw writeFailure.error;
      }
    };
    try {
      for (
        let page = await waited('catalogWaitMs', next);
        !page.done;
        page = await waited('catalogWaitMs', next)
      ) {
        next = pages.next();
        // Each entity's results go to the run as soon as they are evaluated, which keeps
        // them only as rows: their check objects then die young instead of reaching the old
        // generation of the heap. (Evaluator and store alone, PostgreSQL under a 524 MB heap,
        // with a slice's results kept until its write: 167 MB promoted per run against 86 MB,
        // 1.63-1.79 s of Node's CPU against 1.39-1.48 s.) The rows are written a slice at a
        // time: slices of 60 took 1.75-1.87 s there against 1.55-1.59 s for 125, and 250 were
        // no faster. (When slices kept their results, slices of 250 also cost 40-110 MB more
        // peak RSS in the benchmark.) Smaller catalog pages saved less memory and cost more
        // time.
        for (const slice of inBatches(page.value, SLICE_SIZE)) {
          for (const entity of slice) {
            const results = await this.evaluate(entity, now);
            run.add(results);
            summary.results += results.length;
          }
          summary.entities += slice.length;
          await waitForWrites(WRITES_IN_FLIGHT - 1);
          startWrite();
        }
      }
      await waitForWrites(0);
    } catch (error) {
      // The next page was asked for ahead; its failure must not go unhandled.
      next.catch(() => undefined);
      throw error;
    }
    // The run's own counts of new, changed, unchanged and deleted results.
    Object.assign(summary, await waited('finishMs', run.finish()));
    summary.durationMs = Date.now() - started;
    const ms = (value: number) => Math.round(value);
    logger.info(
      `Evaluated scorecards for ${summary.entities} entities in ${summary.durationMs} ms: ` +
        `${summary.inserted} new, ${summary.changed} changed, ${summary.unchanged} unchanged, ` +
        `${summary.deleted} removed; waited ${ms(
          summary.catalogWaitMs,
        )} ms for the catalog, ` +
        `${ms(summary.writeWaitMs)} ms for writes, ${ms(
          summary.finishMs,
        )} ms to finish`,
    );
    return summary;
  }
}
