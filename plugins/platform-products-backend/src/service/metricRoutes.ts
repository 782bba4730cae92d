import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  IngestMetricsResponse,
  MetricSeriesResponse,
  platformProductsMetricsWritePermission,
} from '@paved-road/plugin-platform-products-common';
import express from 'express';
import Router from 'express-promise-router';
import { MetricStore } from '../database/MetricStore';
import { entityRefOf } from '../entityRefs';
import {
  METRIC_NAME_PATTERN,
  parseMetricBatch,
} from '../metrics/parseMetricBatch';
import { entityFromPath } from './entityFromPath';
import { readInteger, readString } from './queryParams';
import { DAY_MS } from '../time';

export interface MetricRoutesOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: MetricStore;
}

function readTime(value: string | undefined, name: string): Date | undefined {
  if (value === undefined) {
    return undefined;
  }
  const time = new Date(value);
  if (Number.isNaN(time.getTime())) {
    throw new InputError(
      `Query parameter ${name} must be an ISO 8601 time, got "${value}"`,
    );
  }
  return time;
}

/** Metric ingestion (CI systems, service to service) and series reads. */
export function metricRoutes(options: MetricRoutesOptions): express.Router {
  const { httpAuth, permissions, catalog, store } = options;
  const router = Router();

  router.post('/metrics', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // Services (CI) are trusted by their service token; people need the permission.
    if (credentials.principal.type === 'user') {
      const [decision] = await permissions.authorize(
        [{ permission: platformProductsMetricsWritePermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          `Pushing metrics requires the permission ${platformProductsMetricsWritePermission.name}`,
        );
      }
    }
    const points = parseMetricBatch(req.body);
    await store.addPoints(points);
    const body: IngestMetricsResponse = { accepted: points.length };
    res.json(body);
  });

  router.get(
    '/entities/:kind/:namespace/:name/metrics/:metric',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const { metric } = req.params;
      if (!METRIC_NAME_PATTERN.test(metric)) {
        throw new InputError(
          `Metric "${metric}" is not a metric name: lowercase letters, digits, dots, dashes and underscores`,
        );
      }
      const to = readTime(readString(req, 'to'), 'to') ?? new Date();
      const from =
        readTime(readString(req, 'from'), 'from') ??
        new Date(to.getTime() - 90 * DAY_MS);
      if (from > to) {
        throw new InputError('Query parameter from is after to');
      }
      const limit = readInteger(req, 'limit', {
        min: 1,
        max: 10_000,
        default: 1000,
      });
      const entity = await entityFromPath(req, catalog, credentials);
      const entityRef = entityRefOf(entity);
      const points = await store.getSeries({
        entityRef,
        metric,
        from,
        to,
        limit,
      });
      const body: MetricSeriesResponse = {
        entityRef,
        metric,
        from: from.toISOString(),
        to: to.toISOString(),
        points,
      };
      res.json(body);
    },
  );

  return router;
}
