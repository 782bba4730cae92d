import { ProductSlaSummary } from '@paved-road/plugin-platform-products-common';
import { SlaStore } from '../database/SlaStore';
import { ProductSlaSummaries } from '../service/productRoutes';

/**
 * The products list's SLA column, from the summaries the SLA tracker stores: worst status and
 * number of objectives per product that has objectives.
 */
export function productSlaSummaries(store: SlaStore): ProductSlaSummaries {
  return async productRefs => {
    const summaries = new Map<string, ProductSlaSummary>();
    if (productRefs.length === 0) {
      return summaries;
    }
    const { items } = await store.listEntities({
      entityRefs: productRefs,
      limit: productRefs.length,
      offset: 0,
    });
    for (const entity of items) {
      summaries.set(entity.entityRef, {
        status: entity.status,
        objectives: entity.objectives.length,
      });
    }
    return summaries;
  };
}
