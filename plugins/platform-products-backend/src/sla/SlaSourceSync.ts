import {
  SlaObjective,
  SlaObjectiveId,
} from '@paved-road/plugin-platform-products-common';
import {
  SliBucket,
  SliSource,
} from '@paved-road/plugin-platform-products-node';
import { SlaStore, SlaSyncState } from '../database/SlaStore';
import { EntitySla, ResolvedSlaObjective } from './EntitySla';
import { MINUTE_MS } from '../time';

/**
 * Buckets near the end of the last pull are pulled again: a source may still be
 * receiving data for them. A bucket sent again replaces the stored one.
 */
const REPULL_MS = 5 * MINUTE_MS;

export interface SlaSourceSyncOptions {
  store: SlaStore;
  /** The registered sources, by type. */
  sources: ReadonlyMap<string, SliSource>;
  /** How far back the first pull of an objective (or one after a long gap) reaches. */
  backfillMs: number;
  /** How long one pull of one objective may take. */
  timeoutMs: number;
}

/** Why one objective could not be pulled; the message is shown on the entity's page. */
class SyncError extends Error {}

function requestObjective(objective: ResolvedSlaObjective): SlaObjective {
  if (objective.origin.type !== 'annotation') {
    throw new SyncError(
      'objectives read from an OpenSLO file cannot be pulled from a source yet; push their buckets instead',
    );
  }
  return {
    id: objective.id as SlaObjectiveId,
    kind: objective.kind,
    annotation: objective.origin.annotation,
    target: objective.target,
    ...(objective.percentile && { percentile: objective.percentile }),
    ...(objective.thresholdMs !== undefined && {
      thresholdMs: objective.thresholdMs,
    }),
    ...(objective.errorRateCeiling !== undefined && {
      errorRateCeiling: objective.errorRateCeiling,
    }),
  };
}

/** The first problem with a bucket a source returned, or undefined when it is fine. */
function bucketProblem(
  bucket: SliBucket,
  from: number,
  to: number,
): string | undefined {
  const start = bucket.start instanceof Date ? bucket.start.getTime() : NaN;
  if (!Number.isFinite(start) || start % MINUTE_MS !== 0) {
    return 'a start that is not a whole minute';
  }
  if (start < from || start >= to) {
    return 'a start outside the requested range';
  }
  if (
    !Number.isInteger(bucket.durationSeconds) ||
    bucket.durationSeconds <= 0 ||
    bucket.durationSeconds % 60 !== 0
  ) {
    return 'a duration that is not a whole number of minutes';
  }
  if (
    !Number.isFinite(bucket.good) ||
    !Number.isFinite(bucket.total) ||
    bucket.good < 0 ||
    bucket.good > bucket.total
  ) {
    return 'counts that are not 0 ≤ good ≤ total';
  }
  return undefined;
}

/**
 * Pulls the SLI buckets of an entity's objectives from the source its
 * `paved-road.io/sla-source` names, from where the last pull ended (at most `backfillMs`
 * back), and records per objective how far it got or why it failed.
 */
export class SlaSourceSync {
  constructor(private readonly options: SlaSourceSyncOptions) {}

  /** Whether the entity's data is pulled (rather than pushed). */
  static isPulled(sla: EntitySla): boolean {
    return sla.source.type !== 'push';
  }

  /**
   * Pulls every objective of the entity up to `now` (whole minutes). Never throws for a
   * failing source: returns the errors, by objective, joined for the page, or null.
   */
  async syncEntity(sla: EntitySla, now: Date): Promise<string | null> {
    if (sla.source.type === 'push') {
      return null;
    }
    const states = new Map(
      (await this.options.store.getSyncStates(sla.entityRef))
        .filter(state => state.source === sla.sourceText)
        .map(state => [state.objective, state]),
    );
    const errors: string[] = [];
    for (const objective of sla.objectives) {
      const error = await this.syncObjective(
        sla,
        objective,
        states.get(objective.id),
        now,
      );
      if (error) {
        errors.push(`${objective.id}: ${error}`);
      }
    }
    return errors.length ? errors.join('; ') : null;
  }

  private async syncObjective(
    sla: EntitySla,
    objective: ResolvedSlaObjective,
    previous: SlaSyncState | undefined,
    now: Date,
  ): Promise<string | null> {
    const { store, backfillMs } = this.options;
    const to = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
    const earliest = to - backfillMs;
    const from = Math.max(
      earliest,
      typeof previous?.syncedTo === 'number'
        ? previous.syncedTo - REPULL_MS
        : earliest,
    );
    const attemptedAt = now.toISOString();
    const state: SlaSyncState = {
      entityRef: sla.entityRef,
      objective: objective.id,
      source: sla.sourceText,
      syncedTo: previous?.syncedTo ?? null,
      lastAttemptAt: attemptedAt,
      lastSuccessAt: previous?.lastSuccessAt ?? null,
      error: null,
    };
    try {
      const buckets = await this.pull(sla, objective, from, to);
      await store.writeBuckets(
        buckets.map(bucket => ({
          entityRef: sla.entityRef,
          objective: objective.id,
          start: bucket.start.getTime(),
          durationMs: bucket.durationSeconds * 1000,
          good: bucket.good,
          total: bucket.total,
        })),
      );
      await store.saveSyncState({
        ...state,
        syncedTo: to,
        lastSuccessAt: attemptedAt,
      });
      return null;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await store.saveSyncState({ ...state, error: message });
      return message;
    }
  }

  private async pull(
    sla: EntitySla,
    objective: ResolvedSlaObjective,
    from: number,
    to: number,
  ): Promise<SliBucket[]> {
    if (sla.source.type === 'push') {
      return [];
    }
    const source = this.options.sources.get(sla.source.type);
    if (!source) {
      throw new SyncError(
        `no SLI source of type "${sla.source.type}" is installed in the backend`,
      );
    }
    const instances = source.instances();
    if (!instances.includes(sla.source.instance)) {
      throw new SyncError(
        `the ${source.type} source has no instance "${
          sla.source.instance
        }"; configured: ${instances.join(', ') || 'none'}`,
      );
    }
    if (from >= to) {
      return [];
    }
    const request = requestObjective(objective);
    const controller = new AbortController();
    const { timeoutMs } = this.options;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(
          new SyncError(
            `the ${source.type} source did not answer within ${
              timeoutMs / 1000
            }s`,
          ),
        );
      }, timeoutMs);
    });
    try {
      const buckets = await Promise.race([
        source.fetchBuckets({
          instance: sla.source.instance,
          entityRef: sla.entityRef,
          objective: request,
          ...(sla.selector && { selector: sla.selector }),
          from: new Date(from),
          to: new Date(to),
          signal: controller.signal,
        }),
        timeout,
      ]);
      for (const [index, bucket] of buckets.entries()) {
        const problem = bucketProblem(bucket, from, to);
        if (problem) {
          throw new SyncError(
            `the ${source.type} source returned a bucket (#${index}) with ${problem}`,
          );
        }
      }
      return buckets;
    } finally {
      clearTimeout(timer);
    }
  }
}
