// @ts-check

/**
 * Whole-catalog evaluation runs, and fewer indexes on `scorecard_results`.
 *
 * A run used to mark every unchanged result evaluated with one UPDATE of all rows: on
 * PostgreSQL that rewrites each row and its index entries, about a second at 25,000 results.
 * Instead the run's time is recorded once here, and a result's evaluation time is the later
 * of its own `evaluated_at` (when it was last written or refreshed alone) and the last run's.
 *
 * The dropped indexes served filters that one scorecard's rows (a scan of at most one row
 * per entity) answer as well, while every write of a result paid for them: the owner filter
 * uses `scorecard_results_owner_only_idx`; level and kind are filters of few distinct values.
 *
 * On SQLite, rollups of owners read from a covering index instead: there `failing_checks`
 * follows the large `checks` column, so reading it from the table follows each row's overflow
 * pages (a whole organisation's rollup: 52 ms for the query alone, 15 ms from the index).
 * PostgreSQL keeps such rows whole in the table and limits an index entry to about 2.7 KB,
 * which a long list of failing checks could pass: it keeps the plain index.
 */

const OWNER_ROLLUP_COLUMNS = [
  'owner_ref',
  'scorecard_id',
  'level',
  'score',
  'failing_checks',
];

/** @param {import('knex').Knex} knex */
const isSqlite = knex => String(knex.client.config.client).includes('sqlite');

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('scorecard_evaluation_runs', table => {
    table.comment(
      'The last completed whole-catalog evaluation: every result then stored was evaluated at that time or later',
    );
    table.timestamp('evaluated_at', { useTz: true }).notNullable().primary();
  });
  await knex.schema.alterTable('scorecard_results', table => {
    table.dropIndex([], 'scorecard_results_owner_idx');
    table.dropIndex([], 'scorecard_results_level_idx');
    table.dropIndex([], 'scorecard_results_kind_idx');
    if (isSqlite(knex)) {
      table.dropIndex([], 'scorecard_results_owner_only_idx');
      table.index(OWNER_ROLLUP_COLUMNS, 'scorecard_results_owner_rollup_idx');
    }
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('scorecard_results', table => {
    table.index(['scorecard_id', 'owner_ref'], 'scorecard_results_owner_idx');
    table.index(['scorecard_id', 'level'], 'scorecard_results_level_idx');
    table.index(['scorecard_id', 'entity_kind'], 'scorecard_results_kind_idx');
    if (isSqlite(knex)) {
      table.dropIndex([], 'scorecard_results_owner_rollup_idx');
      table.index(['owner_ref'], 'scorecard_results_owner_only_idx');
    }
  });
  await knex.schema.dropTable('scorecard_evaluation_runs');
};
