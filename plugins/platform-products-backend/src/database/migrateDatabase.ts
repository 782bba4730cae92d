import { resolvePackagePath } from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { isSqlite } from './batches';

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

/**
 * The page size of the plugin's SQLite database file, in bytes; SQLite's default is 4 KB. A
 * stored result is about 1.6 KB, mostly its checks, so a 4 KB table page holds two. Writing
 * the benchmark's 25,000 results took 505-546 ms with 4 KB pages and 357-371 ms with 16 KB;
 * a refresh of one entity's results (3 rows), a p50 of 0.8-1.1 ms and of 1.0 ms.
 */
export const SQLITE_PAGE_SIZE = 16384;

/**
 * Gives a new SQLite database file the plugin's page size. Backstage writes tables of its
 * own (the service-to-service keys) into the plugin's database before the plugin starts, and
 * a database with content keeps its page size until a VACUUM rewrites it: quick while the
 * database is new. An existing database is left as it is, however large; an in-memory one
 * cannot change its page size once it has content.
 */
async function setSqlitePageSize(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(migrationsTableName)) {
    return;
  }
  await knex.raw(`pragma page_size = ${SQLITE_PAGE_SIZE}`);
  const files: Array<{ name: string; file: string }> = await knex.raw(
    'pragma database_list',
  );
  if (files.some(database => database.name === 'main' && database.file)) {
    await knex.raw('vacuum');
    await resizePageCache(knex);
  }
}

/**
 * Sets the connection's page cache to the size it already has. When a VACUUM changes the
 * page size of a database with content, SQLite keeps the cache's limit as a number of pages
 * of the old size: better-sqlite3's 16 MB became about 3,900 pages of 16 KB, 62 MB, until
 * the connection closed. Set again, the size counts in pages of the new size. (A backend
 * on the benchmark's catalog, first start on a new database: peak RSS after two whole-catalog
 * runs 476-477 MB without this, 419-436 MB with it.)
 */
async function resizePageCache(knex: Knex): Promise<void> {
  const [{ cache_size: cacheSize }]: Array<{ cache_size: number }> =
    await knex.raw('pragma cache_size');
  await knex.raw(`pragma cache_size = ${Number(cacheSize)}`);
}

/** Brings the plugin's database schema up to date. */
export async function migrateDatabase(knex: Knex): Promise<void> {
  if (isSqlite(knex)) {
    await setSqlitePageSize(knex);
  }
  await knex.migrate.latest({
    directory: migrationsDirectory,
    tableName: migrationsTableName,
  });
}
