import { Entity } from '@backstage/catalog-model';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { evaluateScorecard } from './evaluateScorecard';
import { CompiledScorecard } from './readScorecards';
import { fixedOutcomeCheckType } from './testCheckTypes';

const checkType = fixedOutcomeCheckType as ScorecardCheckType<unknown>;

const scorecard: CompiledScorecard = {
  definition: {
    id: 'readiness',
    title: 'Readiness',
    filter: {},
    levels: [
      { name: 'Bronze', score: 50 },
      { name: 'Gold', score: 90 },
    ],
    checks: [],
  },
  checks: [
    {
      definition: {
        id: 'docs',
        type: 'fixed',
        title: 'Docs',
        weight: 3,
        params: {},
        links: [],
      },
      checkType,
      params: { score: 1 },
    },
    {
      definition: {
        id: 'runbook',
        type: 'fixed',
        title: 'Runbook',
        weight: 1,
        params: {},
        links: [],
      },
      checkType: {
        ...checkType,
        evaluate: () => ({
          status: 'fail',
          score: 0,
          message: 'No runbook',
          facts: {},
        }),
      },
      params: {},
    },
  ],
};

const now = new Date('2026-11-26T10:00:00Z');

function entity(annotations: Record<string, string> = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout', annotations },
  };
}

describe('evaluateScorecard', () => {
  it('scores the weighted checks and finds the level', async () => {
    expect(await evaluateScorecard(scorecard, entity(), now)).toEqual({
      score: 75,
      level: 'Bronze',
      checks: [
        {
          checkId: 'docs',
          status: 'pass',
          score: 1,
          message: 'It is pass',
          facts: { status: 'pass' },
        },
        {
          checkId: 'runbook',
          status: 'fail',
          score: 0,
          message: 'No runbook',
          facts: {},
        },
      ],
    });
  });

  it('counts an active waiver as passed and keeps what the check found', async () => {
    const result = await evaluateScorecard(
      scorecard,
      entity({
        'paved-road.io/waive.readiness.runbook': '2026-11-26: rewriting it',
      }),
      now,
    );
    expect(result.score).toBe(100);
    expect(result.level).toBe('Gold');
    expect(result.checks[1]).toEqual({
      checkId: 'runbook',
      status: 'waived',
      score: 1,
      message: 'Waived until 2026-11-26: rewriting it',
      facts: { waivedStatus: 'fail', waivedMessage: 'No runbook' },
      waiver: { until: '2026-11-26', reason: 'rewriting it', expired: false },
    });
  });

  it('shows an expired waiver and ignores it', async () => {
    const result = await evaluateScorecard(
      scorecard,
      entity({
        'paved-road.io/waive.readiness.runbook': '2026-11-25: rewriting it',
      }),
      now,
    );
    expect(result.score).toBe(75);
    expect(result.checks[1]).toEqual({
      checkId: 'runbook',
      status: 'fail',
      score: 0,
      message: 'No runbook',
      facts: {},
      waiver: { until: '2026-11-25', reason: 'rewriting it', expired: true },
    });
  });

  it('reports a malformed waiver on its check and ignores it', async () => {
    const result = await evaluateScorecard(
      scorecard,
      entity({ 'paved-road.io/waive.readiness.runbook': 'soon: rewriting it' }),
      now,
    );
    expect(result.checks[1].status).toBe('fail');
    expect(result.checks[1].waiver).toBeUndefined();
    expect(result.checks[1].facts.waiverProblem).toContain(
      'paved-road.io/waive.readiness.runbook',
    );
  });

  it('gives error for a check that throws, and scores the others', async () => {
    const result = await evaluateScorecard(
      scorecard,
      entity({ outcome: 'throw' }),
      now,
    );
    expect(result.checks[0]).toEqual({
      checkId: 'docs',
      status: 'error',
      score: 0,
      message: 'The check could not be evaluated: boom',
      facts: {},
    });
    // Only the runbook check counts: 0 of 1.
    expect(result.score).toBe(0);
  });

  it('gives error for an outcome a check type should never return', async () => {
    const broken: CompiledScorecard = {
      ...scorecard,
      checks: [
        {
          ...scorecard.checks[0],
          checkType: {
            ...checkType,
            evaluate: () => ({
              status: 'great' as any,
              score: NaN,
              message: '',
              facts: {},
            }),
          },
        },
      ],
    };
    const result = await evaluateScorecard(broken, entity(), now);
    expect(result.checks[0].status).toBe('error');
    expect(result.score).toBeNull();
    expect(result.level).toBeNull();
  });

  it('awaits check types that are async, and gives error for one that rejects', async () => {
    const asyncScorecard: CompiledScorecard = {
      ...scorecard,
      checks: [
        {
          ...scorecard.checks[0],
          checkType: {
            ...checkType,
            evaluate: async () => ({
              status: 'warn',
              score: 0.5,
              message: 'Half way',
              facts: {},
            }),
          },
        },
        {
          ...scorecard.checks[1],
          checkType: {
            ...checkType,
            evaluate: async () => {
              throw new Error('store unavailable');
            },
          },
        },
      ],
    };
    const result = evaluateScorecard(asyncScorecard, entity(), now);
    expect(result).toBeInstanceOf(Promise);
    await expect(result).resolves.toEqual({
      score: 50,
      level: 'Bronze',
      checks: [
        {
          checkId: 'docs',
          status: 'warn',
          score: 0.5,
          message: 'Half way',
          facts: {},
        },
        {
          checkId: 'runbook',
          status: 'error',
          score: 0,
          message: 'The check could not be evaluated: store unavailable',
          facts: {},
        },
      ],
    });
  });
});
