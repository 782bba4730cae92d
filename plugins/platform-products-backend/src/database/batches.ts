import { Knex } from 'knex';

/**
 * Bound parameters per statement built by knex's builder. 999 is SQLite's limit before 3.32,
 * safe with any build; it also keeps knex's multi-row inserts on SQLite, one term of a
 * compound SELECT per row, under SQLite's 500 terms for rows of two columns or more.
 * PostgreSQL allows 65535, and bigger statements save round trips there.
 */
export function maxParamsOf(knex: Knex): number {
  return isSqlite(knex) ? 999 : 60_000;
}

/**
 * Bound parameters per statement written in raw SQL, whose multi-row inserts are a `values`
 * list: on SQLite, the limit of its build ({@link sqliteMaxParams}).
 */
export async function maxRawParamsOf(knex: Knex): Promise<number> {
  if (!isSqlite(knex)) {
    return maxParamsOf(knex);
  }
  const [{ version }] = await knex.raw('select sqlite_version() as version');
  const options: Array<{ compile_options: string }> = await knex.raw(
    'pragma compile_options',
  );
  return sqliteMaxParams(
    version,
    options.map(option => option.compile_options),
  );
}

/**
 * SQLite's limit on bound parameters: `MAX_VARIABLE_NUMBER` when its compile options set it,
 * else the default of its version, 32766 since 3.32.0 and 999 before.
 */
export function sqliteMaxParams(
  version: string,
  compileOptions: string[],
): number {
  for (const option of compileOptions) {
    const match = /^MAX_VARIABLE_NUMBER=(\d+)$/.exec(option);
    if (match) {
      return Number(match[1]);
    }
  }
  const [major, minor] = version.split('.').map(Number);
  return major > 3 || (major === 3 && minor >= 32) ? 32766 : 999;
}

/** Whether knex talks to SQLite (better-sqlite3 or sqlite3). */
export function isSqlite(knex: Knex): boolean {
  return String(knex.client.config.client).includes('sqlite');
}

/** Whether knex talks to PostgreSQL (client `pg` or a PostgreSQL driver of another name). */
export function isPostgres(knex: Knex): boolean {
  const client = String(knex.client.config.client);
  return client === 'pg' || client.includes('postgres');
}

/** Refs per `IN (...)` list when reading or deleting by key: under SQLite's limit. */
export const IN_LIST_SIZE = 900;

/** Splits items into consecutive lists of at most `size`. */
export function inBatches<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    batches.push(items.slice(i, i + size));
  }
  return batches;
}
