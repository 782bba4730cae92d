import { mockServices } from '@backstage/backend-test-utils';
import { readSurveyPeriodUnit } from './insights';

describe('readSurveyPeriodUnit', () => {
  const config = (period?: string) =>
    mockServices.rootConfig({
      data: period ? { platformProducts: { surveys: { period } } } : {},
    });

  it('defaults to a quarter and reads the configured period', () => {
    expect(readSurveyPeriodUnit(config())).toBe('quarter');
    expect(readSurveyPeriodUnit(config('half-year'))).toBe('half-year');
  });

  it('refuses an unknown period, naming the key and the choices', () => {
    expect(() => readSurveyPeriodUnit(config('week'))).toThrow(
      'platformProducts.surveys.period must be one of month, quarter, half-year, year, got "week"',
    );
  });
});
