import { IN_LIST_SIZE, inBatches, isPostgres, maxParamsOf } from './batches';
import {
  SlaAlertState,
  SlaStatus,
  SliBucketData,
} from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { lowerRef } from '../entityRefs';
import { migrateDatabase } from './migrateDatabase';
import { DbTimestamp, toIsoTimestamp, toNumber } from './rows';
import {
  SlaEntitiesQuery,
  SlaStore,
  SlaSyncState,
  SliBucketRange,
  SliBucketRecord,
  StoredSlaEntity,
  StoredSlaObjective,
} from './SlaStore';
import { MINUTE_MS } from '../time';

const BUCKETS_TABLE = 'sla_buckets';
const SYNC_TABLE = 'sla_sync_state';
const ENTITIES_TABLE = 'sla_entities';
const OBJECTIVES_TABLE = 'sla_objectives';

/**
 * Buckets per transaction: a long backfill is written in parts, so that locks stay short
 * and a failure loses at most one part.
 */
const WRITE_BATCH_SIZE = 50_000;

/** Buckets per insert statement on PostgreSQL, sent as one JSON parameter. */
const POSTGRES_ROWS_PER_STATEMENT = 10_000;

interface BucketRow {
  start_minute: number;
  duration_seconds: number;
  good: number;
  total: number;
}

interface SyncRow {
  entity_ref: string;
  objective: string;
  source: string;
  synced_to_ms: number | string | null;
  last_attempt_at: DbTimestamp | null;
  last_success_at: DbTimestamp | null;
  error: string | null;
}

interface EntityRow {
  entity_ref: string;
  owner_ref: string | null;
  status: string;
  budget_remaining: number | null;
  alert_state: string;
  problem_count: number;
  sync_error: string | null;
  evaluated_at: DbTimestamp;
}

interface ObjectiveRow {
  entity_ref: string;
  objective: string;
  title: string;
  target: number;
  status: string;
  compliance: number | null;
  budget_remaining: number | null;
  alert_state: string;
  alert_since: DbTimestamp | null;
  evaluated_at: DbTimestamp;
}

/** The knex implementation of {@link SlaStore}, for SQLite and PostgreSQL alike. */
export class DatabaseSlaStore implements SlaStore {
  /** Creates the store, first bringing the schema up to date unless `skipMigrations`. */
  static async create(options: {
    knex: Knex;
    skipMigrations?: boolean;
  }): Promise<DatabaseSlaStore> {
    if (!options.skipMigrations) {
      await migrateDatabase(options.knex);
    }
    return new DatabaseSlaStore(options.knex);
  }

  private readonly maxParams: number;
  private readonly isPostgres: boolean;

  private constructor(private readonly db: Knex) {
    this.isPostgres = isPostgres(db);
    this.maxParams = maxParamsOf(db);
  }

  async writeBuckets(buckets: SliBucketRecord[]): Promise<void> {
    // One row per key: PostgreSQL refuses an upsert that touches a row twice.
    const byKey = new Map<
      string,
      BucketRow & { entity_ref: string; objective: string }
    >();
    for (const bucket of buckets) {
      const row = {
        entity_ref: lowerRef(bucket.entityRef),
        objective: bucket.objective,
        start_minute: Math.floor(bucket.start / MINUTE_MS),
        duration_seconds: Math.round(bucket.durationMs / 1000),
        good: bucket.good,
        total: bucket.total,
      };
      byKey.set(
        `${row.entity_ref}\u0000${row.objective}\u0000${row.start_minute}`,
        row,
      );
    }
    const rows = [...byKey.values()];
    for (const batch of inBatches(rows, WRITE_BATCH_SIZE)) {
      await this.db.transaction(async trx => {
        if (this.isPostgres) {
          // One JSON parameter per statement: PostgreSQL parses it much faster than tens of
          // thousands of bound values, and knex need not build them.
          for (const part of inBatches(batch, POSTGRES_ROWS_PER_STATEMENT)) {
            await trx.raw(
              `insert into ${BUCKETS_TABLE} (entity_ref, objective, start_minute, duration_seconds, good, total)
               select * from json_to_recordset(?::json)
                 as b(entity_ref text, objective text, start_minute integer,
                      duration_seconds integer, good double precision, total double precision)
               on conflict (entity_ref, objective, start_minute) do update set
                 duration_seconds = excluded.duration_seconds,
                 good = excluded.good,
                 total = excluded.total`,
              [JSON.stringify(part)],
            );
          }
          return;
        }
        for (const part of inBatches(batch, Math.floor(this.maxParams / 6))) {
          await trx(BUCKETS_TABLE)
            .insert(part)
            .onConflict(['entity_ref', 'objective', 'start_minute'])
            .merge(['duration_seconds', 'good', 'total']);
        }
      });
    }
  }

