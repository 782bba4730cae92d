import {
  createMockDirectory,
  TestDatabases,
} from '@backstage/backend-test-utils';
import knexFactory, { Knex } from 'knex';
import {
  migrateDatabase,
  migrationsDirectory,
  migrationsTableName,
  SQLITE_PAGE_SIZE,
} from './migrateDatabase';

jest.setTimeout(60_000);

async function pageSize(knex: Knex): Promise<number> {
  const [row] = await knex.raw('pragma page_size');
  return Number(row.page_size);
}

const directory = createMockDirectory();
const opened: Knex[] = [];
afterAll(() => Promise.all(opened.map(knex => knex.destroy())));

/** A database file with a table of another component in it, as Backstage leaves it. */
async function fileDatabase(name: string): Promise<Knex> {
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: directory.resolve(`${name}.sqlite`) },
    useNullAsDefault: true,
  });
  opened.push(knex);
  await knex.schema.createTable('other_component', table =>
    table.string('name'),
  );
  await knex('other_component').insert({ name: 'kept' });
  return knex;
}

describe('migrateDatabase on SQLite', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  it('gives an empty database the page size', async () => {
    const knex = await databases.init('SQLITE_3');
    await migrateDatabase(knex);
    expect(SQLITE_PAGE_SIZE).not.toBe(4096);
    expect(await pageSize(knex)).toBe(SQLITE_PAGE_SIZE);
    expect(await knex.schema.hasTable('scorecard_results')).toBe(true);
  });

  it('rewrites a new database file that has tables of others, keeping them', async () => {
    const knex = await fileDatabase('new');
    expect(await pageSize(knex)).toBe(4096);
    await migrateDatabase(knex);
    expect(await pageSize(knex)).toBe(SQLITE_PAGE_SIZE);
    expect(await knex('other_component').select('name')).toEqual([
      { name: 'kept' },
    ]);
    // Migrating again changes nothing.
    await migrateDatabase(knex);
    expect(await pageSize(knex)).toBe(SQLITE_PAGE_SIZE);
  });

  it('sizes the page cache again after rewriting the database with the new page size', async () => {
    const knex = await fileDatabase('cache');
    // Not the default: the size the connection has is the size it keeps.
    await knex.raw('pragma cache_size = -4000');
    const statements: string[] = [];
    knex.on('query', query => statements.push(query.sql));
    await migrateDatabase(knex);
    // SQLite reports the same size either way; it is the cache's limit in pages, counted
    // from the page size, that the statement after the VACUUM renews.
    const vacuum = statements.indexOf('vacuum');
    expect(vacuum).toBeGreaterThanOrEqual(0);
    expect(statements.slice(vacuum + 1)).toContain('pragma cache_size = -4000');
    const [row] = await knex.raw('pragma cache_size');
    expect(row.cache_size).toBe(-4000);
  });

  it('leaves the page size of a database that an earlier version migrated', async () => {
    const knex = await fileDatabase('migrated');
    await knex.migrate.latest({
      directory: migrationsDirectory,
      tableName: migrationsTableName,
    });
    await migrateDatabase(knex);
    expect(await pageSize(knex)).toBe(4096);
  });
});
