import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { exampleMetricPoints, exampleSurveyAnswers } from './exampleInsights';

/** Fills the (empty) per-score counts from the seeded answers. */
const COUNT_ANSWERS =
  'insert into survey_score_counts (entity_ref, period, score, responses) ' +
  'select entity_ref, period, score, count(*) from survey_responses group by entity_ref, period, score';

/**
 * DEV APP ONLY, not part of any published package: fills the platform-products database with
 * example survey answers (example users, several quarters) and lead-time points, so that the
 * dev app shows an NPS with history and a time-to-market comparison. Writes nothing when the
 * tables hold data already, so it never mixes with real answers.
 */
export const exampleInsightsModule = createBackendModule({
  pluginId: 'platform-products',
  moduleId: 'example-insights',
  register(reg) {
    reg.registerInit({
      deps: {
        database: coreServices.database,
        lifecycle: coreServices.lifecycle,
        logger: coreServices.logger,
      },
      async init({ database, lifecycle, logger }) {
        // After start-up: the plugin's migrations have created the tables by then.
        lifecycle.addStartupHook(async () => {
          const knex = await database.getClient();
          const now = new Date();
          const [{ count: answers }] = await knex('survey_responses').count({
            count: '*',
          });
          if (Number(answers) === 0) {
            const rows = exampleSurveyAnswers(now);
            await knex.batchInsert('survey_responses', rows, 100);
            // The per-score counts that summaries read, as the plugin keeps them with answers.
            await knex.raw(COUNT_ANSWERS);
            logger.info(
              `Seeded ${rows.length} EXAMPLE survey answers (dev app only)`,
            );
          }
          const [{ count: points }] = await knex('metric_points').count({
            count: '*',
          });
          if (Number(points) === 0) {
            const rows = exampleMetricPoints(now);
            await knex.batchInsert('metric_points', rows, 100);
            logger.info(
              `Seeded ${rows.length} EXAMPLE lead-time points (dev app only)`,
            );
          }
        });
      },
    });
  },
});
