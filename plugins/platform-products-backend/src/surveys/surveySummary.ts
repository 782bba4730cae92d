import {
  NpsCounts,
  recentSurveyPeriods,
  summarizeNps,
  SurveyPeriodSummary,
  SurveyPeriodUnit,
} from '@paved-road/plugin-platform-products-common';

/** How many periods the history goes back, the current one included. */
export const SURVEY_HISTORY_PERIODS = 8;

/**
 * The NPS of each of the last periods, oldest first: the current one always, earlier ones
 * only when they have answers (a gap is no data, not an NPS of zero).
 */
export function surveyHistory(
  countsByPeriod: ReadonlyMap<string, NpsCounts>,
  now: Date,
  unit: SurveyPeriodUnit,
): SurveyPeriodSummary[] {
  const periods = recentSurveyPeriods(now, unit, SURVEY_HISTORY_PERIODS);
  const current = periods[periods.length - 1];
  return periods
    .filter(p => p === current || countsByPeriod.has(p.id))
    .map(p => ({
      period: p.id,
      start: p.start.toISOString(),
      end: p.end.toISOString(),
      ...summarizeNps(
        countsByPeriod.get(p.id) ?? {
          promoters: 0,
          passives: 0,
          detractors: 0,
        },
      ),
    }));
}
