import express from 'express';
import Router from 'express-promise-router';
import { scorecardRoutes, ScorecardRoutesOptions } from './scorecardRoutes';
import { productRoutes, ProductRoutesOptions } from './productRoutes';
import { adoptedProductRoutes } from './adoptedProductRoutes';
import { surveyRoutes, SurveyRoutesOptions } from './surveyRoutes';
import { metricRoutes, MetricRoutesOptions } from './metricRoutes';
import { slaRoutes, SlaRoutesOptions } from './slaRoutes';

// One routes file per capability; this only puts them under the plugin's path.
export interface RouterOptions {
  scorecards: ScorecardRoutesOptions;
  products: ProductRoutesOptions;
  surveys: SurveyRoutesOptions;
  metrics: MetricRoutesOptions;
  sla: SlaRoutesOptions;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  // Metric batches (up to 5,000 points) are larger than express's default 100 kB.
  router.use(express.json({ limit: '2mb' }));

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.use(scorecardRoutes(options.scorecards));
  router.use(productRoutes(options.products));
  router.use(adoptedProductRoutes(options.products));
  router.use(surveyRoutes(options.surveys));
  router.use(metricRoutes(options.metrics));
  router.use(slaRoutes(options.sla));
  return router;
}
