import { parseEntityRef } from '@backstage/catalog-model';
import {
  AdoptedProduct,
  EntityProductsResponse,
  ProductSlaSummary,
  summarizeNps,
  surveyPeriodOf,
} from '@paved-road/plugin-platform-products-common';
import express from 'express';
import Router from 'express-promise-router';
import { entityRefOf } from '../entityRefs';
import { entityFromPath } from './entityFromPath';
import { ProductRoutesOptions } from './productRoutes';

export type AdoptedProductRoutesOptions = Pick<
  ProductRoutesOptions,
  | 'httpAuth'
  | 'catalog'
  | 'adoptionStore'
  | 'surveyStore'
  | 'surveyPeriodUnit'
  | 'slaSummaries'
  | 'snapshotter'
>;

const REF_FIELDS = ['kind', 'metadata.name', 'metadata.namespace'];

/** The platform products an entity adopts, read from the stored adoption snapshot. */
export function adoptedProductRoutes(
  options: AdoptedProductRoutesOptions,
): express.Router {
  const { httpAuth, catalog, adoptionStore, surveyStore } = options;
  const router = Router();

  router.get('/entities/:kind/:namespace/:name/products', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entity = await entityFromPath(req, catalog, credentials, REF_FIELDS);
    const entityRef = entityRefOf(entity);
    // Before the scheduled task's first run (the first minutes after start-up) an empty list
    // would say "adopts nothing": take the snapshot now instead, as GET /products does.
    if (!(await adoptionStore.hasAdoption())) {
      await options.snapshotter.snapshotAll();
    }
    const adopted = await adoptionStore.getAdoptedProducts(entityRef);

    // Only products the caller may see, with their titles, in one catalog call.
    const refs = adopted.map(a => a.productRef);
    const { items: products } =
      refs.length === 0
        ? { items: [] }
        : await catalog.getEntitiesByRefs(
            { entityRefs: refs, fields: [...REF_FIELDS, 'metadata.title'] },
            { credentials },
          );
    const titles = new Map<string, string | undefined>();
    for (const product of products) {
      if (product) {
        titles.set(entityRefOf(product), product.metadata.title);
      }
    }
    const visible = adopted.filter(a => titles.has(a.productRef));
    const visibleRefs = visible.map(a => a.productRef);

    const period = surveyPeriodOf(new Date(), options.surveyPeriodUnit).id;
    const [nps, sla] = await Promise.all([
      surveyStore.countByEntity(visibleRefs, period),
      options.slaSummaries?.(visibleRefs) ??
        new Map<string, ProductSlaSummary>(),
    ]);
    const items = visible.map((a): AdoptedProduct => {
      const title = titles.get(a.productRef);
      const counts = nps.get(a.productRef);
      const slaSummary = sla.get(a.productRef);
      return {
        productRef: a.productRef,
        ...(title && { title }),
        via: a.via,
        inPopulation: a.inPopulation,
        adoption: a.summary,
        satisfaction: counts ? { period, ...summarizeNps(counts) } : null,
        ...(slaSummary && { sla: slaSummary }),
      };
    });
    const label = (item: AdoptedProduct) =>
      item.title ?? parseEntityRef(item.productRef).name;
    items.sort((a, b) => label(a).localeCompare(label(b), 'en'));

    const body: EntityProductsResponse = { entityRef, items };
    res.json(body);
  });

  return router;
}
