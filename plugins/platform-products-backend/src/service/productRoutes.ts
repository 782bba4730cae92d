import { HttpAuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AdoptionSummary,
  ListProductsResponse,
  PLATFORM_PRODUCT_KIND,
  PlatformProductSpec,
  ProductAdoptionResponse,
  ProductScorecardSummary,
  ProductSlaSummary,
  summarizeNps,
  SurveyPeriodUnit,
  surveyPeriodOf,
} from '@paved-road/plugin-platform-products-common';
import express from 'express';
import Router from 'express-promise-router';
import { AdoptionSnapshotter } from '../adoption/AdoptionSnapshotter';
import { adoptionTrend } from '../adoption/adoptionTrend';
import { productValue } from '../adoption/productValue';
import { AdoptionStore } from '../database/AdoptionStore';
import { ScorecardStore } from '../database/ScorecardStore';
import { SurveyStore } from '../database/SurveyStore';
import { entityRefOf } from '../entityRefs';
import { visibleEntityRefs } from './visibleEntityRefs';
import { CompiledScorecard } from '../scorecards/readScorecards';
import { DAY_MS } from '../time';

/**
 * The SLA status of products for the products list, by lowercase product ref; products
 * without objectives are left out. Given by the SLA tracker when it is installed.
 */
export type ProductSlaSummaries = (
  productRefs: string[],
) => Promise<Map<string, ProductSlaSummary>>;

export interface ProductRoutesOptions {
  httpAuth: HttpAuthService;
  catalog: CatalogService;
  adoptionStore: AdoptionStore;
  surveyStore: SurveyStore;
  scorecardStore: ScorecardStore;
  scorecards: CompiledScorecard[];
  snapshotter: AdoptionSnapshotter;
  surveyPeriodUnit: SurveyPeriodUnit;
  slaSummaries?: ProductSlaSummaries;
}

const HISTORY_DAYS = 365;
/** The history in the products list: enough for a sparkline of the last quarter. */
const LIST_HISTORY_DAYS = 90;
/** Products in the list; the scorecard results of all of them are read in one page. */
const MAX_PRODUCTS = 500;

const PRODUCT_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'spec',
];

/** The first day, `YYYY-MM-DD`, of the last `days` days up to `now`. */
function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString().slice(0, 10);
}

function specOf(entity: Entity): Partial<PlatformProductSpec> {
  return (entity.spec ?? {}) as Partial<PlatformProductSpec>;
}

