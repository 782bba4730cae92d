import { TestDatabases } from '@backstage/backend-test-utils';
import { DEFAULT_SLA_WINDOW } from '@paved-road/plugin-platform-products-common';
import {
  SliFetchRequest,
  SliSource,
} from '@paved-road/plugin-platform-products-node';
import { DatabaseSlaStore } from '../database/DatabaseSlaStore';
import { EntitySla } from './EntitySla';
import { SlaSourceSync } from './SlaSourceSync';

jest.setTimeout(60_000);

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = new Date('2026-11-26T10:00:30Z');
const NOW_MINUTE = Date.parse('2026-11-26T10:00:00Z');

const sla: EntitySla = {
  entityRef: 'component:default/checkout',
  ownerRef: 'group:default/team',
  source: { type: 'prometheus', instance: 'prod' },
  sourceText: 'prometheus:prod',
  selector: {
    matchers: [{ name: 'job', operator: '=', value: 'checkout' }],
    text: 'job="checkout"',
  },
  problems: [],
  objectives: [
    {
      id: 'availability',
      kind: 'availability',
      title: 'Availability 99.9%',
      origin: {
        type: 'annotation',
        annotation: 'paved-road.io/sla-availability',
      },
      target: 0.999,
      window: DEFAULT_SLA_WINDOW,
      timezone: 'UTC',
    },
  ],
};

/** A source answering from a script: what each call returns or throws. */
function scriptedSource(
  answer: (request: SliFetchRequest) => Promise<any[]>,
): SliSource & { requests: SliFetchRequest[] } {
  const requests: SliFetchRequest[] = [];
  return {
    type: 'prometheus',
    instances: () => ['prod'],
    requests,
    fetchBuckets: async request => {
      requests.push(request);
      return answer(request);
    },
  };
}

const minuteBuckets = (request: SliFetchRequest) => {
  const buckets = [];
  for (let t = request.from.getTime(); t < request.to.getTime(); t += MINUTE) {
    buckets.push({
      start: new Date(t),
      durationSeconds: 60,
      good: 9,
      total: 10,
    });
  }
  return buckets;
};

describe('SlaSourceSync', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let store: DatabaseSlaStore;

  beforeEach(async () => {
    store = await DatabaseSlaStore.create({
      knex: await databases.init('SQLITE_3'),
    });
  });

  function syncWith(source: SliSource, timeoutMs = 1000) {
    return new SlaSourceSync({
      store,
      sources: new Map([[source.type, source]]),
      backfillMs: 2 * DAY,
      timeoutMs,
    });
  }

  it('backfills a bounded range first, then continues from where it stopped', async () => {
    const source = scriptedSource(async r => minuteBuckets(r));
    const sync = syncWith(source);

    await expect(sync.syncEntity(sla, NOW)).resolves.toBeNull();
    expect(source.requests[0]).toMatchObject({
      instance: 'prod',
      entityRef: 'component:default/checkout',
      objective: { id: 'availability', target: 0.999 },
      selector: sla.selector,
      from: new Date(NOW_MINUTE - 2 * DAY),
      to: new Date(NOW_MINUTE),
    });
    const stored = await store.readBuckets({
      entityRef: sla.entityRef,
      objective: 'availability',
      from: 0,
      to: NOW_MINUTE,
    });
    expect(stored).toHaveLength(2 * 24 * 60);

    const later = new Date(NOW_MINUTE + 10 * MINUTE);
    await sync.syncEntity(sla, later);
    // Five minutes before the last end again: late data replaces what was pulled.
    expect(source.requests[1].from).toEqual(new Date(NOW_MINUTE - 5 * MINUTE));
    expect(source.requests[1].to).toEqual(later);
    const [state] = await store.getSyncStates(sla.entityRef);
    expect(state).toMatchObject({
      source: 'prometheus:prod',
      syncedTo: later.getTime(),
      lastSuccessAt: later.toISOString(),
      error: null,
    });
  });

  it('never reaches back further than the backfill after a long gap', async () => {
    const source = scriptedSource(async r => minuteBuckets(r));
    const sync = syncWith(source);
    await sync.syncEntity(sla, NOW);
    const muchLater = new Date(NOW_MINUTE + 30 * DAY);
    await sync.syncEntity(sla, muchLater);
    expect(source.requests[1].from).toEqual(
      new Date(muchLater.getTime() - 2 * DAY),
    );
  });

  it('records a failing source on the objective and keeps the last success', async () => {
    let fail = false;
    const source = scriptedSource(async r => {
      if (fail) {
        throw new Error('query_range: 503 Service Unavailable');
      }
      return minuteBuckets(r);
    });
    const sync = syncWith(source);
    await sync.syncEntity(sla, NOW);
    fail = true;
    const later = new Date(NOW_MINUTE + 5 * MINUTE);
    await expect(sync.syncEntity(sla, later)).resolves.toBe(
      'availability: query_range: 503 Service Unavailable',
    );
    const [state] = await store.getSyncStates(sla.entityRef);
    expect(state).toMatchObject({
      syncedTo: NOW_MINUTE,
      lastAttemptAt: later.toISOString(),
      lastSuccessAt: NOW.toISOString(),
      error: 'query_range: 503 Service Unavailable',
    });
  });

  it('gives up on a source that does not answer in time, and aborts its request', async () => {
    const source = scriptedSource(
      request =>
        new Promise((_, reject) => {
          request.signal?.addEventListener('abort', () =>
            reject(new Error('aborted')),
          );
        }),
    );
    await expect(syncWith(source, 50).syncEntity(sla, NOW)).resolves.toBe(
      'availability: the prometheus source did not answer within 0.05s',
    );
    expect(source.requests[0].signal?.aborted).toBe(true);
  });

  it('refuses buckets a source should not have returned', async () => {
    const source = scriptedSource(async () => [
      {
        start: new Date(NOW_MINUTE - MINUTE),
        durationSeconds: 60,
        good: 11,
        total: 10,
      },
    ]);
    await expect(syncWith(source).syncEntity(sla, NOW)).resolves.toBe(
      'availability: the prometheus source returned a bucket (#0) with counts that are not 0 ≤ good ≤ total',
    );
  });

  it('reports an unknown instance or source type on the entity', async () => {
    const source = scriptedSource(async () => []);
    await expect(
      syncWith(source).syncEntity(
        {
          ...sla,
          source: { type: 'prometheus', instance: 'eu' },
          sourceText: 'prometheus:eu',
        },
        NOW,
      ),
    ).resolves.toBe(
      'availability: the prometheus source has no instance "eu"; configured: prod',
    );
    const none = new SlaSourceSync({
      store,
      sources: new Map(),
      backfillMs: DAY,
      timeoutMs: 1000,
    });
    await expect(none.syncEntity(sla, NOW)).resolves.toBe(
      'availability: no SLI source of type "prometheus" is installed in the backend',
    );
    expect(source.requests).toEqual([]);
  });

  it('does nothing for pushed data', async () => {
    const source = scriptedSource(async () => []);
    await expect(
      syncWith(source).syncEntity(
        { ...sla, source: { type: 'push' }, sourceText: 'push' },
        NOW,
      ),
    ).resolves.toBeNull();
    expect(source.requests).toEqual([]);
  });
});
