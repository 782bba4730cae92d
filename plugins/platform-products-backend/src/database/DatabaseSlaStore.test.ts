import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseSlaStore } from './DatabaseSlaStore';
import { SliBucketRecord, StoredSlaEntity } from './SlaStore';

jest.setTimeout(120_000);

const MINUTE = 60_000;
const T0 = Date.parse('2026-11-01T00:00:00Z');
const REF = 'component:default/checkout';

function bucket(
  minute: number,
  fields: Partial<SliBucketRecord> = {},
): SliBucketRecord {
  return {
    entityRef: REF,
    objective: 'availability',
    start: T0 + minute * MINUTE,
    durationMs: MINUTE,
    good: 99,
    total: 100,
    ...fields,
  };
}

function entity(
  name: string,
  fields: Partial<StoredSlaEntity> = {},
): StoredSlaEntity {
  return {
    entityRef: `component:default/${name}`,
    ownerRef: 'group:default/team-a',
    status: 'met',
    budgetRemaining: 0.5,
    alert: 'none',
    problemCount: 0,
    syncError: null,
    evaluatedAt: '2026-11-26T10:00:00.000Z',
    objectives: [
      {
        objective: 'availability',
        title: 'Availability 99.9%',
        target: 0.999,
        status: 'met',
        compliance: 0.9995,
        budgetRemaining: 0.5,
        alert: 'none',
        alertSince: null,
        evaluatedAt: '2026-11-26T10:00:00.000Z',
      },
    ],
    ...fields,
  };
}

