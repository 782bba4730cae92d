import express from 'express';
import Router from 'express-promise-router';
import { scorecardRoutes, ScorecardRoutesOptions } from './scorecardRoutes';
import { slaRoutes, SlaRoutesOptions } from './slaRoutes';

// One routes file per capability; this only puts them under the plugin's path.
export interface RouterOptions {
  scorecards: ScorecardRoutesOptions;
  sla: SlaRoutesOptions;
}

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json());

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.use(scorecardRoutes(options.scorecards));
  router.use(slaRoutes(options.sla));
  return router;
}
