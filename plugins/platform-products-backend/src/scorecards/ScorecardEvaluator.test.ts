import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { DatabaseScorecardStore } from '../database/DatabaseScorecardStore';
import { CompiledScorecard } from './readScorecards';
import { ScorecardEvaluator } from './ScorecardEvaluator';
import { fixedOutcomeCheckType } from './testCheckTypes';

const component = (name: string, type = 'service'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type, owner: 'team-a', system: 'shop' },
});

const scorecard = (
  id: string,
  filter: Record<string, string>,
): CompiledScorecard => ({
  definition: { id, title: id, filter, levels: [], checks: [] },
  checks: [
    {
      definition: {
        id: 'ok',
        type: 'fixed',
        title: 'ok',
        weight: 1,
        params: {},
        links: [],
      },
      checkType: fixedOutcomeCheckType as ScorecardCheckType<unknown>,
      params: { score: 1 },
    },
  ],
});

const scorecards = [
  scorecard('services', { kind: 'Component', 'spec.type': 'service' }),
  scorecard('components', { kind: 'Component' }),
];

describe('ScorecardEvaluator', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

  async function setUp(entities: Entity[], pageSize = 2) {
    const store = await DatabaseScorecardStore.create({
      knex: await databases.init('SQLITE_3'),
    });
    const evaluatorFor = (catalogEntities: Entity[]) =>
      new ScorecardEvaluator({
        scorecards,
        store,
        catalog: catalogServiceMock({ entities: catalogEntities }),
        auth: mockServices.auth(),
        logger: mockServices.logger.mock(),
        pageSize,
      });
    return { store, evaluator: evaluatorFor(entities), evaluatorFor };
  }

  it('evaluates every matching entity page by page, then removes results of entities gone', async () => {
    const entities = ['a', 'b', 'c', 'd', 'e'].map(n => component(n));
    entities.push(component('site', 'website'));
    const { store, evaluator, evaluatorFor } = await setUp(entities);

    const first = await evaluator.evaluateAll();
    expect(first).toMatchObject({
      entities: 6,
      results: 11,
      inserted: 11,
      changed: 0,
      unchanged: 0,
      deleted: 0,
    });
    const [result] = await store.getEntityResults('component:default/a');
    expect(result).toMatchObject({
      entityKind: 'component',
      ownerRef: 'group:default/team-a',
      systemRef: 'system:default/shop',
      score: 100,
    });

    const again = await evaluator.evaluateAll();
    expect(again).toMatchObject({ inserted: 0, unchanged: 11, deleted: 0 });

    // "e" left the catalog: its two results go with it.
    const without = await evaluatorFor(
      entities.filter(e => e.metadata.name !== 'e'),
    ).evaluateAll();
    expect(without).toMatchObject({ entities: 5, results: 9, deleted: 2 });
    await expect(
      store.getEntityResults('component:default/e'),
    ).resolves.toEqual([]);
  });

  it('fails the run when a write fails, and then deletes nothing', async () => {
    const entities = ['a', 'b', 'c', 'd', 'e'].map(n => component(n));
    const { store, evaluatorFor } = await setUp(entities);
    await evaluatorFor(entities).evaluateAll();

    // The second of the run's writes fails while the third is under way.
    const beginRun = store.beginEvaluationRun.bind(store);
    const finish = jest.fn();
    jest.spyOn(store, 'beginEvaluationRun').mockImplementation(async at => {
      const run = await beginRun(at);
      let writes = 0;
      return {
        add: results => run.add(results),
        write: async () => {
          writes += 1;
          if (writes === 2) {
            throw new Error('disk full');
          }
          return run.write();
        },
        finish: async () => {
          finish();
          return run.finish();
        },
      };
    });
    const without = evaluatorFor(entities.filter(e => e.metadata.name !== 'e'));

    await expect(without.evaluateAll()).rejects.toThrow('disk full');
    expect(finish).not.toHaveBeenCalled();
    // "e" left the catalog, but a failed run removes nothing.
    await expect(
      store.getEntityResults('component:default/e'),
    ).resolves.toHaveLength(2);
  });

  it('re-evaluates one entity and drops scorecards that no longer apply to it', async () => {
    const { store, evaluator } = await setUp([component('a')]);
    await evaluator.evaluateAll();
    expect(
      (await store.getEntityResults('component:default/a')).map(
        r => r.scorecardId,
      ),
    ).toEqual(['components', 'services']);

    // It became a website: the services scorecard no longer applies.
    const results = await evaluator.evaluateEntity(component('a', 'website'));
    expect(results.map(r => r.scorecardId)).toEqual(['components']);
    expect(
      (await store.getEntityResults('component:default/a')).map(
        r => r.scorecardId,
      ),
    ).toEqual(['components']);
  });
});
