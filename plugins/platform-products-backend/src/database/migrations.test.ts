import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import { Knex } from 'knex';
import { isPostgres } from './batches';
import { migrationsDirectory, migrationsTableName } from './migrateDatabase';

jest.setTimeout(60_000);

const migrationFiles = fs
  .readdirSync(migrationsDirectory)
  .filter(file => file.endsWith('.js'))
  .sort();

const config = {
  directory: migrationsDirectory,
  tableName: migrationsTableName,
};

/** Applies every migration before `target`, so that `target` is the next one up. */
async function migrateUntilBefore(knex: Knex, target: string): Promise<void> {
  const index = migrationFiles.indexOf(target);
  if (index < 0) {
    throw new Error(`Migration ${target} not found`);
  }
  for (let i = 0; i < index; i++) {
    await knex.migrate.up(config);
  }
}

/** The names of a table's indexes, on either database. */
async function indexNames(knex: Knex, table: string): Promise<string[]> {
  const rows: Array<{ name: string }> = isPostgres(knex)
    ? await knex('pg_indexes')
        .select({ name: 'indexname' })
        .where('tablename', table)
    : await knex('sqlite_master')
        .select('name')
        .where({ type: 'index', tbl_name: table });
  return rows.map(row => row.name);
}

const SCORECARD_TABLES = ['scorecard_results', 'scorecard_history'];
const INSIGHT_TABLES = [
  'product_adoption',
  'product_adoption_history',
  'survey_responses',
  'survey_score_counts',
  'metric_points',
];

