import type { ProductSummary } from '@paved-road/plugin-platform-products-common';
import { compareNullable, slaRank, toProductRow } from './productRows';

describe('productRows', () => {
  it('flattens a summary, taking the first scorecard and known rates only', () => {
    const row = toProductRow({
      entityRef: 'platformproduct:default/auth',
      namespace: 'default',
      name: 'auth',
      type: 'service',
      lifecycle: 'production',
      owner: 'group:identity',
      adoption: {
        adopters: 0,
        population: 0,
        rate: null,
        target: null,
        gap: null,
        belowTarget: false,
        teamsAdopting: 0,
        teamsTotal: 0,
        computedAt: '2026-11-02T06:00:00Z',
        history: [
          {
            day: '2026-11-01',
            adopters: 1,
            population: 2,
            rate: 0.5,
            teamsAdopting: 1,
          },
          {
            day: '2026-11-02',
            adopters: 0,
            population: 0,
            rate: null,
            teamsAdopting: 0,
          },
        ],
      },
      satisfaction: null,
      scorecards: [
        { scorecardId: 'a', score: 80, level: 'Silver' },
        { scorecardId: 'b', score: 10, level: null },
      ],
      value: null,
    } as ProductSummary);
    expect(row).toMatchObject({
      title: 'auth',
      level: 'Silver',
      score: 80,
      adoptionRate: null,
      adoptionTrend: [0.5],
      slaStatus: null,
      nps: null,
    });
  });

  it('sorts unknown values last and breached SLAs first', () => {
    expect([3, null, 1].sort(compareNullable)).toEqual([1, 3, null]);
    expect(slaRank('breached')).toBeLessThan(slaRank('met'));
    expect(slaRank(null)).toBeGreaterThan(slaRank('met'));
  });
});
