import { TestDatabases } from '@backstage/backend-test-utils';
import { StoredProductAdoption } from './AdoptionStore';
import { DatabaseAdoptionStore } from './DatabaseAdoptionStore';

jest.setTimeout(60_000);

const AUTH = 'platformproduct:default/auth';

function adoption(
  adopters: number,
  computedAt: string,
  productRef = AUTH,
): StoredProductAdoption {
  return {
    productRef,
    population: { kind: 'Component' },
    summary: {
      adopters,
      population: 10,
      rate: adopters / 10,
      target: 0.8,
      gap: Math.max(0, 0.8 - adopters / 10),
      belowTarget: adopters / 10 < 0.8,
      teamsAdopting: 2,
      teamsTotal: 4,
      computedAt,
    },
    adopters: [
      {
        entityRef: 'component:default/web',
        ownerRef: 'group:default/team-a',
        via: [{ method: 'annotation', targetRef: productRef }],
        inPopulation: true,
      },
    ],
    teams: [{ ownerRef: 'group:default/team-a', adopters: 1 }],
    timeToMarket: null,
  };
}

describe('DatabaseAdoptionStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('%p', databaseId => {
    let store: DatabaseAdoptionStore;

    beforeEach(async () => {
      store = await DatabaseAdoptionStore.create({
        knex: await databases.init(databaseId),
      });
    });

    it('round-trips the current adoption with its adopters', async () => {
      const stored = adoption(3, '2026-11-26T10:00:00.000Z');
      await store.replaceAdoption([stored]);
      await expect(store.getAdoption(AUTH)).resolves.toEqual(stored);
      await expect(
        store.getSummaries([AUTH, 'platformproduct:default/x']),
      ).resolves.toEqual(new Map([[AUTH, stored.summary]]));
    });

    it('keeps one history point per day, the last run winning, and drops products gone', async () => {
      await store.replaceAdoption([
        adoption(1, '2026-11-24T10:00:00.000Z'),
        adoption(1, '2026-11-24T10:00:00.000Z', 'platformproduct:default/ci'),
      ]);
      await store.replaceAdoption([adoption(2, '2026-11-25T10:00:00.000Z')]);
      await store.replaceAdoption([adoption(4, '2026-11-25T18:00:00.000Z')]);
      await expect(store.getHistory(AUTH, '2026-11-01')).resolves.toEqual([
        {
          day: '2026-11-24',
          adopters: 1,
          population: 10,
          rate: 0.1,
          teamsAdopting: 2,
        },
        {
          day: '2026-11-25',
          adopters: 4,
          population: 10,
          rate: 0.4,
          teamsAdopting: 2,
        },
      ]);
      await expect(store.getHistory(AUTH, '2026-11-25')).resolves.toHaveLength(
        1,
      );
      await expect(
        store.getAdoption('platformproduct:default/ci'),
      ).resolves.toBeUndefined();
    });
  });
});
