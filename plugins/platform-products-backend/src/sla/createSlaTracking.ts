import {
  AuthService,
  LoggerService,
  RootConfigService,
  RootInstanceMetadataService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  ScorecardCheckType,
  SliSource,
} from '@paved-road/plugin-platform-products-node';
import { Knex } from 'knex';
import { slaCheckTypes } from '../checks/slaChecks';
import { DatabaseSlaStore } from '../database/DatabaseSlaStore';
import { OpenSloReader } from './readEntitySla';
import { readSlaConfig, SlaConfig } from './readSlaConfig';
import { SlaAlertNotifier } from './SlaAlertNotifier';
import { SlaEvaluator } from './SlaEvaluator';
import { SlaSourceSync } from './SlaSourceSync';
import { SlaTracker } from './SlaTracker';

/**
 * Whether the notifications plugin runs in this backend. The notification service itself
 * always resolves (its default factory posts to the notifications backend), so it is only
 * used when there is a backend to receive.
 */
export async function isNotificationsInstalled(
  instanceMetadata: RootInstanceMetadataService,
): Promise<boolean> {
  const plugins = await instanceMetadata.getInstalledPlugins();
  return plugins.some(plugin => plugin.pluginId === 'notifications');
}

/** Builds the SLA tracker's parts from the plugin's services. */
export async function createSlaTracking(options: {
  config: RootConfigService;
  logger: LoggerService;
  /** With the schema up to date: the plugin migrates once, before any store is made. */
  knex: Knex;
  catalog: CatalogService;
  auth: AuthService;
  sources: ReadonlyMap<string, SliSource>;
  /** Absent when the notifications plugin is not installed: alerts are only stored. */
  notifications?: NotificationService;
  readOpenSlo?: OpenSloReader;
}): Promise<{
  config: SlaConfig;
  store: DatabaseSlaStore;
  evaluator: SlaEvaluator;
  tracker: SlaTracker;
  checkTypes: ScorecardCheckType<any>[];
}> {
  const config = readSlaConfig(options.config);
  const store = await DatabaseSlaStore.create({
    knex: options.knex,
    skipMigrations: true,
  });
  const evaluator = new SlaEvaluator({
    store,
    staleAfterMs: config.staleAfterMs,
    ...(options.notifications && {
      notifier: new SlaAlertNotifier(options.notifications, options.logger),
    }),
  });
  const sync = new SlaSourceSync({
    store,
    sources: options.sources,
    backfillMs: config.backfillMs,
    timeoutMs: config.timeoutMs,
  });
  const tracker = new SlaTracker({
    catalog: options.catalog,
    auth: options.auth,
    logger: options.logger,
    store,
    evaluator,
    sync,
    readOpenSlo: options.readOpenSlo,
    retentionMs: config.retentionMs,
  });
  if (!options.notifications) {
    options.logger.info(
      'The notifications plugin is not installed: SLA alert changes are stored but not sent',
    );
  }
  return {
    config,
    store,
    evaluator,
    tracker,
    checkTypes: slaCheckTypes(store),
  };
}
