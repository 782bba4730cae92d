import { Knex } from 'knex';

/**
 * Bound parameters per statement. 999 is SQLite's limit before 3.32, safe with any build;
 * PostgreSQL allows 65535, and bigger statements save round trips there.
 */
export function maxParamsOf(knex: Knex): number {
  return String(knex.client.config.client).includes('sqlite') ? 999 : 60_000;
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
