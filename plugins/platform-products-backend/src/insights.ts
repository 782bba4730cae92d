import {
  AuthService,
  LoggerService,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { CatalogReader } from './catalogReader';
import {
  SURVEY_PERIOD_UNITS,
  SurveyPeriodUnit,
} from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { AdoptionSnapshotter } from './adoption/AdoptionSnapshotter';
import { readCatalogForAdoption } from './adoption/readCatalogForAdoption';
import { insightCheckTypes } from './checks/insightCheckTypes';
import { DatabaseAdoptionStore } from './database/DatabaseAdoptionStore';
import { DatabaseMetricStore } from './database/DatabaseMetricStore';
import { DatabaseSurveyStore } from './database/DatabaseSurveyStore';

const DEFAULT_ADOPTION_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  // Hourly keeps the figures fresh; history keeps one point per day (the day's last run).
  frequency: { hours: 1 },
  timeout: { minutes: 10 },
  initialDelay: { seconds: 20 },
};

/** Reads `platformProducts.surveys.period`; quarter by default. */
export function readSurveyPeriodUnit(
  config: RootConfigService,
): SurveyPeriodUnit {
  const unit = config.getOptionalString('platformProducts.surveys.period');
  if (unit === undefined) {
    return 'quarter';
  }
  if (!SURVEY_PERIOD_UNITS.includes(unit as SurveyPeriodUnit)) {
    throw new Error(
      `platformProducts.surveys.period must be one of ${SURVEY_PERIOD_UNITS.join(
        ', ',
      )}, got "${unit}"`,
    );
  }
  return unit as SurveyPeriodUnit;
}

/**
 * Adoption, surveys and metrics: their stores, the adoption snapshot task and the check
 * types that read them.
 */
export async function createInsights(options: {
  config: RootConfigService;
  logger: LoggerService;
  /** With the schema up to date: the plugin migrates once, before any store is made. */
  knex: Knex;
  catalog: CatalogService;
  /** For the adoption task's read of the whole catalog. */
  catalogReader: CatalogReader;
  auth: AuthService;
}) {
  const { config, knex } = options;
  const surveyPeriodUnit = readSurveyPeriodUnit(config);
  const adoptionStore = await DatabaseAdoptionStore.create({
    knex,
    skipMigrations: true,
  });
  const surveyStore = await DatabaseSurveyStore.create({
    knex,
    skipMigrations: true,
  });
  const metricStore = await DatabaseMetricStore.create({
    knex,
    skipMigrations: true,
  });
  const snapshotter = new AdoptionSnapshotter({
    adoptionStore,
    metricStore,
    logger: options.logger,
    readCatalog: () =>
      readCatalogForAdoption(
        options.catalog,
        options.catalogReader,
        options.auth,
      ),
  });
  const scheduleConfig = config.getOptionalConfig(
    'platformProducts.adoption.schedule',
  );
  return {
    adoptionStore,
    surveyStore,
    metricStore,
    snapshotter,
    surveyPeriodUnit,
    adoptionSchedule: scheduleConfig
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
      : DEFAULT_ADOPTION_SCHEDULE,
    checkTypes: insightCheckTypes({
      adoptionStore,
      surveyStore,
      metricStore,
      surveyPeriodUnit,
    }),
  };
}
