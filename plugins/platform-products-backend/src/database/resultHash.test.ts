import { CheckResult } from '@paved-road/plugin-platform-products-common';
import { resultHash } from './resultHash';
import { serializeChecks } from './rows';
import { StoredScorecardResult } from './ScorecardStore';

const checks: CheckResult[] = [
  { checkId: 'a', status: 'pass', score: 1, message: 'ok', facts: { n: 1 } },
  {
    checkId: 'b',
    status: 'waived',
    score: 1,
    message: 'waived',
    facts: {},
    waiver: { until: '2027-01-01', reason: 'later', expired: false },
  },
];

const result: StoredScorecardResult = {
  entityRef: 'component:default/a',
  scorecardId: 'readiness',
  entityKind: 'component',
  ownerRef: 'group:default/team-a',
  systemRef: null,
  score: 100,
  level: 'Gold',
  evaluatedAt: '2026-11-26T10:00:00.000Z',
  checks,
};

const hashOf = (r: StoredScorecardResult) =>
  resultHash(r, serializeChecks(r.checks));

describe('resultHash', () => {
  it('ignores evaluatedAt', () => {
    expect(hashOf({ ...result, evaluatedAt: '2026-11-27T10:00:00.000Z' })).toBe(
      hashOf(result),
    );
  });

  it.each<[string, Partial<StoredScorecardResult>]>([
    ['score', { score: 99 }],
    ['level', { level: null }],
    ['owner', { ownerRef: 'group:default/team-b' }],
    ['system', { systemRef: 'system:default/s' }],
    ['kind', { entityKind: 'api' }],
    ['a check', { checks: [{ ...checks[0], status: 'warn' }, checks[1]] }],
    ['a fact', { checks: [{ ...checks[0], facts: { n: 2 } }, checks[1]] }],
    ['a waiver', { checks: [checks[0], { ...checks[1], waiver: undefined }] }],
    ['the checks', { checks: [checks[0]] }],
    ['the order of checks', { checks: [checks[1], checks[0]] }],
  ])('changes with %s', (_what, change) => {
    expect(hashOf({ ...result, ...change })).not.toBe(hashOf(result));
  });
});