describe('DatabaseSlaStore', () => {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_15', 'SQLITE_3'],
  });

  describe.each(databases.eachSupportedId())('%p', databaseId => {
    let store: DatabaseSlaStore;

    beforeEach(async () => {
      const knex = await databases.init(databaseId);
      store = await DatabaseSlaStore.create({ knex });
    });

    it('reads the buckets of one objective in a range, by start', async () => {
      await store.writeBuckets([
        bucket(2),
        bucket(0, { good: 1e12, total: 2 ** 52 }),
        bucket(1, { durationMs: 5 * MINUTE }),
        bucket(1, { objective: 'latency-p99', good: 1, total: 1 }),
        bucket(1, { entityRef: 'component:default/other' }),
        bucket(3),
      ]);
      await expect(
        store.readBuckets({
          entityRef: 'Component:Default/Checkout',
          objective: 'availability',
          from: T0,
          to: T0 + 3 * MINUTE,
        }),
      ).resolves.toEqual([
        { start: T0, durationMs: MINUTE, good: 1e12, total: 2 ** 52 },
        { start: T0 + MINUTE, durationMs: 5 * MINUTE, good: 99, total: 100 },
        { start: T0 + 2 * MINUTE, durationMs: MINUTE, good: 99, total: 100 },
      ]);
    });

    it('sums buckets per clock hour before hourlyBefore', async () => {
      // Minutes 0-59 are the first hour, 60-119 the second; a gap at 70-79.
      const minutes = [0, 1, 30, 59, 60, 61, 80, 119, 120, 121];
      await store.writeBuckets(
        minutes.map(m => bucket(m, { good: m, total: 200 })),
      );
      const read = await store.readBuckets({
        entityRef: REF,
        objective: 'availability',
        from: T0 + MINUTE,
        to: T0 + 200 * MINUTE,
        hourlyBefore: T0 + 120 * MINUTE,
      });
      expect(read).toEqual([
        {
          start: T0 + MINUTE,
          durationMs: 3 * MINUTE,
          good: 1 + 30 + 59,
          total: 600,
        },
        {
          start: T0 + 60 * MINUTE,
          durationMs: 4 * MINUTE,
          good: 60 + 61 + 80 + 119,
          total: 800,
        },
        { start: T0 + 120 * MINUTE, durationMs: MINUTE, good: 120, total: 200 },
        { start: T0 + 121 * MINUTE, durationMs: MINUTE, good: 121, total: 200 },
      ]);
    });

    it('replaces a bucket sent again, also twice within one call', async () => {
      await store.writeBuckets([bucket(0, { good: 10, total: 10 })]);
      await store.writeBuckets([
        bucket(0, { good: 5, total: 10 }),
        bucket(0, { good: 7, total: 12 }),
      ]);
      const buckets = await store.readBuckets({
        entityRef: REF,
        objective: 'availability',
        from: T0,
        to: T0 + MINUTE,
      });
      expect(buckets).toEqual([
        { start: T0, durationMs: MINUTE, good: 7, total: 12 },
      ]);
    });

    it('writes more buckets than one statement can carry', async () => {
      const many = Array.from({ length: 12_345 }, (_, i) => bucket(i));
      await store.writeBuckets(many);
      const read = await store.readBuckets({
        entityRef: REF,
        objective: 'availability',
        from: T0,
        to: T0 + 20_000 * MINUTE,
      });
      expect(read).toHaveLength(12_345);
      expect(read[12_344].start).toBe(T0 + 12_344 * MINUTE);
    });

    it('deletes buckets older than a time', async () => {
      await store.writeBuckets([bucket(0), bucket(1), bucket(2)]);
      await expect(store.deleteBucketsBefore(T0 + 2 * MINUTE)).resolves.toBe(2);
      const read = await store.readBuckets({
        entityRef: REF,
        objective: 'availability',
        from: 0,
        to: T0 + 10 * MINUTE,
      });
      expect(read.map(b => b.start)).toEqual([T0 + 2 * MINUTE]);
    });

    it('keeps the sync state per objective', async () => {
      const state = {
        entityRef: REF,
        objective: 'availability',
        source: 'prometheus:prod',
        syncedTo: T0 + 60 * MINUTE,
        lastAttemptAt: '2026-11-26T10:00:00.000Z',
        lastSuccessAt: '2026-11-26T10:00:00.000Z',
        error: null,
      };
      await store.saveSyncState(state);
      await store.saveSyncState({
        ...state,
        lastAttemptAt: '2026-11-26T11:00:00.000Z',
        error: 'timed out after 30s',
      });
      await store.saveSyncState({
        ...state,
        objective: 'latency-p99',
        syncedTo: null,
        lastSuccessAt: null,
      });
      await expect(store.getSyncStates(REF)).resolves.toEqual([
        {
          ...state,
          lastAttemptAt: '2026-11-26T11:00:00.000Z',
          error: 'timed out after 30s',
        },
        {
          ...state,
          objective: 'latency-p99',
          syncedTo: null,
          lastSuccessAt: null,
        },
      ]);
    });

    it('replaces an entity summary and its objectives', async () => {
      await store.saveEntity(entity('checkout'));
      const changed = entity('checkout', {
        status: 'breached',
        budgetRemaining: -0.25,
        alert: 'page',
        problemCount: 2,
        syncError: 'boom',
        objectives: [
          {
            objective: 'latency-p99',
            title: 'p99 latency ≤ 300ms',
            target: 0.99,
            status: 'breached',
            compliance: 0.9875,
            budgetRemaining: -0.25,
            alert: 'page',
            alertSince: '2026-11-26T09:59:00.000Z',
            evaluatedAt: '2026-11-26T10:00:00.000Z',
          },
        ],
      });
      await store.saveEntity(changed);
      await expect(
        store.getEntity('Component:default/Checkout'),
      ).resolves.toEqual(changed);
      await expect(store.getEntity('component:default/nope')).resolves.toBe(
        undefined,
      );
    });

    it('lists entities by least budget left, without data last, filtered and paged', async () => {
      await store.saveEntity(entity('a', { budgetRemaining: 0.9 }));
      await store.saveEntity(
        entity('b', { budgetRemaining: null, status: 'no-data' }),
      );
      await store.saveEntity(
        entity('c', { budgetRemaining: -0.1, status: 'breached' }),
      );
      await store.saveEntity(
        entity('d', {
          budgetRemaining: 0.2,
          ownerRef: 'group:default/team-b',
          status: 'at-risk',
        }),
      );
      const all = await store.listEntities({ limit: 10, offset: 0 });
      expect(all.totalItems).toBe(4);
      expect(all.items.map(i => i.entityRef)).toEqual([
        'component:default/c',
        'component:default/d',
        'component:default/a',
        'component:default/b',
      ]);
      expect(all.items[0].objectives).toHaveLength(1);

      const page = await store.listEntities({ limit: 2, offset: 2 });
      expect(page.items.map(i => i.entityRef)).toEqual([
        'component:default/a',
        'component:default/b',
      ]);

      const owned = await store.listEntities({
        ownerRefs: ['Group:default/team-b'],
        limit: 10,
        offset: 0,
      });
      expect(owned).toMatchObject({
        totalItems: 1,
        items: [{ entityRef: 'component:default/d' }],
      });

      const statuses = await store.listEntities({
        statuses: ['breached', 'no-data'],
        limit: 10,
        offset: 0,
      });
      expect(statuses.items.map(i => i.entityRef)).toEqual([
        'component:default/c',
        'component:default/b',
      ]);
    });

    it('finds and deletes entities evaluated before a time', async () => {
      await store.saveEntity(
        entity('old', { evaluatedAt: '2026-11-25T10:00:00.000Z' }),
      );
      await store.saveEntity(entity('new'));
      const stale = await store.listEntitiesEvaluatedBefore(
        new Date('2026-11-26T00:00:00Z'),
      );
      expect(stale).toEqual(['component:default/old']);
      await store.deleteEntities(stale);
      const { items } = await store.listEntities({ limit: 10, offset: 0 });
      expect(items.map(i => i.entityRef)).toEqual(['component:default/new']);
    });
  });
});
