import {
  SlaAlertState,
  SlaStatus,
  SliBucketData,
} from '@paved-road/plugin-platform-products-common';

/** An SLI bucket of one objective of one entity, as stored. */
export interface SliBucketRecord extends SliBucketData {
  /** Lowercase full entity ref. */
  entityRef: string;
  /** Objective id within the entity, e.g. `availability`. */
  objective: string;
}

/** Which buckets {@link SlaStore.readBuckets} reads: those starting in [from, to). */
export interface SliBucketRange {
  entityRef: string;
  objective: string;
  /** Epoch milliseconds, inclusive. */
  from: number;
  /** Epoch milliseconds, exclusive. */
  to: number;
  /**
   * Buckets starting before this (epoch ms) come summed per hour: one bucket per clock hour
   * that has data, starting at its first bucket and as long as its buckets together. Exact
   * for good, total and how much time has data; only where in the hour the data lay is
   * lost. Reading 90 days this way is twenty times fewer rows.
   */
  hourlyBefore?: number;
}

/** Where pulling the SLI data of one objective from its source stands. */
export interface SlaSyncState {
  entityRef: string;
  objective: string;
  /** As written in `paved-road.io/sla-source`, e.g. `prometheus:prod`. */
  source: string;
  /** Exclusive end of what was pulled, epoch milliseconds; `null` before the first success. */
  syncedTo: number | null;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Message of the last attempt when it failed; `null` when it succeeded. */
  error: string | null;
}

/** The last computed status of one objective, as the overview and alerts read it. */
export interface StoredSlaObjective {
  objective: string;
  title: string;
  target: number;
  status: SlaStatus;
  compliance: number | null;
  /** Share of the error budget left; `null` without data. */
  budgetRemaining: number | null;
  alert: SlaAlertState;
  /** When `alert` last changed; `null` when unknown. */
  alertSince: string | null;
  evaluatedAt: string;
}

/** The last computed SLA summary of one entity. */
export interface StoredSlaEntity {
  entityRef: string;
  ownerRef: string | null;
  /** Worst status over the objectives. */
  status: SlaStatus;
  /** The least budget left over the objectives; `null` when none has data. */
  budgetRemaining: number | null;
  /** The highest alert over the objectives. */
  alert: SlaAlertState;
  problemCount: number;
  syncError: string | null;
  evaluatedAt: string;
  objectives: StoredSlaObjective[];
}

/** Which entities {@link SlaStore.listEntities} lists. */
export interface SlaEntitiesQuery {
  /** Only entities owned by any of these; no filter when left out. */
  ownerRefs?: string[];
  /** Only entities with any of these (worst) statuses. */
  statuses?: SlaStatus[];
  /** Only these entities. */
  entityRefs?: string[];
  limit: number;
  offset: number;
}

/**
 * SLI buckets, the sync state of pulled sources, and the last computed status of every
 * objective. Shared by every backend replica.
 */
export interface SlaStore {
  /**
   * Inserts buckets; a bucket with the key (entity, objective, start) of a stored one
   * replaces it. Given twice in one call, the last one wins.
   */
  writeBuckets(buckets: SliBucketRecord[]): Promise<void>;

  /** The buckets of one objective starting in [from, to), by start. */
  readBuckets(range: SliBucketRange): Promise<SliBucketData[]>;

  /** Deletes buckets that started before `before` (epoch ms); returns how many. */
  deleteBucketsBefore(before: number): Promise<number>;

  /** The sync state of every objective of an entity that was ever pulled. */
  getSyncStates(entityRef: string): Promise<SlaSyncState[]>;

  /** Saves the sync state of one objective. */
  saveSyncState(state: SlaSyncState): Promise<void>;

  /** The stored summary of one entity with its objectives, or undefined. */
  getEntity(entityRef: string): Promise<StoredSlaEntity | undefined>;

  /**
   * Replaces the stored summary of an entity and all its objectives (objectives not in
   * `entity.objectives` are removed).
   */
  saveEntity(entity: StoredSlaEntity): Promise<void>;

  /** Removes the summary and objectives of entities; their buckets are kept. */
  deleteEntities(entityRefs: string[]): Promise<void>;

  /** Refs of the entities whose summary was evaluated before `before`. */
  listEntitiesEvaluatedBefore(before: Date): Promise<string[]>;

  /**
   * A page of entity summaries, least budget left first (entities without data last, then
   * by ref), and how many match.
   */
  listEntities(
    query: SlaEntitiesQuery,
  ): Promise<{ items: StoredSlaEntity[]; totalItems: number }>;
}
