import { recentSurveyPeriods, surveyPeriodOf } from './surveyPeriods';

const NOV_26 = new Date('2026-11-26T10:00:00Z');

describe('surveyPeriodOf', () => {
  it.each([
    ['month', '2026-11', '2026-11-01', '2026-12-01'],
    ['quarter', '2026-Q4', '2026-10-01', '2027-01-01'],
    ['half-year', '2026-H2', '2026-07-01', '2027-01-01'],
    ['year', '2026', '2026-01-01', '2027-01-01'],
  ] as const)('gives the %s of a time', (unit, id, start, end) => {
    expect(surveyPeriodOf(NOV_26, unit)).toEqual({
      id,
      start: new Date(`${start}T00:00:00Z`),
      end: new Date(`${end}T00:00:00Z`),
    });
  });

  it('uses UTC at the bounds', () => {
    expect(
      surveyPeriodOf(new Date('2026-03-31T23:59:59.999Z'), 'quarter').id,
    ).toBe('2026-Q1');
    expect(surveyPeriodOf(new Date('2026-04-01T00:00:00Z'), 'quarter').id).toBe(
      '2026-Q2',
    );
  });
});

describe('recentSurveyPeriods', () => {
  it('goes back across years, oldest first', () => {
    expect(
      recentSurveyPeriods(new Date('2026-02-10T00:00:00Z'), 'quarter', 3).map(
        p => p.id,
      ),
    ).toEqual(['2025-Q3', '2025-Q4', '2026-Q1']);
    expect(
      recentSurveyPeriods(new Date('2026-01-10T00:00:00Z'), 'month', 2).map(
        p => p.id,
      ),
    ).toEqual(['2025-12', '2026-01']);
  });
});