describe('migrations', () => {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_15', 'SQLITE_3'],
  });

  it.each(databases.eachSupportedId())(
    '20261126000000_scorecards.js, %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      await migrateUntilBefore(knex, '20261126000000_scorecards.js');

      await knex.migrate.up(config);
      for (const table of SCORECARD_TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(true);
      }

      await knex('scorecard_results').insert({
        entity_ref: 'component:default/a',
        scorecard_id: 'readiness',
        entity_kind: 'component',
        owner_ref: null,
        system_ref: null,
        score: 66.66666666666667,
        level: null,
        result_hash: 'h',
        evaluated_at: new Date('2026-11-26T10:00:00.000Z'),
        checks: '[]',
        failing_checks: '',
      });
      await knex('scorecard_history').insert({
        scorecard_id: 'readiness',
        entity_ref: 'component:default/a',
        day: '2026-11-26',
        owner_ref: null,
        system_ref: null,
        score: null,
        level: null,
      });
      // Double precision: a computed mean survives the round trip.
      await expect(
        knex('scorecard_results').select('score').first(),
      ).resolves.toEqual({ score: 66.66666666666667 });
      // The primary key rejects a second result of the same pair. Matched on the message,
      // as errors of better-sqlite3 can fail Jest's instanceof Error check.
      await expect(
        knex('scorecard_results').insert({
          entity_ref: 'component:default/a',
          scorecard_id: 'readiness',
          entity_kind: 'component',
          result_hash: 'h2',
          evaluated_at: new Date('2026-11-26T11:00:00.000Z'),
          checks: '[]',
          failing_checks: '',
        }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/unique/i) });

      await knex.migrate.down(config);
      for (const table of SCORECARD_TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(false);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    '20261126010000_insights.js, %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      await migrateUntilBefore(knex, '20261126010000_insights.js');

      await knex.migrate.up(config);
      for (const table of INSIGHT_TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(true);
      }
      const answer = {
        entity_ref: 'platformproduct:default/auth',
        period: '2026-Q4',
        user_ref: 'user:default/a',
        score: 9,
        comment: null,
        answered_at: new Date('2026-11-26T10:00:00.000Z'),
      };
      await knex('survey_responses').insert(answer);
      // One answer per user, entity and period.
      await expect(
        knex('survey_responses').insert({ ...answer, score: 3 }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/unique/i) });
      const point = {
        entity_ref: 'component:default/web',
        metric: 'lead-time-hours',
        // Beyond 32 bits: epoch milliseconds need a bigint column.
        timestamp_ms: Date.parse('2026-11-26T10:00:00Z'),
        value: 0.1,
      };
      await knex('metric_points').insert(point);
      await expect(
        knex('metric_points').select('timestamp_ms', 'value').first(),
      ).resolves.toEqual({
        timestamp_ms: expect.anything(),
        value: 0.1,
      });
      await expect(knex('metric_points').insert(point)).rejects.toMatchObject({
        message: expect.stringMatching(/unique/i),
      });

      await knex.migrate.down(config);
      for (const table of INSIGHT_TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(false);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    '20261126020000_sla.js, %p',
    async (databaseId: TestDatabaseId) => {
      const SLA_TABLES = [
        'sla_buckets',
        'sla_sync_state',
        'sla_entities',
        'sla_objectives',
      ];
      const knex = await databases.init(databaseId);
      await migrateUntilBefore(knex, '20261126020000_sla.js');

      await knex.migrate.up(config);
      for (const table of SLA_TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(true);
      }
      const bucket = {
        entity_ref: 'component:default/web',
        objective: 'availability',
        start_minute: Math.floor(Date.parse('2026-11-26T10:00:00Z') / 60_000),
        duration_seconds: 60,
        // Counts beyond 32 bits stay exact as doubles.
        good: 2 ** 40 - 1,
        total: 2 ** 40,
      };
      await knex('sla_buckets').insert(bucket);
      await expect(knex('sla_buckets').first()).resolves.toEqual(bucket);
      // The same bucket is one row: sending it again must replace it, never add one.
      await expect(knex('sla_buckets').insert(bucket)).rejects.toMatchObject({
        message: expect.stringMatching(/unique/i),
      });
      // Epoch milliseconds of the sync state need a bigint column.
      await knex('sla_sync_state').insert({
        entity_ref: 'component:default/web',
        objective: 'availability',
        source: 'prometheus:prod',
        synced_to_ms: Date.parse('2026-11-26T10:00:00Z'),
      });
      await expect(
        knex('sla_sync_state').select('synced_to_ms').first(),
      ).resolves.toEqual({ synced_to_ms: expect.anything() });

      await knex.migrate.down(config);
      for (const table of SLA_TABLES) {
        await expect(knex.schema.hasTable(table)).resolves.toBe(false);
      }
    },
  );

  it.each(databases.eachSupportedId())(
    '20261126050000_scorecard_runs.js, %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      await migrateUntilBefore(knex, '20261126050000_scorecard_runs.js');

      await knex.migrate.up(config);
      const sqlite = databaseId === 'SQLITE_3';
      const indexes = await indexNames(knex, 'scorecard_results');
      expect(indexes).not.toContain('scorecard_results_level_idx');
      // Owners' rollups: a covering index on SQLite, the plain one on PostgreSQL.
      expect(indexes.includes('scorecard_results_owner_rollup_idx')).toBe(
        sqlite,
      );
      expect(indexes.includes('scorecard_results_owner_only_idx')).toBe(
        !sqlite,
      );
      const at = new Date('2026-11-26T08:00:00.000Z');
      await knex('scorecard_evaluation_runs').insert({ evaluated_at: at });
      // One row per run time: recording a run twice must not add a row.
      await expect(
        knex('scorecard_evaluation_runs').insert({ evaluated_at: at }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/unique/i) });
      // Results are still written and read by every filter the dropped indexes served.
      await knex('scorecard_results').insert({
        entity_ref: 'component:default/a',
        scorecard_id: 'readiness',
        entity_kind: 'component',
        owner_ref: 'group:default/team',
        system_ref: null,
        score: 50,
        level: 'Bronze',
        result_hash: 'h',
        evaluated_at: at,
        checks: '[]',
        failing_checks: '',
      });
      await expect(
        knex('scorecard_results')
          .where({
            scorecard_id: 'readiness',
            owner_ref: 'group:default/team',
            level: 'Bronze',
            entity_kind: 'component',
          })
          .count({ n: '*' }),
      ).resolves.toEqual([{ n: expect.anything() }]);

      await knex.migrate.down(config);
      await expect(
        knex.schema.hasTable('scorecard_evaluation_runs'),
      ).resolves.toBe(false);
      // The indexes are back.
      await expect(indexNames(knex, 'scorecard_results')).resolves.toEqual(
        expect.arrayContaining([
          'scorecard_results_owner_idx',
          'scorecard_results_level_idx',
          'scorecard_results_kind_idx',
          'scorecard_results_owner_only_idx',
        ]),
      );
      await expect(
        indexNames(knex, 'scorecard_results'),
      ).resolves.not.toContain('scorecard_results_owner_rollup_idx');
    },
  );

  it.each(databases.eachSupportedId())(
    '20261126060000_product_adopters.js, %p',
    async (databaseId: TestDatabaseId) => {
      const knex = await databases.init(databaseId);
      await migrateUntilBefore(knex, '20261126060000_product_adopters.js');
      // A snapshot written before the migration, its adopters inside the detail.
      const adopters = [
        {
          entityRef: 'component:default/web',
          title: 'Web',
          ownerRef: 'group:default/team-a',
          via: [{ method: 'dependsOn', targetRef: 'api:default/auth-api' }],
          inPopulation: true,
        },
        {
          entityRef: 'component:default/batch',
          ownerRef: null,
          via: [
            { method: 'annotation', targetRef: 'platformproduct:default/auth' },
          ],
          inPopulation: false,
        },
      ];
      const detail = {
        population: { kind: 'Component' },
        adopters,
        teams: [{ ownerRef: 'group:default/team-a', adopters: 1 }],
        timeToMarket: null,
      };
      await knex('product_adoption').insert({
        product_ref: 'platformproduct:default/auth',
        adopters: 1,
        population: 2,
        target: null,
        teams_adopting: 1,
        teams_total: 1,
        computed_at: new Date('2026-11-26T10:00:00.000Z'),
        detail: JSON.stringify(detail),
      });

      await knex.migrate.up(config);
      // The adopters move to rows of their own, found by adopter through the index.
      await expect(
        knex('product_adopters')
          .where({ adopter_ref: 'component:default/batch' })
          .select('product_ref', 'title', 'owner_ref', 'in_population', 'via'),
      ).resolves.toEqual([
        {
          product_ref: 'platformproduct:default/auth',
          title: null,
          owner_ref: null,
          in_population: expect.anything(),
          via: JSON.stringify(adopters[1].via),
        },
      ]);
      await expect(knex('product_adopters')).resolves.toHaveLength(2);
      const moved = await knex('product_adoption').select('detail').first();
      expect(JSON.parse(moved.detail)).not.toHaveProperty('adopters');
      await expect(indexNames(knex, 'product_adopters')).resolves.toContain(
        'product_adopters_adopter_idx',
      );
      await expect(
        knex('product_adopters').insert({
          product_ref: 'platformproduct:default/auth',
          adopter_ref: 'component:default/web',
          in_population: true,
          via: '[]',
        }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/unique/i) });

      // Down puts the adopters back into the detail, in the listed order.
      await knex.migrate.down(config);
      await expect(knex.schema.hasTable('product_adopters')).resolves.toBe(
        false,
      );
      const restored = await knex('product_adoption').select('detail').first();
      expect(JSON.parse(restored.detail)).toEqual(detail);
    },
  );
});
