import { TestDatabases } from '@backstage/backend-test-utils';
import { inBatches, maxRawParamsOf, sqliteMaxParams } from './batches';

jest.setTimeout(60_000);

describe('sqliteMaxParams', () => {
  it('is 32766 since SQLite 3.32.0 and 999 before', () => {
    expect(sqliteMaxParams('3.32.0', [])).toBe(32766);
    expect(sqliteMaxParams('3.50.4', ['THREADSAFE=2'])).toBe(32766);
    expect(sqliteMaxParams('3.31.1', [])).toBe(999);
    expect(sqliteMaxParams('3.8.11', [])).toBe(999);
  });

  it('takes the limit a build sets over its version default', () => {
    expect(sqliteMaxParams('3.31.1', ['MAX_VARIABLE_NUMBER=250000'])).toBe(
      250000,
    );
    expect(sqliteMaxParams('3.45.0', ['MAX_VARIABLE_NUMBER=999'])).toBe(999);
  });
});

describe('maxRawParamsOf', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  it.each(databases.eachSupportedId())(
    'allows a statement of that many parameters on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const max = await maxRawParamsOf(knex);
      expect(max).toBeGreaterThan(999);
      await knex.schema.createTable('params', table => table.integer('n'));
      const values = Array.from({ length: max }, (_, i) => i);
      await knex.raw(
        `insert into params (n) values ${values.map(() => '(?)').join(', ')}`,
        values,
      );
      const [{ n }] = await knex('params').count({ n: '*' });
      expect(Number(n)).toBe(max);
    },
  );
});

describe('inBatches', () => {
  it('splits into consecutive lists of at most the size', () => {
    expect(inBatches([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(inBatches([], 2)).toEqual([]);
  });
});
