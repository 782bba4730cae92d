import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseMetricStore } from './DatabaseMetricStore';

jest.setTimeout(60_000);

const WEB = 'component:default/web';
const T0 = Date.parse('2026-11-01T00:00:00Z');
const HOUR = 60 * 60 * 1000;

describe('DatabaseMetricStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('%p', databaseId => {
    let store: DatabaseMetricStore;

    beforeEach(async () => {
      store = await DatabaseMetricStore.create({
        knex: await databases.init(databaseId),
      });
    });

    const point = (hour: number, value: number, entityRef = WEB) => ({
      entityRef,
      metric: 'lead-time-hours',
      timestampMs: T0 + hour * HOUR,
      value,
    });

    it('stores a point sent twice once, the last value winning, also within one batch', async () => {
      await store.addPoints([point(0, 1), point(1, 2), point(1, 3)]);
      await store.addPoints([point(0, 1.5)]);
      await expect(
        store.getSeries({
          entityRef: WEB,
          metric: 'lead-time-hours',
          from: new Date(T0),
          to: new Date(T0 + 10 * HOUR),
          limit: 100,
        }),
      ).resolves.toEqual([
        { timestamp: '2026-11-01T00:00:00.000Z', value: 1.5 },
        { timestamp: '2026-11-01T01:00:00.000Z', value: 3 },
      ]);
    });

    it('reads the latest points of a range, oldest first, in batches larger than a statement', async () => {
      await store.addPoints(Array.from({ length: 600 }, (_, i) => point(i, i)));
      const latest = await store.getSeries({
        entityRef: WEB,
        metric: 'lead-time-hours',
        from: new Date(T0 + 100 * HOUR),
        to: new Date(T0 + 199 * HOUR),
        limit: 3,
      });
      expect(latest.map(p => p.value)).toEqual([197, 198, 199]);
    });

    it('reads one metric of every entity in a window', async () => {
      await store.addPoints([
        point(0, 5),
        point(5, 7),
        point(1, 9, 'component:default/api'),
        point(50, 1),
      ]);
      await expect(
        store.getValuesByEntity(
          'lead-time-hours',
          new Date(T0),
          new Date(T0 + 10 * HOUR),
        ),
      ).resolves.toEqual(
        new Map([
          [WEB, [5, 7]],
          ['component:default/api', [9]],
        ]),
      );
    });
  });
});
