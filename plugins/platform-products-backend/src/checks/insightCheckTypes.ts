import { SurveyPeriodUnit } from '@paved-road/plugin-platform-products-common';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { AdoptionStore } from '../database/AdoptionStore';
import { MetricStore } from '../database/MetricStore';
import { SurveyStore } from '../database/SurveyStore';
import { adoptersCheckType } from './adoptersCheck';
import { adoptionRateCheckType } from './adoptionRateCheck';
import { metricCheckType } from './metricCheck';
import { npsCheckType } from './npsCheck';
import { surveyResponsesCheckType } from './surveyResponsesCheck';

/**
 * The built-in check types that read adoption, surveys and metrics from the plugin's
 * stores (typed `any` for the reason given in builtinCheckTypes).
 */
export function insightCheckTypes(options: {
  adoptionStore: AdoptionStore;
  surveyStore: SurveyStore;
  metricStore: MetricStore;
  surveyPeriodUnit: SurveyPeriodUnit;
}): ScorecardCheckType<any>[] {
  return [
    adoptionRateCheckType(options.adoptionStore),
    adoptersCheckType(options.adoptionStore),
    npsCheckType(options.surveyStore, options.surveyPeriodUnit),
    surveyResponsesCheckType(options.surveyStore, options.surveyPeriodUnit),
    metricCheckType(options.metricStore),
  ];
}
