// @ts-check

/**
 * SLA tracker: SLI buckets, the sync state of pulled sources, and the last computed status
 * of every objective (which the overview and alerts read).
 *
 * Bucket starts are whole minutes since the epoch in an integer: the hot reads are ranges
 * over one objective's buckets (90 days is 129,600 rows), and an integer key is smaller
 * and needs no date conversion in either driver. Event counts are doubles, exact up to
 * 2^53 and returned as numbers by both drivers (64-bit integers come back as strings from
 * pg).
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('sla_buckets', table => {
    table.comment('Good and total events of one SLA objective per time bucket');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lowercase full entity ref');
    table
      .string('objective', 255)
      .notNullable()
      .comment('Objective id within the entity, e.g. availability');
    table
      .integer('start_minute')
      .notNullable()
      .comment('Bucket start in whole minutes since 1970-01-01T00:00Z');
    table
      .integer('duration_seconds')
      .notNullable()
      .comment('Bucket length, a whole number of minutes');
    table.double('good').notNullable();
    table.double('total').notNullable();
    // The same bucket sent again replaces the stored one.
    table.primary(['entity_ref', 'objective', 'start_minute']);
  });

  await knex.schema.createTable('sla_sync_state', table => {
    table.comment('Pulling SLI data of one objective from its source');
    table.string('entity_ref', 255).notNullable();
    table.string('objective', 255).notNullable();
    table
      .string('source', 255)
      .notNullable()
      .comment('As written in paved-road.io/sla-source, e.g. prometheus:prod');
    table
      .bigInteger('synced_to_ms')
      .nullable()
      .comment('Exclusive end of the data already pulled, epoch milliseconds');
    table.timestamp('last_attempt_at', { useTz: true }).nullable();
    table.timestamp('last_success_at', { useTz: true }).nullable();
    table
      .text('error')
      .nullable()
      .comment('Message of the last failed attempt');
    table.primary(['entity_ref', 'objective']);
  });

  await knex.schema.createTable('sla_entities', table => {
    table.comment(
      'The last computed SLA summary of every entity with objectives',
    );
    table.string('entity_ref', 255).notNullable().primary();
    table
      .string('owner_ref', 255)
      .nullable()
      .comment('Lowercase full ref of the owner, for filters and alerts');
    table
      .string('status', 16)
      .notNullable()
      .comment('Worst status: met, at-risk, breached or no-data');
    table
      .double('budget_remaining')
      .nullable()
      .comment(
        'Least error budget left over the objectives, null without data',
      );
    table.string('alert_state', 16).notNullable();
    table.integer('problem_count').notNullable();
    table.text('sync_error').nullable();
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.index(['owner_ref'], 'sla_entities_owner_idx');
    table.index(['budget_remaining'], 'sla_entities_budget_idx');
    table.index(['evaluated_at'], 'sla_entities_evaluated_idx');
  });

  await knex.schema.createTable('sla_objectives', table => {
    table.comment(
      'The last computed status and alert state of every objective of an entity',
    );
    table.string('entity_ref', 255).notNullable();
    table.string('objective', 255).notNullable();
    table.string('title', 255).notNullable();
    table.double('target').notNullable();
    table.string('status', 16).notNullable();
    table.double('compliance').nullable();
    table.double('budget_remaining').nullable();
    table.string('alert_state', 16).notNullable();
    table
      .timestamp('alert_since', { useTz: true })
      .nullable()
      .comment('When alert_state last changed');
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'objective']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('sla_objectives');
  await knex.schema.dropTable('sla_entities');
  await knex.schema.dropTable('sla_sync_state');
  await knex.schema.dropTable('sla_buckets');
};
