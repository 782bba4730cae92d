import type { SurveyPeriodUnit } from '../api/surveys';

/**
 * Every survey period unit.
 *
 * @public
 */
export const SURVEY_PERIOD_UNITS: readonly SurveyPeriodUnit[] = [
  'month',
  'quarter',
  'half-year',
  'year',
];

/**
 * A survey period: its id and its bounds.
 *
 * @public
 */
export interface SurveyPeriod {
  /** `2026-11` (month), `2026-Q4` (quarter), `2026-H2` (half-year), `2026` (year). */
  id: string;
  /** First instant, UTC. */
  start: Date;
  /** First instant after the period, UTC. */
  end: Date;
}

const MONTHS_PER_PERIOD: Record<SurveyPeriodUnit, number> = {
  month: 1,
  quarter: 3,
  'half-year': 6,
  year: 12,
};

function periodId(unit: SurveyPeriodUnit, year: number, index: number) {
  switch (unit) {
    case 'month':
      return `${year}-${String(index + 1).padStart(2, '0')}`;
    case 'quarter':
      return `${year}-Q${index + 1}`;
    case 'half-year':
      return `${year}-H${index + 1}`;
    default:
      return `${year}`;
  }
}

/**
 * The period (in UTC, so every replica and user agrees) that contains a time.
 *
 * @public
 */
export function surveyPeriodOf(
  time: Date,
  unit: SurveyPeriodUnit,
): SurveyPeriod {
  const months = MONTHS_PER_PERIOD[unit];
  const year = time.getUTCFullYear();
  const index = Math.floor(time.getUTCMonth() / months);
  return {
    id: periodId(unit, year, index),
    start: new Date(Date.UTC(year, index * months, 1)),
    end: new Date(Date.UTC(year, (index + 1) * months, 1)),
  };
}

/**
 * The `count` periods ending with the one containing `time`, oldest first.
 *
 * @public
 */
export function recentSurveyPeriods(
  time: Date,
  unit: SurveyPeriodUnit,
  count: number,
): SurveyPeriod[] {
  const periods: SurveyPeriod[] = [];
  let period = surveyPeriodOf(time, unit);
  for (let i = 0; i < count; i++) {
    periods.unshift(period);
    period = surveyPeriodOf(new Date(period.start.getTime() - 1), unit);
  }
  return periods;
}
