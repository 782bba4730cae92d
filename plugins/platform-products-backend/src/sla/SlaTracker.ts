import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CATALOG_FILTER_EXISTS } from '@backstage/catalog-client';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_OPENSLO,
  ANNOTATION_SLA_AVAILABILITY,
  ANNOTATION_SLA_ERROR_RATE,
  LATENCY_PERCENTILES,
  SLA_LATENCY_ANNOTATIONS,
} from '@paved-road/plugin-platform-products-common';
import { SlaStore } from '../database/SlaStore';
import { entityRefOf } from '../entityRefs';
import { EntitySla } from './EntitySla';
import { OpenSloReader, readEntitySla } from './readEntitySla';
import { SlaEvaluator, SlaObjectiveEvaluation } from './SlaEvaluator';
import { SlaSourceSync } from './SlaSourceSync';

/** The annotations that give an entity objectives; any one makes it tracked. */
const OBJECTIVE_ANNOTATIONS = [
  ANNOTATION_SLA_AVAILABILITY,
  ...LATENCY_PERCENTILES.map(p => SLA_LATENCY_ANNOTATIONS[p]),
  ANNOTATION_SLA_ERROR_RATE,
  ANNOTATION_OPENSLO,
];

/** Entities evaluated at once by a round: keeps the database and sources busy, not flooded. */
const CONCURRENCY = 4;

export interface SlaTrackerOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  store: SlaStore;
  evaluator: SlaEvaluator;
  sync: SlaSourceSync;
  readOpenSlo?: OpenSloReader;
  /** Buckets older than this are deleted at each round. */
  retentionMs: number;
}

/**
 * Keeps every entity's SLA up to date: pulls SLI data from sources, evaluates objectives,
 * stores the summaries the overview reads, and forgets entities that lost their SLA.
 */
export class SlaTracker {
  constructor(private readonly options: SlaTrackerOptions) {}

  /** The SLA an entity declares. */
  read(entity: Entity): Promise<EntitySla> {
    return readEntitySla(entity, this.options.readOpenSlo);
  }

  /** Pulls (when the entity's data is pulled) and evaluates one entity now. */
  async refresh(
    sla: EntitySla,
    now = new Date(),
  ): Promise<SlaObjectiveEvaluation[]> {
    const syncError = await this.options.sync.syncEntity(sla, now);
    return this.options.evaluator.evaluate(sla, now, syncError);
  }

  /** One round over every entity with SLA annotations; run by the scheduled task. */
  async refreshAll(
    now = new Date(),
  ): Promise<{ entities: number; failed: number }> {
    const { catalog, auth, logger, store, retentionMs } = this.options;
    const credentials = await auth.getOwnServiceCredentials();
    const { items } = await catalog.getEntities(
      {
        filter: OBJECTIVE_ANNOTATIONS.map(annotation => ({
          [`metadata.annotations.${annotation}`]: CATALOG_FILTER_EXISTS,
        })),
        fields: ['kind', 'metadata', 'spec.owner', 'relations'],
      },
      { credentials },
    );

    const failed = new Set<string>();
    const queue = [...items];
    const worker = async () => {
      for (let entity = queue.shift(); entity; entity = queue.shift()) {
        const ref = entityRefOf(entity);
        try {
          await this.refresh(await this.read(entity), now);
        } catch (error) {
          failed.add(ref);
          logger.warn(`Could not evaluate the SLA of ${ref}: ${error}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    // Entities not evaluated by this round lost their SLA or left the catalog; those that
    // failed keep their last summary.
    const gone = (await store.listEntitiesEvaluatedBefore(now)).filter(
      ref => !failed.has(ref),
    );
    await store.deleteEntities(gone);
    await store.deleteBucketsBefore(now.getTime() - retentionMs);
    logger.info(
      `SLA round: ${items.length} entities evaluated (${failed.size} failed), ${gone.length} forgotten`,
    );
    return { entities: items.length, failed: failed.size };
  }
}
