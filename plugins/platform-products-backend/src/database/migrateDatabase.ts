import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

/** Where the package's knex migrations live, in the source tree and once published. */
export const migrationsDirectory = resolvePackagePath(
  '@paved-road/plugin-platform-products-backend',
  'migrations',
);

/**
 * The knex migrations table of this plugin. A name of our own keeps our migrations apart
 * from another plugin's, should both be given the same database.
 */
export const migrationsTableName = 'platform_products_knex_migrations';

/** Brings the plugin's database schema up to date. */
export async function migrateDatabase(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: migrationsDirectory,
    tableName: migrationsTableName,
  });
}
