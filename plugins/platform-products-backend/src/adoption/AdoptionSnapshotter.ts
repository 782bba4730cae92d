import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  isPlatformProductEntity,
  matchesEntityFilter,
  PlatformProductEntityV1alpha1,
} from '@paved-road/plugin-platform-products-common';
import {
  AdoptionStore,
  StoredProductAdoption,
} from '../database/AdoptionStore';
import { MetricStore } from '../database/MetricStore';
import { entityRefOf } from '../entityRefs';
import { adoptionProductOf } from './adoptionProduct';
import { AdoptionCatalog } from './readCatalogForAdoption';
import { computeAdoption, ProductAdoption } from './computeAdoption';
import {
  compareTimeToMarket,
  DEFAULT_TIME_TO_MARKET_WINDOW_DAYS,
} from './timeToMarket';
import { DAY_MS } from '../time';

/**
 * Computes the adoption of every platform product from one read of the catalog, with the
 * time-to-market comparison of those that declare one, and stores it: the current figures
 * and the day's history point.
 */
export class AdoptionSnapshotter {
  private running?: Promise<number>;

  constructor(
    private readonly options: {
      adoptionStore: AdoptionStore;
      metricStore: MetricStore;
      logger: LoggerService;
      /** The products and the entities that can adopt them (see readCatalogForAdoption). */
      readCatalog: () => Promise<AdoptionCatalog>;
    },
  ) {}

  /**
   * Snapshots every product; concurrent calls in this process share one run.
   *
   * @returns the number of products
   */
  snapshotAll(now: Date = new Date()): Promise<number> {
    if (!this.running) {
      this.running = this.run(now).finally(() => {
        this.running = undefined;
      });
    }
    return this.running;
  }

  private async run(now: Date): Promise<number> {
    const started = Date.now();
    const catalog = await this.options.readCatalog();
    const readMs = Date.now() - started;
    const products = catalog.products.filter(isPlatformProductEntity);
    const { entities } = catalog;
    const adoption = computeAdoption(
      products.map(adoptionProductOf),
      entities,
      now,
    );
    const stored: StoredProductAdoption[] = [];
    for (const product of products) {
      const computed = adoption.get(entityRefOf(product))!;
      stored.push({
        ...computed,
        timeToMarket: await this.timeToMarket(product, computed, entities, now),
      });
    }
    await this.options.adoptionStore.replaceAdoption(stored);
    this.options.logger.info(
      `Computed adoption of ${products.length} platform products over ${
        entities.length
      } entities in ${Date.now() - started} ms (catalog read ${readMs} ms)`,
    );
    return products.length;
  }

  private async timeToMarket(
    product: PlatformProductEntityV1alpha1,
    adoption: ProductAdoption,
    entities: Entity[],
    now: Date,
  ) {
    const spec = product.spec.timeToMarket;
    if (!spec) {
      return null;
    }
    const windowDays = spec.windowDays ?? DEFAULT_TIME_TO_MARKET_WINDOW_DAYS;
    const valuesByEntity = await this.options.metricStore.getValuesByEntity(
      spec.metric,
      new Date(now.getTime() - windowDays * DAY_MS),
      now,
    );
    // The population as computeAdoption counts it: all matching entities but the product.
    const populationRefs = entities
      .filter(e => matchesEntityFilter(e, adoption.population))
      .map(entityRefOf)
      .filter(ref => ref !== adoption.productRef);
    return compareTimeToMarket({
      spec,
      adopterRefs: new Set(
        adoption.adopters.filter(a => a.inPopulation).map(a => a.entityRef),
      ),
      populationRefs,
      valuesByEntity,
    });
  }
}
