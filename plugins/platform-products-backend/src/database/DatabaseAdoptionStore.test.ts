import { TestDatabases } from '@backstage/backend-test-utils';
import { StoredProductAdoption } from './AdoptionStore';
import { DatabaseAdoptionStore } from './DatabaseAdoptionStore';

jest.setTimeout(60_000);

const AUTH = 'platformproduct:default/auth';
const CI = 'platformproduct:default/ci';

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
      await expect(store.hasAdoption()).resolves.toBe(false);
      await store.replaceAdoption([stored]);
      await expect(store.hasAdoption()).resolves.toBe(true);
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
      const histories = await store.getHistories(
        [AUTH, 'platformproduct:default/ci', 'platformproduct:default/x'],
        '2026-11-01',
      );
      expect(histories.get(AUTH)).toEqual([
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
      // History outlives the current adoption; a product without points is absent.
      expect(histories.get('platformproduct:default/ci')).toHaveLength(1);
      expect(histories.has('platformproduct:default/x')).toBe(false);
      const recent = await store.getHistories([AUTH], '2026-11-25');
      expect(recent.get(AUTH)).toHaveLength(1);
      await expect(
        store.getAdoption('platformproduct:default/ci'),
      ).resolves.toBeUndefined();
    });

    it('lists the products an entity adopts, with how and their figures', async () => {
      const ci = adoption(5, '2026-11-26T10:00:00.000Z', CI);
      ci.adopters.push({
        entityRef: 'component:default/api-gateway',
        title: 'API gateway',
        ownerRef: null,
        via: [
          { method: 'dependsOn', targetRef: 'component:default/runner' },
          { method: 'consumesApi', targetRef: 'api:default/ci-api' },
        ],
        inPopulation: false,
      });
      await store.replaceAdoption([
        adoption(3, '2026-11-26T10:00:00.000Z'),
        ci,
      ]);

      const web = await store.getAdoptedProducts('Component:default/WEB');
      expect(
        web.sort((a, b) => a.productRef.localeCompare(b.productRef)),
      ).toEqual([
        {
          productRef: AUTH,
          via: [{ method: 'annotation', targetRef: AUTH }],
          inPopulation: true,
          summary: adoption(3, '2026-11-26T10:00:00.000Z').summary,
        },
        {
          productRef: CI,
          via: [{ method: 'annotation', targetRef: CI }],
          inPopulation: true,
          summary: ci.summary,
        },
      ]);
      await expect(
        store.getAdoptedProducts('component:default/api-gateway'),
      ).resolves.toEqual([
        {
          productRef: CI,
          via: ci.adopters[1].via,
          inPopulation: false,
          summary: ci.summary,
        },
      ]);
      await expect(
        store.getAdoptedProducts('component:default/nobody'),
      ).resolves.toEqual([]);
      // The adopters listed for the product, in the order computeAdoption gives them.
      await expect(store.getAdoption(CI)).resolves.toEqual(ci);

      // A product that leaves the catalog is no longer adopted by anyone.
      await store.replaceAdoption([adoption(3, '2026-11-27T10:00:00.000Z')]);
      await expect(
        store.getAdoptedProducts('component:default/api-gateway'),
      ).resolves.toEqual([]);
    });

    it('writes more adopters than one statement can hold', async () => {
      const big = adoption(3, '2026-11-26T10:00:00.000Z');
      big.adopters = Array.from({ length: 1200 }, (_, i) => ({
        entityRef: `component:default/c-${String(i).padStart(4, '0')}`,
        ownerRef: 'group:default/team-a',
        via: [{ method: 'dependsOn', targetRef: 'component:default/auth' }],
        inPopulation: true,
      }));
      await store.replaceAdoption([big]);
      const stored = await store.getAdoption(AUTH);
      expect(stored?.adopters).toHaveLength(1200);
      expect(stored?.adopters).toEqual(big.adopters);
    });
  });
});
