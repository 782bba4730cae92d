// @ts-check

/**
 * Scorecard results: the current result of every entity/scorecard pair with its checks, and
 * one history point per pair and day for trend charts.
 *
 * The checks of a result are one JSON column rather than a row each: a whole-catalog
 * evaluation writes ten times fewer rows, which is most of its cost. Rollups need only which
 * checks fail, kept in `failing_checks`.
 *
 * Entity refs are stored as lowercase full refs (`component:default/x`) so that lookups are
 * exact matches that can use the indexes.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('scorecard_results', table => {
    table.comment('The current result of each entity for each scorecard');
    table
      .string('entity_ref', 255)
      .notNullable()
      .comment('Lowercase full entity ref, e.g. component:default/x');
    table.string('scorecard_id', 255).notNullable();
    table
      .string('entity_kind', 255)
      .notNullable()
      .comment('Lowercase entity kind, for filtering');
    table
      .string('owner_ref', 255)
      .nullable()
      .comment('Lowercase full ref of the owner, for team views and rollups');
    table
      .string('system_ref', 255)
      .nullable()
      .comment('Lowercase full ref of the system, for system/domain rollups');
    // Double precision rather than knex's float (real on PostgreSQL) so scores round-trip exactly.
    table
      .double('score')
      .nullable()
      .comment('0-100, null when no check could be scored');
    table.string('level', 255).nullable().comment('Highest level reached');
    table
      .string('result_hash', 64)
      .notNullable()
      .comment('Hash of everything stored but evaluated_at, to skip writes');
    table.timestamp('evaluated_at', { useTz: true }).notNullable();
    table
      .text('checks')
      .notNullable()
      .comment(
        'JSON array of check results: checkId, status, score, message, facts, waiver',
      );
    table
      .text('failing_checks')
      .notNullable()
      .comment('Comma-separated ids of the checks with status fail or warn');

    table.primary(['entity_ref', 'scorecard_id']);
    table.index(['scorecard_id', 'score'], 'scorecard_results_score_idx');
    table.index(['scorecard_id', 'owner_ref'], 'scorecard_results_owner_idx');
    // Rollups and history of a team read every scorecard's results of its owners.
    table.index(['owner_ref'], 'scorecard_results_owner_only_idx');
    // The results page's default order, within one scorecard.
    table.index(['scorecard_id', 'entity_ref'], 'scorecard_results_ref_idx');
    table.index(['scorecard_id', 'level'], 'scorecard_results_level_idx');
    table.index(['scorecard_id', 'entity_kind'], 'scorecard_results_kind_idx');
    table.index(['system_ref'], 'scorecard_results_system_idx');
  });

  await knex.schema.createTable('scorecard_history', table => {
    table.comment('One point per entity, scorecard and UTC day');
    table.string('scorecard_id', 255).notNullable();
    table.string('entity_ref', 255).notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD, UTC');
    table
      .string('owner_ref', 255)
      .nullable()
      .comment('Owner on that day, so team trends follow ownership changes');
    table.string('system_ref', 255).nullable();
    table.double('score').nullable();
    table.string('level', 255).nullable();

    table.primary(['scorecard_id', 'entity_ref', 'day']);
    table.index(['scorecard_id', 'day'], 'scorecard_history_day_idx');
    table.index(
      ['scorecard_id', 'owner_ref', 'day'],
      'scorecard_history_owner_idx',
    );
    table.index(
      ['scorecard_id', 'system_ref', 'day'],
      'scorecard_history_system_idx',
    );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('scorecard_history');
  await knex.schema.dropTable('scorecard_results');
};