  async readBuckets(range: SliBucketRange): Promise<SliBucketData[]> {
    const from = Math.ceil(range.from / MINUTE_MS);
    const to = Math.ceil(range.to / MINUTE_MS);
    const split = Math.min(
      to,
      Math.max(from, Math.ceil((range.hourlyBefore ?? range.from) / MINUTE_MS)),
    );
    const ofObjective = () =>
      this.db(BUCKETS_TABLE)
        .where('entity_ref', lowerRef(range.entityRef))
        .where('objective', range.objective);

    // Two reads rather than one UNION: each is a range scan of the primary key.
    const hourly: BucketRow[] =
      split > from
        ? await ofObjective()
            .where('start_minute', '>=', from)
            .where('start_minute', '<', split)
            .select(
              this.db.raw('min(start_minute) as start_minute'),
              this.db.raw('sum(duration_seconds) as duration_seconds'),
              this.db.raw('sum(good) as good'),
              this.db.raw('sum(total) as total'),
            )
            // Integer division in both databases: the clock hour of the bucket.
            .groupByRaw('start_minute / 60')
            .orderBy('start_minute')
        : [];
    const minutes: BucketRow[] =
      to > split
        ? await ofObjective()
            .where('start_minute', '>=', split)
            .where('start_minute', '<', to)
            .select('start_minute', 'duration_seconds', 'good', 'total')
            .orderBy('start_minute')
        : [];
    const rows = hourly.length ? hourly.concat(minutes) : minutes;
    const buckets = new Array<SliBucketData>(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      buckets[i] = {
        start: Number(row.start_minute) * MINUTE_MS,
        durationMs: Number(row.duration_seconds) * 1000,
        good: Number(row.good),
        total: Number(row.total),
      };
    }
    return buckets;
  }

  async deleteBucketsBefore(before: number): Promise<number> {
    return Number(
      await this.db(BUCKETS_TABLE)
        .where('start_minute', '<', Math.ceil(before / MINUTE_MS))
        .delete(),
    );
  }

  async getSyncStates(entityRef: string): Promise<SlaSyncState[]> {
    const rows: SyncRow[] = await this.db<SyncRow>(SYNC_TABLE)
      .where('entity_ref', lowerRef(entityRef))
      .orderBy('objective');
    return rows.map(row => ({
      entityRef: row.entity_ref,
      objective: row.objective,
      source: row.source,
      syncedTo: row.synced_to_ms === null ? null : Number(row.synced_to_ms),
      lastAttemptAt: toIsoOrNull(row.last_attempt_at),
      lastSuccessAt: toIsoOrNull(row.last_success_at),
      error: row.error,
    }));
  }

  async saveSyncState(state: SlaSyncState): Promise<void> {
    await this.db(SYNC_TABLE)
      .insert({
        entity_ref: lowerRef(state.entityRef),
        objective: state.objective,
        source: state.source,
        synced_to_ms: state.syncedTo,
        last_attempt_at: toDateOrNull(state.lastAttemptAt),
        last_success_at: toDateOrNull(state.lastSuccessAt),
        error: state.error,
      })
      .onConflict(['entity_ref', 'objective'])
      .merge();
  }

  async getEntity(entityRef: string): Promise<StoredSlaEntity | undefined> {
    const { items } = await this.listEntities({
      entityRefs: [entityRef],
      limit: 1,
      offset: 0,
    });
    return items[0];
  }

  async saveEntity(entity: StoredSlaEntity): Promise<void> {
    const entityRef = lowerRef(entity.entityRef);
    await this.db.transaction(async trx => {
      await trx(ENTITIES_TABLE)
        .insert({
          entity_ref: entityRef,
          owner_ref: entity.ownerRef ? lowerRef(entity.ownerRef) : null,
          status: entity.status,
          budget_remaining: entity.budgetRemaining,
          alert_state: entity.alert,
          problem_count: entity.problemCount,
          sync_error: entity.syncError,
          evaluated_at: new Date(entity.evaluatedAt),
        })
        .onConflict('entity_ref')
        .merge();
      await trx(OBJECTIVES_TABLE).where('entity_ref', entityRef).delete();
      const rows = entity.objectives.map(objective => ({
        entity_ref: entityRef,
        objective: objective.objective,
        title: objective.title,
        target: objective.target,
        status: objective.status,
        compliance: objective.compliance,
        budget_remaining: objective.budgetRemaining,
        alert_state: objective.alert,
        alert_since: toDateOrNull(objective.alertSince),
        evaluated_at: new Date(objective.evaluatedAt),
      }));
      for (const part of inBatches(rows, Math.floor(this.maxParams / 10))) {
        await trx(OBJECTIVES_TABLE).insert(part);
      }
    });
  }

