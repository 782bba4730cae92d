export { countNpsCategories, npsCategory, summarizeNps } from './nps';
export type { NpsCounts } from './nps';
export {
  recentSurveyPeriods,
  surveyPeriodOf,
  SURVEY_PERIOD_UNITS,
} from './surveyPeriods';
export type { SurveyPeriod } from './surveyPeriods';
