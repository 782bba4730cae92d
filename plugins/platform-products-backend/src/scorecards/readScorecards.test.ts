import { ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { readScorecards } from './readScorecards';
import { fixedOutcomeCheckType } from './testCheckTypes';

const checkTypes = new Map<string, ScorecardCheckType<unknown>>([
  ['fixed', fixedOutcomeCheckType as ScorecardCheckType<unknown>],
]);

function read(scorecards: unknown[]) {
  return readScorecards(
    new ConfigReader({
      platformProducts: { scorecards },
    } as unknown as JsonObject),
    checkTypes,
  );
}

const check = (extra: object = {}) => ({
  id: 'a-check',
  type: 'fixed',
  ...extra,
});
const scorecard = (extra: object = {}) => ({
  id: 'readiness',
  title: 'Readiness',
  checks: [check()],
  ...extra,
});

describe('readScorecards', () => {
  it('reads definitions with defaults and parsed params', () => {
    const [compiled] = read([
      scorecard({
        filter: { kind: 'Component', 'spec.type': ['service', 'website'] },
        levels: [
          { name: 'Gold', score: 90 },
          { name: 'Bronze', score: 50 },
        ],
        checks: [
          check({
            params: { score: 0.5 },
            weight: 3,
            title: 'A check',
            links: [{ url: 'https://example.com', title: 'Fix it' }],
          }),
          check({ id: 'other' }),
        ],
      }),
    ]);
    expect(compiled.definition).toEqual({
      id: 'readiness',
      title: 'Readiness',
      description: undefined,
      filter: { kind: 'Component', 'spec.type': ['service', 'website'] },
      levels: [
        { name: 'Bronze', score: 50 },
        { name: 'Gold', score: 90 },
      ],
      checks: [
        {
          id: 'a-check',
          type: 'fixed',
          title: 'A check',
          description: undefined,
          weight: 3,
          params: { score: 0.5 },
          links: [{ url: 'https://example.com', title: 'Fix it' }],
        },
        {
          id: 'other',
          type: 'fixed',
          title: 'other',
          description: undefined,
          weight: 1,
          params: {},
          links: [],
        },
      ],
    });
    expect(compiled.checks.map(c => c.params)).toEqual([
      { score: 0.5 },
      { score: 1 },
    ]);
  });

  it('reads no scorecards when none are configured', () => {
    expect(readScorecards(new ConfigReader({}), checkTypes)).toEqual([]);
  });

  it.each([
    [
      [scorecard({ checks: [check({ type: 'anotation' })] })],
      'Scorecard "readiness", check "a-check": unknown check type "anotation"; known types are fixed',
    ],
    [
      [scorecard({ checks: [check({ params: { score: 'high' } })] })],
      'Scorecard "readiness", check "a-check" (type fixed): params.score must be a number',
    ],
    [
      [scorecard({ checks: [check({ params: { scroe: 1 } })] })],
      'Scorecard "readiness", check "a-check" (type fixed): params.scroe is not a known param',
    ],
    [
      [scorecard({ checks: [check(), check()] })],
      'Scorecard "readiness": check id "a-check" is used twice',
    ],
    [
      [scorecard(), scorecard()],
      'platformProducts.scorecards: scorecard id "readiness" is used twice',
    ],
    [
      [scorecard({ id: 'Service Maturity' })],
      'platformProducts.scorecards[0]: id "Service Maturity" must be lowercase letters, digits and dashes',
    ],
    [
      [scorecard({ checks: [check({ id: 'has_docs' })] })],
      'Scorecard "readiness": id "has_docs" must be lowercase letters',
    ],
    [
      [scorecard({ checks: [check({ weight: -1 })] })],
      'Scorecard "readiness", check "a-check": weight must be a number of 0 or more',
    ],
    [
      [scorecard({ levels: [{ name: 'Gold', score: 120 }] })],
      'Scorecard "readiness": levels[0] "Gold" has score 120; expected 0 to 100',
    ],
    [
      [
        scorecard({
          levels: [
            { name: 'Gold', score: 90 },
            { name: 'Gold', score: 95 },
          ],
        }),
      ],
      'Scorecard "readiness": level names must be unique',
    ],
    [
      [scorecard({ filter: { kind: [] } })],
      'Scorecard "readiness": filter.kind must be a string or a list of strings',
    ],
  ])('rejects %j: %s', (scorecards, message) => {
    expect(() => read(scorecards)).toThrow(message);
  });

  it('names the missing field of a scorecard', () => {
    expect(() => read([{ id: 'x', checks: [] }])).toThrow(/title/);
    expect(() =>
      read([{ id: 'x', title: 'X', checks: [{ id: 'y' }] }]),
    ).toThrow(/type/);
  });
});