  async deleteEntities(entityRefs: string[]): Promise<void> {
    for (const part of inBatches(entityRefs.map(lowerRef), IN_LIST_SIZE)) {
      await this.db.transaction(async trx => {
        await trx(OBJECTIVES_TABLE).whereIn('entity_ref', part).delete();
        await trx(ENTITIES_TABLE).whereIn('entity_ref', part).delete();
      });
    }
  }

  async listEntitiesEvaluatedBefore(before: Date): Promise<string[]> {
    const rows: Array<{ entity_ref: string }> = await this.db(ENTITIES_TABLE)
      .select('entity_ref')
      .where('evaluated_at', '<', before);
    return rows.map(row => row.entity_ref);
  }

  async listEntities(
    query: SlaEntitiesQuery,
  ): Promise<{ items: StoredSlaEntity[]; totalItems: number }> {
    const filtered = this.db<EntityRow>(ENTITIES_TABLE);
    if (query.ownerRefs) {
      filtered.whereIn('owner_ref', query.ownerRefs.map(lowerRef));
    }
    if (query.statuses) {
      filtered.whereIn('status', query.statuses);
    }
    if (query.entityRefs) {
      filtered.whereIn('entity_ref', query.entityRefs.map(lowerRef));
    }
    const [counted] = await filtered.clone().count({ count: '*' });
    const totalItems = toNumber(counted?.count as number | string);
    if (totalItems === 0 || query.limit <= 0) {
      return { items: [], totalItems };
    }
    // Entities without data last in both databases (NULL sorts first in SQLite and last in
    // PostgreSQL), then by ref so that pages do not overlap.
    const rows: EntityRow[] = await filtered
      .clone()
      .select('*')
      .orderByRaw('?? is null', ['budget_remaining'])
      .orderBy('budget_remaining', 'asc')
      .orderBy('entity_ref', 'asc')
      .limit(query.limit)
      .offset(query.offset);

    const objectives = new Map<string, StoredSlaObjective[]>();
    for (const part of inBatches(
      rows.map(row => row.entity_ref),
      IN_LIST_SIZE,
    )) {
      const objectiveRows: ObjectiveRow[] = await this.db<ObjectiveRow>(
        OBJECTIVES_TABLE,
      )
        .whereIn('entity_ref', part)
        .orderBy('objective');
      for (const row of objectiveRows) {
        const list = objectives.get(row.entity_ref) ?? [];
        list.push(fromObjectiveRow(row));
        objectives.set(row.entity_ref, list);
      }
    }
    return {
      items: rows.map(row => ({
        entityRef: row.entity_ref,
        ownerRef: row.owner_ref,
        status: row.status as SlaStatus,
        budgetRemaining: numberOrNull(row.budget_remaining),
        alert: row.alert_state as SlaAlertState,
        problemCount: Number(row.problem_count),
        syncError: row.sync_error,
        evaluatedAt: toIsoTimestamp(row.evaluated_at),
        objectives: objectives.get(row.entity_ref) ?? [],
      })),
      totalItems,
    };
  }
}

function fromObjectiveRow(row: ObjectiveRow): StoredSlaObjective {
  return {
    objective: row.objective,
    title: row.title,
    target: Number(row.target),
    status: row.status as SlaStatus,
    compliance: numberOrNull(row.compliance),
    budgetRemaining: numberOrNull(row.budget_remaining),
    alert: row.alert_state as SlaAlertState,
    alertSince: toIsoOrNull(row.alert_since),
    evaluatedAt: toIsoTimestamp(row.evaluated_at),
  };
}

function numberOrNull(value: number | string | null): number | null {
  return value === null ? null : Number(value);
}

function toIsoOrNull(value: DbTimestamp | null): string | null {
  return value === null ? null : toIsoTimestamp(value);
}

function toDateOrNull(value: string | null): Date | null {
  return value === null ? null : new Date(value);
}
