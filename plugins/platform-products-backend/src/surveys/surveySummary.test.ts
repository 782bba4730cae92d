import { surveyHistory } from './surveySummary';

describe('surveyHistory', () => {
  it('keeps periods with answers and the current one, oldest first', () => {
    const history = surveyHistory(
      new Map([
        ['2026-Q2', { promoters: 3, passives: 1, detractors: 0 }],
        ['2024-Q1', { promoters: 1, passives: 0, detractors: 0 }],
      ]),
      new Date('2026-11-26T00:00:00Z'),
      'quarter',
    );
    // 2024-Q1 is older than the last 8 quarters.
    expect(history.map(h => [h.period, h.responses, h.nps])).toEqual([
      ['2026-Q2', 4, 75],
      ['2026-Q4', 0, null],
    ]);
    expect(history[1]).toMatchObject({
      start: '2026-10-01T00:00:00.000Z',
      end: '2027-01-01T00:00:00.000Z',
    });
  });
});
