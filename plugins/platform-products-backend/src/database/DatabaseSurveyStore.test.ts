import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseSurveyStore } from './DatabaseSurveyStore';

jest.setTimeout(60_000);

const AUTH = 'platformproduct:default/auth';

describe('DatabaseSurveyStore', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });

  describe.each(databases.eachSupportedId())('%p', databaseId => {
    let store: DatabaseSurveyStore;

    beforeEach(async () => {
      store = await DatabaseSurveyStore.create({
        knex: await databases.init(databaseId),
      });
    });

    const answer = (
      userRef: string,
      score: number,
      period = '2026-Q4',
      comment: string | null = null,
      answeredAt = '2026-11-01T10:00:00Z',
    ) => ({
      entityRef: AUTH,
      userRef,
      period,
      score,
      comment,
      answeredAt: new Date(answeredAt),
    });

    it('keeps one answer per user, entity and period; a second replaces the first', async () => {
      await expect(
        store.saveAnswer(answer('user:default/a', 3)),
      ).resolves.toEqual({ replaced: false });
      await expect(
        store.saveAnswer(
          answer(
            'User:Default/A',
            9,
            '2026-Q4',
            'better now',
            '2026-11-02T10:00:00Z',
          ),
        ),
      ).resolves.toEqual({ replaced: true });
      await expect(
        store.saveAnswer(answer('user:default/a', 5, '2026-Q3')),
      ).resolves.toEqual({ replaced: false });

      await expect(
        store.getAnswer(AUTH, '2026-Q4', 'user:default/a'),
      ).resolves.toEqual({
        period: '2026-Q4',
        score: 9,
        comment: 'better now',
        answeredAt: '2026-11-02T10:00:00.000Z',
      });
      await expect(
        store.getAnswer(AUTH, '2026-Q4', 'user:default/b'),
      ).resolves.toBeUndefined();
      // The replaced answer no longer counts: one detractor moved to promoters.
      await expect(
        store.countByPeriod(AUTH, ['2026-Q3', '2026-Q4']),
      ).resolves.toEqual(
        new Map([
          ['2026-Q3', { promoters: 0, passives: 0, detractors: 1 }],
          ['2026-Q4', { promoters: 1, passives: 0, detractors: 0 }],
        ]),
      );
    });

    it('counts answers by NPS category per period and per entity', async () => {
      for (const [user, score, period] of [
        ['a', 10, '2026-Q4'],
        ['b', 9, '2026-Q4'],
        ['c', 8, '2026-Q4'],
        ['d', 6, '2026-Q4'],
        ['e', 0, '2026-Q3'],
      ] as const) {
        await store.saveAnswer(answer(`user:default/${user}`, score, period));
      }
      await expect(
        store.countByPeriod(AUTH, ['2026-Q3', '2026-Q4', '2026-Q2']),
      ).resolves.toEqual(
        new Map([
          ['2026-Q3', { promoters: 0, passives: 0, detractors: 1 }],
          ['2026-Q4', { promoters: 2, passives: 1, detractors: 1 }],
        ]),
      );
      await expect(
        store.countByEntity([AUTH, 'platformproduct:default/other'], '2026-Q4'),
      ).resolves.toEqual(
        new Map([[AUTH, { promoters: 2, passives: 1, detractors: 1 }]]),
      );
    });

    it('lists the latest comments, newest first, without respondents', async () => {
      await store.saveAnswer(
        answer(
          'user:default/a',
          10,
          '2026-Q4',
          'first',
          '2026-11-01T10:00:00Z',
        ),
      );
      await store.saveAnswer(
        answer('user:default/b', 2, '2026-Q4', null, '2026-11-03T10:00:00Z'),
      );
      await store.saveAnswer(
        answer(
          'user:default/c',
          4,
          '2026-Q4',
          'second',
          '2026-11-02T10:00:00Z',
        ),
      );
      await expect(store.recentComments(AUTH, 5)).resolves.toEqual([
        {
          score: 4,
          comment: 'second',
          period: '2026-Q4',
          answeredAt: '2026-11-02T10:00:00.000Z',
        },
        {
          score: 10,
          comment: 'first',
          period: '2026-Q4',
          answeredAt: '2026-11-01T10:00:00.000Z',
        },
      ]);
    });
  });
});