/** Platform products: the list with headline metrics, and the adoption of one. */
export function productRoutes(options: ProductRoutesOptions): express.Router {
  const {
    httpAuth,
    catalog,
    adoptionStore,
    surveyStore,
    scorecardStore,
    scorecards,
    snapshotter,
  } = options;
  const router = Router();

  /**
   * Adoption is computed by the scheduled task; a product it has not seen yet (the first
   * minutes after start-up, or a product just added) gets a run now rather than no figures.
   */
  async function adoptionSummaries(refs: string[]) {
    let summaries = await adoptionStore.getSummaries(refs);
    if (refs.some(ref => !summaries.has(ref))) {
      await snapshotter.snapshotAll();
      summaries = await adoptionStore.getSummaries(refs);
    }
    return summaries;
  }

  async function scorecardSummaries(
    refs: Set<string>,
  ): Promise<Map<string, ProductScorecardSummary[]>> {
    const byProduct = new Map<string, ProductScorecardSummary[]>();
    const pages = await Promise.all(
      scorecards.map(({ definition }) =>
        scorecardStore.listResults({
          scorecardId: definition.id,
          kind: PLATFORM_PRODUCT_KIND.toLowerCase(),
          limit: MAX_PRODUCTS,
          offset: 0,
        }),
      ),
    );
    pages.forEach((page, index) => {
      const { definition } = scorecards[index];
      for (const result of page.items) {
        if (!refs.has(result.entityRef)) {
          continue;
        }
        const list = byProduct.get(result.entityRef) ?? [];
        list.push({
          scorecardId: definition.id,
          title: definition.title,
          score: result.score,
          level: result.level,
        });
        byProduct.set(result.entityRef, list);
      }
    });
    return byProduct;
  }

  router.get('/products', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { items } = await catalog.getEntities(
      {
        filter: { kind: PLATFORM_PRODUCT_KIND },
        fields: PRODUCT_FIELDS,
        limit: MAX_PRODUCTS,
      },
      { credentials },
    );
    const refs = items.map(entityRefOf);
    const now = new Date();
    const period = surveyPeriodOf(now, options.surveyPeriodUnit).id;
    const [adoption, histories, nps, results, sla] = await Promise.all([
      adoptionSummaries(refs),
      // Every product's sparkline in one read, rather than one request per product.
      adoptionStore.getHistories(refs, dayBefore(now, LIST_HISTORY_DAYS)),
      surveyStore.countByEntity(refs, period),
      scorecardSummaries(new Set(refs)),
      options.slaSummaries?.(refs) ?? new Map<string, ProductSlaSummary>(),
    ]);
    const body: ListProductsResponse = {
      items: items
        .map((entity, index) => {
          const ref = refs[index];
          const spec = specOf(entity);
          const summary: AdoptionSummary | undefined = adoption.get(ref);
          const counts = nps.get(ref);
          const slaSummary = sla.get(ref);
          return {
            entityRef: ref,
            namespace: entity.metadata.namespace ?? 'default',
            name: entity.metadata.name,
            ...(entity.metadata.title && { title: entity.metadata.title }),
            ...(entity.metadata.description && {
              description: entity.metadata.description,
            }),
            type: String(spec.type ?? ''),
            lifecycle: String(spec.lifecycle ?? ''),
            owner: String(spec.owner ?? ''),
            adoption: summary
              ? { ...summary, history: histories.get(ref) ?? [] }
              : null,
            satisfaction: counts ? { period, ...summarizeNps(counts) } : null,
            ...(slaSummary && { sla: slaSummary }),
            scorecards: results.get(ref) ?? [],
            value: summary ? productValue(spec.value, summary.adopters) : null,
          };
        })
        .sort((a, b) =>
          (a.title ?? a.name).localeCompare(b.title ?? b.name, 'en'),
        ),
    };
    res.json(body);
  });

  router.get('/products/:namespace/:name/adoption', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const { namespace, name } = req.params;
    const entity = await catalog.getEntityByRef(
      { kind: PLATFORM_PRODUCT_KIND, namespace, name },
      { credentials },
    );
    if (!entity) {
      throw new NotFoundError(`No platform product ${namespace}/${name}`);
    }
    const ref = entityRefOf(entity);
    let adoption = await adoptionStore.getAdoption(ref);
    if (!adoption) {
      await snapshotter.snapshotAll();
      adoption = await adoptionStore.getAdoption(ref);
    }
    if (!adoption) {
      throw new NotFoundError(`No adoption computed for ${ref}`);
    }
    const now = new Date();
    const history =
      (
        await adoptionStore.getHistories([ref], dayBefore(now, HISTORY_DAYS))
      ).get(ref) ?? [];
    const visible = await visibleEntityRefs(
      adoption.adopters.map(a => a.entityRef),
      catalog,
      credentials,
    );
    const body: ProductAdoptionResponse = {
      productRef: ref,
      summary: adoption.summary,
      population: adoption.population,
      // The figures count every adopter; the list names only those the caller may see.
      adopters: adoption.adopters.filter(a => visible.has(a.entityRef)),
      teams: adoption.teams,
      history,
      trend: adoptionTrend(adoption.summary, history, now),
      value: productValue(specOf(entity).value, adoption.summary.adopters) ?? {
        adopters: adoption.summary.adopters,
        hoursSavedPerAdopter: null,
        hourlyRate: null,
        currency: null,
        hoursSaved: null,
        costSavings: null,
      },
      timeToMarket: adoption.timeToMarket,
    };
    res.json(body);
  });

  return router;
}
