import {
  coreServices,
  createBackendPlugin,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  platformProductsMetricsWritePermission,
  platformProductsSlaWritePermission,
} from '@paved-road/plugin-platform-products-common';
import {
  platformProductsChecksExtensionPoint,
  platformProductsSliSourcesExtensionPoint,
  ScorecardCheckType,
  SliSource,
} from '@paved-road/plugin-platform-products-node';
import { builtinCheckTypes } from './checks/builtinCheckTypes';
import { DatabaseScorecardStore } from './database/DatabaseScorecardStore';
import { migrateDatabase } from './database/migrateDatabase';
import { readCatalogReader } from './catalogReader';
import { createInsights } from './insights';
import { readScorecards } from './scorecards/readScorecards';
import { ScorecardEvaluator } from './scorecards/ScorecardEvaluator';
import { createRouter } from './service/router';
import { GroupTree } from './service/groupTree';
import { productSlaSummaries } from './sla/productSlaSummaries';
import {
  createSlaTracking,
  isNotificationsInstalled,
} from './sla/createSlaTracking';
import { readOpenSloFile } from './sla/readOpenSloFile';

const DEFAULT_SCHEDULE = {
  frequency: { minutes: 30 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 15 },
};

/**
 * The platform-products backend plugin: scorecards over the catalog.
 *
 * @public
 */
export const platformProductsPlugin = createBackendPlugin({
  pluginId: 'platform-products',
  register(env) {
    const checkTypes = new Map<string, ScorecardCheckType<unknown>>();
    const addCheckType = (checkType: ScorecardCheckType<unknown>) => {
      if (checkTypes.has(checkType.type)) {
        throw new Error(`Check type "${checkType.type}" is registered twice`);
      }
      checkTypes.set(checkType.type, checkType);
    };
    builtinCheckTypes.forEach(addCheckType);
    env.registerExtensionPoint(platformProductsChecksExtensionPoint, {
      addCheckType: (...types) => types.forEach(addCheckType),
    });

    const sliSources = new Map<string, SliSource>();
    env.registerExtensionPoint(platformProductsSliSourcesExtensionPoint, {
      addSliSource: (...sources) =>
        sources.forEach(source => {
          if (sliSources.has(source.type)) {
            throw new Error(`SLI source "${source.type}" is registered twice`);
          }
          sliSources.set(source.type, source);
        }),
    });

    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        instanceMetadata: coreServices.rootInstanceMetadata,
        notifications: notificationService,
        urlReader: coreServices.urlReader,
        discovery: coreServices.discovery,
      },
      async init({
        config,
        logger,
        database,
        scheduler,
        httpRouter,
        httpAuth,
        auth,
        catalog,
        permissions,
        permissionsRegistry,
        instanceMetadata,
        notifications,
        urlReader,
        discovery,
      }) {
        // One schema for every capability: brought up to date once, before any store is made.
        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await migrateDatabase(knex);
        }

        // Before the scorecards are read: their checks may use the insight check types.
        // Whole-catalog reads (adoption, scorecard evaluations) go through this one.
        const catalogReader = readCatalogReader({
          config,
          catalog,
          auth,
          discovery,
        });
        const insights = await createInsights({
          config,
          logger,
          knex,
          catalog,
          catalogReader,
          auth,
        });
        insights.checkTypes.forEach(addCheckType);
        permissionsRegistry.addPermissions([
          platformProductsMetricsWritePermission,
        ]);
        await scheduler.scheduleTask({
          id: 'platform-products-adoption',
          ...insights.adoptionSchedule,
          // One replica computes adoption; the figures and history live in the database.
          scope: 'global',
          fn: async () => {
            await insights.snapshotter.snapshotAll();
          },
        });

        permissionsRegistry.addPermissions([
          platformProductsSlaWritePermission,
        ]);
        const sla = await createSlaTracking({
          config,
          logger,
          knex,
          catalog,
          auth,
          sources: sliSources,
          notifications: (await isNotificationsInstalled(instanceMetadata))
            ? notifications
            : undefined,
          readOpenSlo: (entity, ref) => readOpenSloFile(urlReader, entity, ref),
        });
        // Before the scorecards are read: their checks may use the SLA check types.
        sla.checkTypes.forEach(addCheckType);
        await scheduler.scheduleTask({
          id: 'platform-products-sla-sync',
          ...sla.config.schedule,
          // Pulls and alerts once per round across replicas; state lives in the database.
          scope: 'global',
          fn: async () => {
            await sla.tracker.refreshAll();
          },
        });

        const scorecards = readScorecards(config, checkTypes);
        const store = await DatabaseScorecardStore.create({
          knex,
          skipMigrations: true,
        });
        const evaluator = new ScorecardEvaluator({
          scorecards,
          store,
          catalog: catalogReader,
          auth,
          logger,
        });

        const scheduleConfig = config.getOptionalConfig(
          'platformProducts.scorecardEvaluation.schedule',
        );
        await scheduler.scheduleTask({
          id: 'platform-products-scorecard-evaluation',
          ...(scheduleConfig
            ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                scheduleConfig,
              )
            : DEFAULT_SCHEDULE),
          // After the schedule, which could set another scope: one replica at a time
          // evaluates, and the results live in the database.
          scope: 'global',
          fn: async () => {
            await evaluator.evaluateAll();
          },
        });

        httpRouter.use(
          await createRouter({
            scorecards: {
              httpAuth,
              permissions,
              catalog,
              store,
              scorecards,
              evaluator,
              groupTree: new GroupTree({ catalog, auth, permissions }),
            },
            products: {
              httpAuth,
              catalog,
              adoptionStore: insights.adoptionStore,
              surveyStore: insights.surveyStore,
              scorecardStore: store,
              scorecards,
              snapshotter: insights.snapshotter,
              surveyPeriodUnit: insights.surveyPeriodUnit,
              slaSummaries: productSlaSummaries(sla.store),
            },
            surveys: {
              auth,
              httpAuth,
              catalog,
              store: insights.surveyStore,
              periodUnit: insights.surveyPeriodUnit,
            },
            metrics: {
              httpAuth,
              permissions,
              catalog,
              store: insights.metricStore,
            },
            sla: {
              httpAuth,
              permissions,
              catalog,
              store: sla.store,
              tracker: sla.tracker,
              evaluator: sla.evaluator,
            },
          }),
        );
        httpRouter.addAuthPolicy({ path: '/health', allow: 'unauthenticated' });
      },
    });
  },
});
