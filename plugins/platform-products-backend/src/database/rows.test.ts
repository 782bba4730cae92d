import { normalizeResult, toIsoTimestamp } from './rows';

describe('toIsoTimestamp', () => {
  const iso = '2026-11-26T10:15:30.123Z';

  it('reads what either driver returns', () => {
    expect(toIsoTimestamp(new Date(iso))).toBe(iso);
    expect(toIsoTimestamp(Date.parse(iso))).toBe(iso);
    expect(toIsoTimestamp(String(Date.parse(iso)))).toBe(iso);
    expect(toIsoTimestamp(iso)).toBe(iso);
    expect(toIsoTimestamp('2026-11-26T12:15:30.123+02:00')).toBe(iso);
  });

  it('reads a zoneless SQLite timestamp as UTC', () => {
    expect(toIsoTimestamp('2026-11-26 10:15:30')).toBe(
      '2026-11-26T10:15:30.000Z',
    );
  });
});

describe('normalizeResult', () => {
  const result = {
    entityRef: 'Component:Default/A',
    scorecardId: 'readiness',
    entityKind: 'Component',
    ownerRef: 'Group:Default/Team-A',
    systemRef: null,
    score: 50,
    level: null,
    evaluatedAt: '2026-11-26T23:30:00-02:00',
    checks: [],
  };

  it('lowercases refs and gives evaluatedAt in UTC', () => {
    expect(normalizeResult(result)).toEqual({
      ...result,
      entityRef: 'component:default/a',
      entityKind: 'component',
      ownerRef: 'group:default/team-a',
      evaluatedAt: '2026-11-27T01:30:00.000Z',
    });
  });

  it('rejects an invalid evaluatedAt', () => {
    expect(() =>
      normalizeResult({ ...result, evaluatedAt: 'yesterday' }),
    ).toThrow(/Invalid evaluatedAt/);
  });
});
