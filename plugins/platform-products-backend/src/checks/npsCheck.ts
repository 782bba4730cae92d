import { JsonObject } from '@backstage/types';
import {
  summarizeNps,
  SurveyPeriodUnit,
  surveyPeriodOf,
} from '@paved-road/plugin-platform-products-common';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { SurveyStore } from '../database/SurveyStore';
import { entityRefOf } from '../entityRefs';
import { readOptionalNumber } from './params';
import { readOptionalInteger, rejectUnknownParams } from './params';

/** Params of the `nps` check type. */
export interface NpsCheckParams {
  /** Lowest NPS (−100…100) that passes. */
  min: number;
  /** Fewer answers in the period than this say nothing: the check is unknown. */
  minResponses: number;
}

/** `nps`: the entity's NPS in the current survey period reaches a minimum. */
export function npsCheckType(
  store: SurveyStore,
  periodUnit: SurveyPeriodUnit,
): ScorecardCheckType<NpsCheckParams> {
  return {
    type: 'nps',
    description:
      "Passes when the entity's NPS in the current survey period is at least params.min (default 0); unknown with fewer than params.minResponses answers (default 5).",
    parseParams(params: JsonObject) {
      rejectUnknownParams(params, ['min', 'minResponses']);
      return {
        min: readOptionalNumber(params, 'min', { min: -100, max: 100 }) ?? 0,
        minResponses: readOptionalInteger(params, 'minResponses', 1) ?? 5,
      };
    },
    async evaluate({ entity, params, now }) {
      const ref = entityRefOf(entity);
      const period = surveyPeriodOf(now, periodUnit).id;
      const counts = (await store.countByEntity([ref], period)).get(ref) ?? {
        promoters: 0,
        passives: 0,
        detractors: 0,
      };
      const summary = summarizeNps(counts);
      const facts = {
        period,
        nps: summary.nps,
        responses: summary.responses,
      };
      if (summary.nps === null || summary.responses < params.minResponses) {
        return {
          status: 'unknown',
          score: 0,
          message: `${summary.responses} survey answers in ${period}; at least ${params.minResponses} needed for an NPS`,
          facts,
        };
      }
      const nps = Math.round(summary.nps);
      return summary.nps >= params.min
        ? {
            status: 'pass',
            score: 1,
            message: `NPS ${nps} in ${period}, at least ${params.min}`,
            facts,
          }
        : {
            status: 'fail',
            score: 0,
            message: `NPS ${nps} in ${period}, below ${params.min}`,
            facts,
          };
    },
  };
}
