import {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotFoundError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  EntityScorecardsResponse,
  ListScorecardsResponse,
  ScorecardHistoryResponse,
  ScorecardResultsResponse,
  ScorecardRollupsResponse,
} from '@paved-road/plugin-platform-products-common';
import express, { Request } from 'express';
import Router from 'express-promise-router';
import { ScorecardStore } from '../database/ScorecardStore';
import { entityRefOf, lowerRef } from '../entityRefs';
import { CompiledScorecard } from '../scorecards/readScorecards';
import { ScorecardEvaluator } from '../scorecards/ScorecardEvaluator';
import { canReadEntity } from './readableEntityRefs';
import { entityFromPath, entityRefFromPath } from './entityFromPath';
import { entityScopeOf } from './entityScope';
import { GroupTree } from './groupTree';
import { visibleEntityRefs } from './visibleEntityRefs';
import {
  readChoice,
  readDay,
  readEntityRef,
  readInteger,
  readList,
  readString,
} from './queryParams';
import { DAY_MS } from '../time';

export interface ScorecardRoutesOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  store: ScorecardStore;
  scorecards: CompiledScorecard[];
  evaluator: ScorecardEvaluator;
  groupTree: GroupTree;
}

/** Scorecard definitions, results, history and rollups. */
export function scorecardRoutes(
  options: ScorecardRoutesOptions,
): express.Router {
  const { httpAuth, permissions, catalog, store, scorecards, evaluator } =
    options;
  const sources = { catalog, groupTree: options.groupTree };
  const definitions = scorecards.map(s => s.definition);
  const router = Router();

  function scorecardFromPath(req: Request) {
    const definition = definitions.find(d => d.id === req.params.id);
    if (!definition) {
      throw new NotFoundError(`No scorecard with id "${req.params.id}"`);
    }
    return definition;
  }

  router.get('/scorecards', async (_req, res) => {
    const body: ListScorecardsResponse = { items: definitions };
    res.json(body);
  });

  router.get(
    '/entities/:kind/:namespace/:name/scorecards',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const entityRef = entityRefFromPath(req);
      // Both at once: may the caller read this entity in the catalog, and its stored results.
      const [readable, results] = await Promise.all([
        canReadEntity(entityRef, permissions, credentials),
        store.getEntityResults(entityRef),
      ]);
      if (!readable) {
        throw new NotFoundError(`No entity ${entityRef}`);
      }
      // Stored results mean the entity was in the catalog at the last evaluation. Without
      // any, only the catalog can tell an entity no scorecard applies to from no entity.
      if (results.length === 0) {
        await entityFromPath(req, catalog, credentials, ['kind']);
      }
      const body: EntityScorecardsResponse = { entityRef, results };
      res.json(body);
    },
  );

  router.post(
    '/entities/:kind/:namespace/:name/scorecards/refresh',
    async (req, res) => {
      const credentials = await httpAuth.credentials(req);
      const entity = await entityFromPath(req, catalog, credentials);
      const results = await evaluator.evaluateEntity(entity);
      const body: EntityScorecardsResponse = {
        entityRef: entityRefOf(entity),
        results,
      };
      res.json(body);
    },
  );

  router.get('/scorecards/:id/results', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const definition = scorecardFromPath(req);
    const level = readString(req, 'level');
    if (
      level !== undefined &&
      level !== 'none' &&
      !definition.levels.some(l => l.name === level)
    ) {
      throw new InputError(
        `Query parameter level must be one of ${[
          ...definition.levels.map(l => l.name),
          'none',
        ].join(', ')}, got "${level}"`,
      );
    }
    const limit = readInteger(req, 'limit', { min: 1, max: 500, default: 50 });
    const offset = readInteger(req, 'offset', {
      min: 0,
      max: Number.MAX_SAFE_INTEGER,
      default: 0,
    });
    const page = await store.listResults({
      scorecardId: definition.id,
      ownerRefs: readList(req, 'owner')?.map(o =>
        readEntityRef(o, 'owner', 'Group'),
      ),
      kind: readString(req, 'kind')?.toLowerCase(),
      level: level === 'none' ? null : level,
      orderBy: readChoice(req, 'orderBy', ['score', 'entityRef'] as const),
      order: readChoice(req, 'order', ['asc', 'desc'] as const),
      limit,
      offset,
    });
    const visible = await visibleEntityRefs(
      page.items.map(item => item.entityRef),
      catalog,
      credentials,
    );
    const body: ScorecardResultsResponse = {
      ...page,
      items: page.items.filter(item => visible.has(item.entityRef)),
      limit,
      offset,
    };
    res.json(body);
  });

  router.get('/scorecards/:id/history', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const definition = scorecardFromPath(req);
    const entityRef = readString(req, 'entityRef');
    if (!entityRef) {
      throw new InputError(
        'Query parameter entityRef is required: an entity, or a group, system or domain for what it covers',
      );
    }
    const to = readDay(req, 'to') ?? new Date().toISOString().slice(0, 10);
    const from =
      readDay(req, 'from') ??
      new Date(Date.parse(to) - 90 * DAY_MS).toISOString().slice(0, 10);
    if (from > to) {
      throw new InputError(
        `Query parameter from (${from}) is after to (${to})`,
      );
    }
    const ref = readEntityRef(entityRef, 'entityRef');
    const entity = await catalog.getEntityByRef(ref, { credentials });
    if (!entity) {
      throw new NotFoundError(`No entity ${ref}`);
    }
    // A group, system or domain gets the history of what it covers; others their own.
    const kind = lowerRef(entity.kind);
    const scope = ['group', 'system', 'domain'].includes(kind)
      ? await entityScopeOf(entity, sources, credentials)
      : { entityRef: ref };
    const points = await store.getHistory({
      scorecardId: definition.id,
      from,
      to,
      ...scope,
    });
    const body: ScorecardHistoryResponse = {
      scorecardId: definition.id,
      entityRef: ref,
      from,
      to,
      points,
    };
    res.json(body);
  });

  router.get('/rollups/:kind/:namespace/:name', async (req, res) => {
    const credentials = await httpAuth.credentials(req);
    const entity = await entityFromPath(req, catalog, credentials);
    const scope = await entityScopeOf(entity, sources, credentials);
    const rollups = await store.getRollups(scope);
    const body: ScorecardRollupsResponse = {
      entityRef: entityRefOf(entity),
      ...scope,
      rollups: rollups.map(rollup => ({
        ...rollup,
        title: definitions.find(d => d.id === rollup.scorecardId)?.title,
      })),
    };
    res.json(body);
  });

  return router;
}
