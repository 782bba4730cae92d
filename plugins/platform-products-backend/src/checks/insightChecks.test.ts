import { TestDatabases } from '@backstage/backend-test-utils';
import { DatabaseAdoptionStore } from '../database/DatabaseAdoptionStore';
import { DatabaseMetricStore } from '../database/DatabaseMetricStore';
import { DatabaseSurveyStore } from '../database/DatabaseSurveyStore';
import { adoptersCheckType } from './adoptersCheck';
import { adoptionRateCheckType } from './adoptionRateCheck';
import { metricCheckType, percentileOf } from './metricCheck';
import { npsCheckType } from './npsCheck';
import { surveyResponsesCheckType } from './surveyResponsesCheck';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

jest.setTimeout(60_000);

// evaluateCheck evaluates at 2026-10-01, in 2026-Q4.
const NOW = '2026-10-01T00:00:00.000Z';
const product = makeEntity({
  kind: 'PlatformProduct',
  metadata: { name: 'auth', namespace: 'default' },
});
const other = makeEntity({ metadata: { name: 'web', namespace: 'default' } });
const REF = 'platformproduct:default/auth';

describe('insight check types', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let adoption: DatabaseAdoptionStore;
  let surveys: DatabaseSurveyStore;
  let metrics: DatabaseMetricStore;

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    adoption = await DatabaseAdoptionStore.create({ knex });
    surveys = await DatabaseSurveyStore.create({ knex, skipMigrations: true });
    metrics = await DatabaseMetricStore.create({ knex, skipMigrations: true });
    await adoption.replaceAdoption([
      {
        productRef: REF,
        population: { kind: 'Component' },
        summary: {
          adopters: 3,
          population: 10,
          rate: 0.3,
          target: 0.6,
          gap: 0.3,
          belowTarget: true,
          teamsAdopting: 2,
          teamsTotal: 5,
          computedAt: NOW,
        },
        adopters: [],
        teams: [],
        timeToMarket: null,
      },
    ]);
    for (const [i, score] of [10, 9, 9, 3].entries()) {
      await surveys.saveAnswer({
        entityRef: REF,
        userRef: `user:default/u${i}`,
        period: '2026-Q4',
        score,
        comment: null,
        answeredAt: new Date(NOW),
      });
    }
    await metrics.addPoints(
      [5, 1, 9, 3].map((value, i) => ({
        entityRef: REF,
        metric: 'lead-time-hours',
        timestampMs: Date.parse(NOW) - (4 - i) * 86_400_000,
        value,
      })),
    );
  });

  it('adoption-rate grades towards the check target, else the product target', async () => {
    const check = adoptionRateCheckType(adoption);
    await expect(
      evaluateCheck(check, { target: '40%' }, product),
    ).resolves.toMatchObject({
      status: 'warn',
      score: expect.closeTo(0.75, 10),
      message: 'Adoption is 30% (3 of 10), below the target of 40%',
    });
    await expect(evaluateCheck(check, {}, product)).resolves.toMatchObject({
      score: 0.5,
    });
    await expect(
      evaluateCheck(check, { target: '30%' }, product),
    ).resolves.toMatchObject({ status: 'pass', score: 1 });
    await expect(evaluateCheck(check, {}, other)).resolves.toMatchObject({
      status: 'unknown',
    });
    expect(() => check.parseParams({ target: 60 })).toThrow(
      'params.target must be a percentage',
    );
  });

  it('adopters counts towards a minimum', async () => {
    const check = adoptersCheckType(adoption);
    await expect(
      evaluateCheck(check, { min: 6 }, product),
    ).resolves.toMatchObject({ status: 'warn', score: 0.5 });
    expect(() => check.parseParams({ min: 0 })).toThrow(
      'params.min must be an integer of at least 1',
    );
  });

  it('nps needs enough answers, then compares with the minimum', async () => {
    const check = npsCheckType(surveys, 'quarter');
    // 3 promoters, 1 detractor: NPS 50.
    await expect(
      evaluateCheck(check, { min: 40, minResponses: 4 }, product),
    ).resolves.toMatchObject({
      status: 'pass',
      facts: { nps: 50, responses: 4 },
    });
    await expect(
      evaluateCheck(check, { min: 60, minResponses: 4 }, product),
    ).resolves.toMatchObject({ status: 'fail' });
    await expect(
      evaluateCheck(check, { min: 0, minResponses: 5 }, product),
    ).resolves.toMatchObject({ status: 'unknown' });
    expect(() => check.parseParams({ min: 101 })).toThrow(
      'params.min must be a number at least -100 and at most 100',
    );
  });

  it('survey-responses counts the answers of the period', async () => {
    const check = surveyResponsesCheckType(surveys, 'quarter');
    await expect(
      evaluateCheck(check, { min: 8 }, product),
    ).resolves.toMatchObject({ status: 'warn', score: 0.5 });
  });

  it('metric judges the latest value or a percentile over the window', async () => {
    const check = metricCheckType(metrics);
    await expect(
      evaluateCheck(check, { metric: 'lead-time-hours', max: 4 }, product),
    ).resolves.toMatchObject({
      status: 'pass',
      facts: { value: 3 },
    });
    await expect(
      evaluateCheck(
        check,
        { metric: 'lead-time-hours', max: 4, percentile: 75 },
        product,
      ),
    ).resolves.toMatchObject({
      status: 'fail',
      facts: { value: 5, points: 4 },
    });
    await expect(
      evaluateCheck(
        check,
        { metric: 'lead-time-hours', max: 4, window: '2d' },
        other,
      ),
    ).resolves.toMatchObject({ status: 'unknown' });
    expect(() => check.parseParams({ metric: 'lead-time-hours' })).toThrow(
      'Give params.max, params.min or both',
    );
    expect(() =>
      check.parseParams({ metric: 'x', max: 1, window: 'soon' }),
    ).toThrow('params.window must be a duration');
  });

  it('takes nearest-rank percentiles', () => {
    expect(percentileOf([5, 1, 9, 3], 50)).toBe(3);
    expect(percentileOf([5, 1, 9, 3], 100)).toBe(9);
  });
});
