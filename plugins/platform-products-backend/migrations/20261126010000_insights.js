// @ts-check

/**
 * Platform product insights: adoption (the current adopters of each product and a daily
 * history), developer-satisfaction survey answers, and ingested metric points.
 *
 * Entity refs are lowercase full refs (`component:default/x`), as in the scorecard tables.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('product_adoption', table => {
    table.comment('The latest adoption computed for each platform product');
    table.string('product_ref', 255).primary().notNullable();
    table
      .integer('adopters')
      .notNullable()
      .comment('Adopters in the population');
    table.integer('population').notNullable();
    table.double('target').nullable().comment('0-1, from spec.adoption.target');
    table.integer('teams_adopting').notNullable();
    table.integer('teams_total').notNullable();
    table.timestamp('computed_at', { useTz: true }).notNullable();
    table
      .text('detail')
      .notNullable()
      .comment('JSON: population filter, adopters with how they adopt, teams');
  });

  await knex.schema.createTable('product_adoption_history', table => {
    table.comment('One adoption point per product and UTC day');
    table.string('product_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table.integer('adopters').notNullable();
    table.integer('population').notNullable();
    table.integer('teams_adopting').notNullable();
    table.primary(['product_ref', 'day']);
  });

  await knex.schema.createTable('survey_responses', table => {
    table.comment('One answer per user, entity and survey period');
    table.string('entity_ref', 255).notNullable();
    table
      .string('period', 16)
      .notNullable()
      .comment('Period id: 2026-11, 2026-Q4, 2026-H2 or 2026');
    table
      .string('user_ref', 255)
      .notNullable()
      .comment('Lowercase ref of the signed-in user who answered');
    table.integer('score').notNullable().comment('0-10');
    table.text('comment').nullable().comment('Plain text, size-limited');
    table.timestamp('answered_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'period', 'user_ref']);
    // Summaries count scores per period of one entity from this index alone.
    table.index(
      ['entity_ref', 'period', 'score'],
      'survey_responses_score_idx',
    );
    table.index(['entity_ref', 'answered_at'], 'survey_responses_recent_idx');
  });

  await knex.schema.createTable('survey_score_counts', table => {
    table.comment(
      'Answers per entity, period and score, kept with survey_responses: summaries read at most 11 rows per period, however many answers there are',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('period', 16).notNullable();
    table.integer('score').notNullable().comment('0-10');
    table.integer('responses').notNullable();
    table.primary(['entity_ref', 'period', 'score']);
  });

  await knex.schema.createTable('metric_points', table => {
    table.comment(
      'Ingested metric points; the same point sent twice is stored once',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('metric', 100).notNullable();
    table
      .bigInteger('timestamp_ms')
      .notNullable()
      .comment('Milliseconds since the epoch, UTC');
    table.double('value').notNullable();
    table.primary(['entity_ref', 'metric', 'timestamp_ms']);
    // Time-to-market reads one metric of many entities over a window.
    table.index(['metric', 'timestamp_ms'], 'metric_points_metric_idx');
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('metric_points');
  await knex.schema.dropTable('survey_score_counts');
  await knex.schema.dropTable('survey_responses');
  await knex.schema.dropTable('product_adoption_history');
  await knex.schema.dropTable('product_adoption');
};
