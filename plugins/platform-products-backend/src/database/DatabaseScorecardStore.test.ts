import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import {
  CheckResult,
  CheckStatus,
} from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { StoredScorecardResult } from './ScorecardStore';

jest.setTimeout(120_000);

const DAY_1 = '2026-11-01T08:00:00.000Z';
const DAY_1_LATER = '2026-11-01T20:30:00.000Z';
const DAY_2 = '2026-11-02T08:00:00.000Z';
const DAY_3 = '2026-11-03T08:00:00.000Z';

function check(
  checkId: string,
  status: CheckStatus = 'pass',
  score: number = status === 'pass' ? 1 : 0,
): CheckResult {
  return { checkId, status, score, message: `${checkId} ${status}`, facts: {} };
}

function result(
  name: string,
  fields: Partial<StoredScorecardResult> = {},
): StoredScorecardResult {
  return {
    entityRef: `component:default/${name}`,
    scorecardId: 'readiness',
    entityKind: 'component',
    ownerRef: 'group:default/team-a',
    systemRef: null,
    score: 100,
    level: 'Gold',
    evaluatedAt: DAY_1,
    checks: [check('has-docs'), check('has-owner')],
    ...fields,
  };
}

describe('DatabaseScorecardStore', () => {
  const databases = TestDatabases.create({
    ids: ['POSTGRES_15', 'SQLITE_3'],
  });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const store = await DatabaseScorecardStore.create({ knex });
    return { knex, store };
  }

  describe.each(databases.eachSupportedId())('%p', databaseId => {
    let knex: Knex;
    let store: DatabaseScorecardStore;

    beforeEach(async () => {
      ({ knex, store } = await createStore(databaseId));
    });

    /** The readiness history of `component:default/<name>`, as `day score`, by day. */
    const readinessPointsOf = async (name: string) => {
      const points = await knex('scorecard_history')
        .select('day', 'score')
        .where({
          scorecard_id: 'readiness',
          entity_ref: `component:default/${name}`,
        })
        .orderBy('day');
      return points.map(h => `${h.day} ${Number(h.score)}`);
    };

    it('round-trips results with their checks, facts and waivers', async () => {
      const readiness: StoredScorecardResult = {
        entityRef: 'Component:Default/Payments-API',
        scorecardId: 'readiness',
        entityKind: 'Component',
        ownerRef: 'Group:Default/Team-A',
        systemRef: 'System:Default/Payments',
        score: 66.66666666666667,
        level: 'Silver',
        evaluatedAt: '2026-11-26T10:15:30.123Z',
        checks: [
          {
            checkId: 'has-runbook',
            status: 'waived',
            score: 1,
            message: 'Waived until 2027-03-31',
            facts: { annotation: null },
            waiver: {
              until: '2027-03-31',
              reason: 'migrating wiki',
              expired: false,
            },
          },
          {
            checkId: 'adoption',
            status: 'warn',
            score: 0.42,
            // Quotes, a backslash, placeholders, a line break and characters beyond ASCII stay
            // as they are.
            message: 'Said "42%" of 60% \\ naïve ✓ 🚀 ? ?? $1\nnext line',
            facts: { adopters: 21, eligible: 50, teams: ['a', 'b'] },
          },
        ],
      };
      const dx = result('payments-api', {
        scorecardId: 'dx',
        score: null,
        level: null,
        ownerRef: null,
        checks: [check('nps', 'unknown', 0)],
      });

      await expect(store.saveResults([readiness, dx])).resolves.toEqual({
        inserted: 2,
        changed: 0,
        unchanged: 0,
      });

      await expect(
        store.getEntityResults('component:default/payments-api'),
      ).resolves.toEqual([
        dx,
        {
          ...readiness,
          entityRef: 'component:default/payments-api',
          entityKind: 'component',
          ownerRef: 'group:default/team-a',
          systemRef: 'system:default/payments',
          // Checks come back in the order saved: the scorecard's.
          checks: readiness.checks,
        },
      ]);
      await expect(
        store.getEntityResults('component:default/other'),
      ).resolves.toEqual([]);
    });

    it('skips unchanged results but moves their evaluatedAt', async () => {
      const first = result('a', {
        checks: [
          { ...check('x', 'fail'), facts: { count: 1, min: 3 } },
          check('y'),
        ],
      });
      await store.saveResults([first, result('b')]);

      // Same result, evaluated later.
      const again = result('a', {
        evaluatedAt: DAY_2,
        checks: [
          { ...check('x', 'fail'), facts: { count: 1, min: 3 } },
          check('y'),
        ],
      });
      await expect(
        store.saveResults([again, result('b', { evaluatedAt: DAY_2 })]),
      ).resolves.toEqual({ inserted: 0, changed: 0, unchanged: 2 });

      const [stored] = await store.getEntityResults('component:default/a');
      expect(stored.evaluatedAt).toBe(DAY_2);
      expect(stored.checks.map(c => c.checkId)).toEqual(['x', 'y']);

      await expect(
        store.saveResults([
          result('a', { evaluatedAt: DAY_3, score: 50, level: null }),
          result('b', { evaluatedAt: DAY_3 }),
          result('c', { evaluatedAt: DAY_3 }),
        ]),
      ).resolves.toEqual({ inserted: 1, changed: 1, unchanged: 1 });
    });

    it('replaces the checks of a changed result', async () => {
      await store.saveResults([
        result('a', {
          checks: [check('x'), check('y'), check('z', 'fail')],
        }),
      ]);
      await store.saveResults([
        result('a', {
          evaluatedAt: DAY_2,
          checks: [check('x'), check('y', 'fail')],
        }),
      ]);

      const [stored] = await store.getEntityResults('component:default/a');
      expect(stored.checks).toEqual([check('x'), check('y', 'fail')]);
      const [{ failing }] = await knex('scorecard_results').select({
        failing: 'failing_checks',
      });
      expect(failing).toBe('y');
    });

    it('treats a new owner as a change', async () => {
      await store.saveResults([result('a')]);
      await expect(
        store.saveResults([
          result('a', { ownerRef: 'group:default/team-b', evaluatedAt: DAY_2 }),
        ]),
      ).resolves.toEqual({ inserted: 0, changed: 1, unchanged: 0 });
      const { items } = await store.listResults({
        scorecardId: 'readiness',
        ownerRefs: ['group:default/team-b'],
        limit: 10,
        offset: 0,
      });
      expect(items.map(i => i.entityRef)).toEqual(['component:default/a']);
    });

    it('keeps the last of a pair given twice', async () => {
      await expect(
        store.saveResults([result('a', { score: 10 }), result('a')]),
      ).resolves.toEqual({ inserted: 1, changed: 0, unchanged: 0 });
      const [stored] = await store.getEntityResults('component:default/a');
      expect(stored.score).toBe(100);
    });

    describe('listResults', () => {
      beforeEach(async () => {
        await store.saveResults([
          result('a', { score: 90, level: 'Gold' }),
          result('b', { score: 40, level: null }),
          result('c', {
            score: null,
            level: null,
            checks: [check('has-docs', 'unknown', 0)],
          }),
          result('d', {
            score: 75,
            level: 'Silver',
            ownerRef: 'group:default/team-b',
          }),
          result('e', {
            entityRef: 'api:default/e',
            entityKind: 'api',
            score: 60,
            level: 'Bronze',
            ownerRef: 'group:default/team-b',
          }),
          result('a', { scorecardId: 'dx', score: 0, level: null }),
        ]);
      });

      const list = (query: Partial<Parameters<typeof store.listResults>[0]>) =>
        store
          .listResults({
            scorecardId: 'readiness',
            limit: 100,
            offset: 0,
            ...query,
          })
          .then(page => ({
            refs: page.items.map(i => i.entityRef.split('/')[1]),
            totalItems: page.totalItems,
          }));

      it('orders by entity ref by default, and pages', async () => {
        await expect(list({})).resolves.toEqual({
          refs: ['e', 'a', 'b', 'c', 'd'],
          totalItems: 5,
        });
        await expect(list({ order: 'desc', limit: 2 })).resolves.toEqual({
          refs: ['d', 'c'],
          totalItems: 5,
        });
        await expect(list({ limit: 2, offset: 4 })).resolves.toEqual({
          refs: ['d'],
          totalItems: 5,
        });
        await expect(list({ offset: 10 })).resolves.toEqual({
          refs: [],
          totalItems: 5,
        });
      });

      it('orders by score with unscored results last', async () => {
        await expect(list({ orderBy: 'score' })).resolves.toEqual({
          refs: ['b', 'e', 'd', 'a', 'c'],
          totalItems: 5,
        });
        await expect(
          list({ orderBy: 'score', order: 'desc' }),
        ).resolves.toEqual({ refs: ['a', 'd', 'e', 'b', 'c'], totalItems: 5 });
        await expect(
          list({ orderBy: 'score', order: 'desc', limit: 2, offset: 3 }),
        ).resolves.toEqual({ refs: ['b', 'c'], totalItems: 5 });
      });

      it('filters by owners, kind and level', async () => {
        await expect(
          list({ ownerRefs: ['Group:Default/Team-B'] }),
        ).resolves.toEqual({ refs: ['e', 'd'], totalItems: 2 });
        await expect(list({ ownerRefs: [] })).resolves.toEqual({
          refs: [],
          totalItems: 0,
        });
        await expect(list({ kind: 'API' })).resolves.toEqual({
          refs: ['e'],
          totalItems: 1,
        });
        await expect(list({ level: 'Gold' })).resolves.toEqual({
          refs: ['a'],
          totalItems: 1,
        });
        await expect(list({ level: null })).resolves.toEqual({
          refs: ['b', 'c'],
          totalItems: 2,
        });
        await expect(
          list({ level: null, ownerRefs: ['group:default/team-b'] }),
        ).resolves.toEqual({ refs: [], totalItems: 0 });
        await expect(list({ scorecardId: 'dx' })).resolves.toEqual({
          refs: ['a'],
          totalItems: 1,
        });
      });

      it('takes owner lists of 500 refs', async () => {
        const ownerRefs = Array.from(
          { length: 499 },
          (_, i) => `group:default/team-${i + 100}`,
        ).concat('group:default/team-a');
        await expect(list({ ownerRefs })).resolves.toEqual({
          refs: ['a', 'b', 'c'],
          totalItems: 3,
        });
      });

      it('returns the checks of each result', async () => {
        const page = await store.listResults({
          scorecardId: 'readiness',
          orderBy: 'score',
          limit: 100,
          offset: 0,
        });
        expect(page.items.map(i => i.checks.map(c => c.checkId))).toEqual([
          ['has-docs', 'has-owner'],
          ['has-docs', 'has-owner'],
          ['has-docs', 'has-owner'],
          ['has-docs', 'has-owner'],
          ['has-docs'],
        ]);
        expect(page.items[4].checks[0].status).toBe('unknown');
      });
    });

    it('an evaluation run writes what changed, deletes what it did not see and snapshots the day', async () => {
      await store.saveResults([
        result('kept'),
        result('changed'),
        result('gone'),
        result('gone', { scorecardId: 'dx' }),
      ]);

      const run = await store.beginEvaluationRun(new Date(DAY_2));
      // Refreshed on its own while the run is under way: not seen by the run, not deleted.
      await store.saveResults([
        result('refreshed', { evaluatedAt: '2026-11-02T08:00:05.000Z' }),
      ]);
      expect(
        run.add([
          result('kept', { evaluatedAt: DAY_2 }),
          result('changed', { evaluatedAt: DAY_2, score: 40, level: null }),
          result('new', { evaluatedAt: DAY_2 }),
        ]),
      ).toEqual({ inserted: 1, changed: 1, unchanged: 1 });
      await run.write();
      await expect(run.finish()).resolves.toEqual({
        inserted: 1,
        changed: 1,
        unchanged: 1,
        deleted: 2,
      });

      const rows = await knex('scorecard_results')
        .select('entity_ref', 'scorecard_id')
        .orderBy(['entity_ref', 'scorecard_id']);
      expect(rows.map(r => `${r.scorecard_id} ${r.entity_ref}`)).toEqual([
        'readiness component:default/changed',
        'readiness component:default/kept',
        'readiness component:default/new',
        'readiness component:default/refreshed',
      ]);
      // The unchanged result is marked evaluated by the run; the refreshed one keeps its time.
      const evaluatedAt = async (name: string) =>
        (await store.getEntityResults(`component:default/${name}`))[0]
          .evaluatedAt;
      await expect(evaluatedAt('kept')).resolves.toBe(DAY_2);
      await expect(evaluatedAt('changed')).resolves.toBe(DAY_2);
      await expect(evaluatedAt('refreshed')).resolves.toBe(
        '2026-11-02T08:00:05.000Z',
      );
      const [changed] = await store.getEntityResults(
        'component:default/changed',
      );
      expect([changed.score, changed.level]).toEqual([40, null]);

      // Every current result has a point for the run's day; the changed one its new score.
      const history = await knex('scorecard_history')
        .select('entity_ref', 'day', 'score')
        .where('scorecard_id', 'readiness')
        .orderBy(['entity_ref', 'day']);
      expect(
        history.map(h => `${h.entity_ref} ${h.day} ${Number(h.score)}`),
      ).toEqual([
        'component:default/changed 2026-11-01 100',
        'component:default/changed 2026-11-02 40',
        'component:default/gone 2026-11-01 100',
        'component:default/kept 2026-11-01 100',
        'component:default/kept 2026-11-02 100',
        'component:default/new 2026-11-02 100',
        'component:default/refreshed 2026-11-02 100',
      ]);

      // A later run on the same day: a result that changed again replaces its point.
      const later = '2026-11-02T12:00:00.000Z';
      const again = await store.beginEvaluationRun(new Date(later));
      expect(
        again.add([
          result('kept', { evaluatedAt: later }),
          result('changed', { evaluatedAt: later, score: 55, level: null }),
          result('new', { evaluatedAt: later }),
          result('refreshed', { evaluatedAt: later }),
        ]),
      ).toEqual({ inserted: 0, changed: 1, unchanged: 3 });
      // Left for `finish` to write.
      await expect(again.finish()).resolves.toEqual({
        inserted: 0,
        changed: 1,
        unchanged: 3,
        deleted: 0,
      });
      await expect(readinessPointsOf('changed')).resolves.toEqual([
        '2026-11-01 100',
        '2026-11-02 55',
      ]);

      // Another run that sees nothing deletes everything, keeps history.
      const empty = await store.beginEvaluationRun(new Date(DAY_2));
      await expect(empty.finish()).resolves.toEqual({
        inserted: 0,
        changed: 0,
        unchanged: 0,
        deleted: 4,
      });
      expect(
        Number((await knex('scorecard_results').count({ n: '*' }))[0].n),
      ).toBe(0);
      // The seven readiness points above and the dx point of 'gone'.
      expect(
        Number((await knex('scorecard_history').count({ n: '*' }))[0].n),
      ).toBe(8);
    });

    it('stores a field a result leaves undefined as null', async () => {
      // Results come from check types of other modules too; a missing score is no score.
      const unscored = {
        ...result('a'),
        score: undefined,
      } as unknown as StoredScorecardResult;
      await expect(store.saveResults([unscored])).resolves.toEqual({
        inserted: 1,
        changed: 0,
        unchanged: 0,
      });
      const [a] = await store.getEntityResults('component:default/a');
      expect(a.score).toBeNull();
    });

    it('keeps a result, its point and its time over one evaluated before it', async () => {
      // Two refreshes of one entity that crossed: the earlier evaluation is saved last.
      await store.saveResults([result('a', { evaluatedAt: DAY_1_LATER })]);
      await expect(
        store.saveResults([
          result('a', { score: 40, level: null }),
          result('b', { evaluatedAt: DAY_1 }),
        ]),
      ).resolves.toEqual({ inserted: 1, changed: 0, unchanged: 1 });
      // Equal to the stored one but older: its time does not go back either.
      await store.saveResults([result('a', { evaluatedAt: DAY_1 })]);

      const [a] = await store.getEntityResults('component:default/a');
      expect([a.score, a.evaluatedAt]).toEqual([100, DAY_1_LATER]);
      await expect(readinessPointsOf('a')).resolves.toEqual(['2026-11-01 100']);
    });

    it('keeps a result refreshed during a run over the older one the run writes', async () => {
      await store.saveResults([result('a')]);
      const run = await store.beginEvaluationRun(new Date(DAY_2));
      const refreshedAt = '2026-11-02T08:00:05.000Z';
      await store.saveResults([
        result('a', { evaluatedAt: refreshedAt, score: 90, level: null }),
      ]);
      // The run evaluated 'a' before the refresh, with the catalog as it was then.
      run.add([
        result('a', { evaluatedAt: DAY_2, score: 40, level: null }),
        result('b', { evaluatedAt: DAY_2 }),
      ]);
      await run.write();
      await expect(run.finish()).resolves.toEqual({
        inserted: 1,
        changed: 1,
        unchanged: 0,
        deleted: 0,
      });

      const [a] = await store.getEntityResults('component:default/a');
      expect([a.score, a.evaluatedAt]).toEqual([90, refreshedAt]);
      const [b] = await store.getEntityResults('component:default/b');
      expect([b.score, b.evaluatedAt]).toEqual([100, DAY_2]);
      await expect(readinessPointsOf('a')).resolves.toEqual([
        '2026-11-01 100',
        '2026-11-02 90',
      ]);
    });

    it('an evaluation run that sees an entity twice before a write stores the last result', async () => {
      // The catalog can serve an entity on two pages when it moves between them.
      const run = await store.beginEvaluationRun(new Date(DAY_2));
      run.add([result('a', { evaluatedAt: DAY_2, score: 40, level: null })]);
      run.add([result('a', { evaluatedAt: DAY_2, score: 60, level: null })]);
      await run.write();
      await expect(run.finish()).resolves.toEqual({
        // Each `add` counts what it was given, the entity seen twice too.
        inserted: 2,
        changed: 0,
        unchanged: 0,
        deleted: 0,
      });

      const [a] = await store.getEntityResults('component:default/a');
      expect(a.score).toBe(60);
      await expect(readinessPointsOf('a')).resolves.toEqual(['2026-11-02 60']);
    });

    it('an evaluation run of many slices stores every result and its point by its end', async () => {
      // 6,000 results in slices of 250, as the evaluator adds and writes them: on SQLite the
      // rows wait for commits of 2,500, each one statement, and the last 1,000 are committed
      // by `finish`.
      const slice = (from: number) =>
        Array.from({ length: 250 }, (_, i) =>
          result(`service-${from + i}`, { evaluatedAt: DAY_2 }),
        );
      let resultWrites = 0;
      const onQuery = (query: { sql: string }) => {
        if (/insert into [`"]scorecard_results[`"]/.test(query.sql)) {
          resultWrites += 1;
        }
      };
      knex.on('query', onQuery);
      const run = await store.beginEvaluationRun(new Date(DAY_2));
      for (let from = 0; from < 6000; from += 250) {
        expect(run.add(slice(from))).toEqual({
          inserted: 250,
          changed: 0,
          unchanged: 0,
        });
        await run.write();
      }
      await expect(run.finish()).resolves.toEqual({
        inserted: 6000,
        changed: 0,
        unchanged: 0,
        deleted: 0,
      });
      knex.off('query', onQuery);
      expect(resultWrites).toBe(databaseId === 'SQLITE_3' ? 3 : 24);

      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      await expect(count('scorecard_results')).resolves.toBe(6000);
      await expect(count('scorecard_history')).resolves.toBe(6000);
      const [last] = await store.getEntityResults(
        'component:default/service-5999',
      );
      expect(last).toEqual(result('service-5999', { evaluatedAt: DAY_2 }));

      // The next day, nothing changed: no result is written, each gets that day's point.
      const next = await store.beginEvaluationRun(new Date(DAY_3));
      for (let from = 0; from < 6000; from += 250) {
        next.add(slice(from).map(r => ({ ...r, evaluatedAt: DAY_3 })));
        await next.write();
      }
      await expect(next.finish()).resolves.toEqual({
        inserted: 0,
        changed: 0,
        unchanged: 6000,
        deleted: 0,
      });
      await expect(count('scorecard_history')).resolves.toBe(12000);
      const [unchanged] = await store.getEntityResults(
        'component:default/service-5999',
      );
      expect(unchanged.evaluatedAt).toBe(DAY_3);
    });

    it('deletes the results of one entity for some scorecards', async () => {
      await store.saveResults([
        result('a'),
        result('a', { scorecardId: 'dx' }),
        result('a', { scorecardId: 'security' }),
        result('b'),
      ]);
      await store.deleteResults('Component:Default/A', ['readiness', 'dx']);
      await store.deleteResults('component:default/a', []);

      const left = await store.getEntityResults('component:default/a');
      expect(left.map(r => r.scorecardId)).toEqual(['security']);
      await expect(
        store.getEntityResults('component:default/b'),
      ).resolves.toHaveLength(1);
    });

    describe('getHistory', () => {
      beforeEach(async () => {
        // a (team-a, payments): 50, then 60 later the same day, unchanged on day 2, 80 on day 3.
        // b (team-b, payments): 20 on day 1, unscored on day 3. c (team-b): 100 on day 2 only.
        const a = { systemRef: 'system:default/payments' };
        const b = { ...a, ownerRef: 'group:default/team-b' };
        await store.saveResults([
          result('a', { ...a, score: 50 }),
          result('b', { ...b, score: 20 }),
        ]);
        await store.saveResults([
          result('a', { ...a, score: 60, evaluatedAt: DAY_1_LATER }),
        ]);
        await store.saveResults([
          result('a', { ...a, score: 60, evaluatedAt: DAY_2 }),
          result('c', {
            ownerRef: 'group:default/team-b',
            evaluatedAt: DAY_2,
          }),
        ]);
        await store.saveResults([
          result('a', { ...a, score: 80, evaluatedAt: DAY_3 }),
          result('b', { ...b, score: null, level: null, evaluatedAt: DAY_3 }),
        ]);
      });

      const range = { from: '2026-11-01', to: '2026-11-03' };

      it('gives the points of one entity, the last of each day', async () => {
        await expect(
          store.getHistory({
            scorecardId: 'readiness',
            entityRef: 'Component:Default/A',
            ...range,
          }),
        ).resolves.toEqual([
          { day: '2026-11-01', meanScore: 60, entities: 1 },
          { day: '2026-11-02', meanScore: 60, entities: 1 },
          { day: '2026-11-03', meanScore: 80, entities: 1 },
        ]);
      });

      it('averages the entities of owners or systems per day', async () => {
        await expect(
          store.getHistory({
            scorecardId: 'readiness',
            ownerRefs: ['group:default/team-b'],
            ...range,
          }),
        ).resolves.toEqual([
          { day: '2026-11-01', meanScore: 20, entities: 1 },
          { day: '2026-11-02', meanScore: 100, entities: 1 },
          { day: '2026-11-03', meanScore: null, entities: 1 },
        ]);
        await expect(
          store.getHistory({
            scorecardId: 'readiness',
            systemRefs: ['system:default/payments'],
            ...range,
          }),
        ).resolves.toEqual([
          { day: '2026-11-01', meanScore: 40, entities: 2 },
          { day: '2026-11-02', meanScore: 60, entities: 1 },
          { day: '2026-11-03', meanScore: 80, entities: 2 },
        ]);
        await expect(
          store.getHistory({
            scorecardId: 'readiness',
            ownerRefs: ['group:default/team-a'],
            systemRefs: ['system:default/payments'],
            from: '2026-11-02',
            to: '2026-11-02',
          }),
        ).resolves.toEqual([{ day: '2026-11-02', meanScore: 60, entities: 1 }]);
      });

      it('covers the whole scorecard without a filter', async () => {
        await expect(
          store.getHistory({ scorecardId: 'readiness', ...range }),
        ).resolves.toEqual([
          { day: '2026-11-01', meanScore: 40, entities: 2 },
          { day: '2026-11-02', meanScore: 80, entities: 2 },
          { day: '2026-11-03', meanScore: 80, entities: 2 },
        ]);
        await expect(
          store.getHistory({ scorecardId: 'dx', ...range }),
        ).resolves.toEqual([]);
      });

      it('rejects days that are not YYYY-MM-DD', async () => {
        await expect(
          store.getHistory({
            scorecardId: 'readiness',
            from: '2026-11-01T00:00:00Z',
            to: '2026-11-03',
          }),
        ).rejects.toThrow(/YYYY-MM-DD/);
      });
    });

    it('rolls up scores, levels and failing checks', async () => {
      const checks = (...statuses: CheckStatus[]) =>
        statuses.map((status, i) => check(`c${i + 1}`, status));
      await store.saveResults([
        result('a', {
          score: 90,
          level: 'Gold',
          checks: checks('pass', 'fail', 'warn', 'pass'),
        }),
        result('b', {
          score: 60,
          level: 'Bronze',
          checks: checks('fail', 'fail', 'pass', 'pass'),
        }),
        result('c', {
          score: null,
          level: null,
          checks: checks('unknown', 'fail', 'error', 'waived'),
        }),
        result('d', {
          score: 30,
          level: null,
          systemRef: 'system:default/s',
          ownerRef: 'group:default/team-b',
          checks: checks('fail', 'pass', 'pass', 'pass'),
        }),
        result('e', {
          score: 0,
          level: null,
          ownerRef: 'group:default/team-c',
          checks: checks('fail', 'fail', 'fail', 'fail'),
        }),
        result('a', {
          scorecardId: 'dx',
          score: 50,
          level: 'Bronze',
          checks: checks('warn'),
        }),
      ]);

      await expect(
        store.getRollups({ ownerRefs: ['Group:Default/Team-A'] }),
      ).resolves.toEqual([
        {
          scorecardId: 'dx',
          entities: 1,
          meanScore: 50,
          levels: { Bronze: 1 },
          worstChecks: [{ checkId: 'c1', failing: 1, total: 1 }],
        },
        {
          scorecardId: 'readiness',
          entities: 3,
          meanScore: 75,
          levels: { Gold: 1, Bronze: 1, none: 1 },
          worstChecks: [
            { checkId: 'c2', failing: 3, total: 3 },
            { checkId: 'c1', failing: 1, total: 3 },
            { checkId: 'c3', failing: 1, total: 3 },
          ],
        },
      ]);

      await expect(
        store.getRollups({
          ownerRefs: ['group:default/team-a'],
          systemRefs: ['system:default/s'],
        }),
      ).resolves.toMatchObject([
        { scorecardId: 'dx', entities: 1 },
        {
          scorecardId: 'readiness',
          entities: 4,
          meanScore: 60,
          levels: { Gold: 1, Bronze: 1, none: 2 },
          worstChecks: [
            { checkId: 'c2', failing: 3, total: 4 },
            { checkId: 'c1', failing: 2, total: 4 },
            { checkId: 'c3', failing: 1, total: 4 },
          ],
        },
      ]);

      await expect(
        store.getRollups({ systemRefs: ['system:default/s'] }),
      ).resolves.toEqual([
        {
          scorecardId: 'readiness',
          entities: 1,
          meanScore: 30,
          levels: { none: 1 },
          worstChecks: [{ checkId: 'c1', failing: 1, total: 1 }],
        },
      ]);
      await expect(
        store.getRollups({ ownerRefs: ['group:default/nobody'] }),
      ).resolves.toEqual([]);

      // Without a filter: every entity; at most five worst checks.
      const [, all] = await store.getRollups({});
      expect(all).toMatchObject({ scorecardId: 'readiness', entities: 5 });
      expect(all.meanScore).toBeCloseTo(45);
      expect(all.worstChecks.map(c => [c.checkId, c.failing])).toEqual([
        ['c2', 4],
        ['c1', 3],
        ['c3', 2],
        ['c4', 1],
      ]);
    });

    it('saves 3,000 results of 10 checks in batches', async () => {
      const statuses: CheckStatus[] = ['pass', 'fail', 'warn', 'unknown'];
      const bulk = (evaluatedAt: string, changed: (i: number) => boolean) =>
        Array.from({ length: 3000 }, (_, i) =>
          result(`service-${i}`, {
            evaluatedAt,
            ownerRef: `group:default/team-${i % 50}`,
            score: changed(i) ? 0.25 : (i % 100) + 0.5,
            level: i % 3 === 0 ? 'Gold' : null,
            checks: Array.from({ length: 10 }, (__, c) => ({
              checkId: `check-${c}`,
              status: statuses[(i + c) % statuses.length],
              score: ((i + c) % 10) / 10,
              message: `check ${c} of service ${i}`,
              facts: { index: i, check: c, tags: ['x', 'y'] },
            })),
          }),
        );

      await expect(
        store.saveResults(bulk(DAY_1, () => false)),
      ).resolves.toEqual({ inserted: 3000, changed: 0, unchanged: 0 });
      await expect(
        store.saveResults(bulk(DAY_2, () => false)),
      ).resolves.toEqual({ inserted: 0, changed: 0, unchanged: 3000 });
      await expect(
        store.saveResults(bulk(DAY_2, i => i % 10 === 0)),
      ).resolves.toEqual({
        inserted: 0,
        changed: 300,
        unchanged: 2700,
      });

      const count = async (table: string) =>
        Number((await knex(table).count({ n: '*' }))[0].n);
      await expect(count('scorecard_results')).resolves.toBe(3000);
      await expect(count('scorecard_history')).resolves.toBe(6000);

      const page = await store.listResults({
        scorecardId: 'readiness',
        ownerRefs: ['group:default/team-7'],
        orderBy: 'score',
        limit: 10,
        offset: 0,
      });
      expect(page.totalItems).toBe(60);
      expect(page.items).toHaveLength(10);
      expect(page.items.every(item => item.checks.length === 10)).toBe(true);
    });
  });
});
