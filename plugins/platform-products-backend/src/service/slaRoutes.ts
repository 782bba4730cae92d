import { visibleEntityRefs } from './visibleEntityRefs';
import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  EntitySlaHistoryResponse,
  EntitySlaResponse,
  platformProductsSlaWritePermission,
  SlaOverviewResponse,
  SlaSamplesResponse,
  SlaStatus,
} from '@paved-road/plugin-platform-products-common';
import express from 'express';
import Router from 'express-promise-router';
import { SlaStore } from '../database/SlaStore';
import { readSamples } from '../sla/readSamples';
import { SlaEvaluator, worstStatus } from '../sla/SlaEvaluator';
import { SlaTracker } from '../sla/SlaTracker';
import { entityFromPath } from './entityFromPath';
import { readEntityRef, readInteger, readList } from './queryParams';

export interface SlaRoutesOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: SlaStore;
  tracker: SlaTracker;
  evaluator: SlaEvaluator;
}

const STATUSES: SlaStatus[] = ['met', 'at-risk', 'breached', 'no-data'];

/** The SLA of an entity, its history, pushed SLI data, and the overview of all SLAs. */
export function slaRoutes(options: SlaRoutesOptions): express.Router {
  const { httpAuth, permissions, catalog, store, tracker, evaluator } = options;
  const router = Router();

  router.get('/entities/:kind/:namespace/:name/sla', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entity = await entityFromPath(req, catalog, credentials);
    const sla = await tracker.read(entity);
    const [objectives, sync] = await Promise.all([
      evaluator.report(sla, new Date()),
      evaluator.syncReport(sla),
    ]);
    const body: EntitySlaResponse = {
      entityRef: sla.entityRef,
      objectives,
      status: objectives.length
        ? worstStatus(objectives.map(o => o.status))
        : null,
      problems: sla.problems,
      sync,
    };
    res.json(body);
  });

  router.get(
    '/entities/:kind/:namespace/:name/sla/history',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const months = readInteger(req, 'months', {
        min: 1,
        max: 24,
        default: 12,
      });
      const entity = await entityFromPath(req, catalog, credentials);
      const sla = await tracker.read(entity);
      const body: EntitySlaHistoryResponse = {
        entityRef: sla.entityRef,
        months,
        objectives: await evaluator.history(sla, months, new Date()),
        problems: sla.problems,
      };
      res.json(body);
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/sla/samples',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      // Collectors push as services; people only with the permission.
      if (credentials.principal.type === 'user') {
        const [decision] = await permissions.authorize(
          [{ permission: platformProductsSlaWritePermission }],
          { credentials },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError(
            `Pushing SLI data needs the permission ${platformProductsSlaWritePermission.name}`,
          );
        }
      }
      const entity = await entityFromPath(req, catalog, credentials);
      const sla = await tracker.read(entity);
      const now = new Date();
      const buckets = readSamples(req.body, {
        entityRef: sla.entityRef,
        objectives: sla.objectives.map(o => o.id),
        now,
      });
      await store.writeBuckets(buckets);
      // The overview and alerts follow the new data at once, not at the next round.
      await evaluator.evaluate(sla, now);
      const body: SlaSamplesResponse = {
        entityRef: sla.entityRef,
        accepted: buckets.length,
      };
      res.json(body);
    },
  );

  router.get('/sla', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const statuses = readList(req, 'status');
    const bad = statuses?.find(s => !STATUSES.includes(s as SlaStatus));
    if (bad !== undefined) {
      throw new InputError(
        `Query parameter status must be one of ${STATUSES.join(
          ', ',
        )}, got "${bad}"`,
      );
    }
    const limit = readInteger(req, 'limit', { min: 1, max: 500, default: 50 });
    const offset = readInteger(req, 'offset', {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      default: 0,
    });
    const page = await store.listEntities({
      ownerRefs: readList(req, 'owner')?.map(o =>
        readEntityRef(o, 'owner', 'Group'),
      ),
      statuses: statuses as SlaStatus[] | undefined,
      limit,
      offset,
    });
    const visible = await visibleEntityRefs(
      page.items.map(item => item.entityRef),
      catalog,
      credentials,
    );
    const body: SlaOverviewResponse = {
      items: page.items
        .filter(item => visible.has(item.entityRef))
        .map(item => ({
          entityRef: item.entityRef,
          ownerRef: item.ownerRef,
          status: item.status,
          budgetRemaining: item.budgetRemaining,
          alert: item.alert,
          problemCount: item.problemCount,
          syncError: item.syncError,
          objectives: item.objectives.map(o => ({
            id: o.objective,
            title: o.title,
            target: o.target,
            status: o.status,
            compliance: o.compliance,
            budgetRemaining: o.budgetRemaining,
            alert: o.alert,
            evaluatedAt: o.evaluatedAt,
          })),
        })),
      totalItems: page.totalItems,
      limit,
      offset,
    };
    res.json(body);
  });

  return router;
}
