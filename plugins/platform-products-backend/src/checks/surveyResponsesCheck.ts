import { JsonObject } from '@backstage/types';
import {
  SurveyPeriodUnit,
  surveyPeriodOf,
} from '@paved-road/plugin-platform-products-common';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { SurveyStore } from '../database/SurveyStore';
import { entityRefOf } from '../entityRefs';
import { gradeCount } from './gradeCount';
import { readOptionalInteger, rejectUnknownParams } from './params';

/** Params of the `survey-responses` check type. */
export interface SurveyResponsesCheckParams {
  /** Answers in the current period required for a pass. */
  min: number;
}

/** `survey-responses`: the entity got enough survey answers in the current period. */
export function surveyResponsesCheckType(
  store: SurveyStore,
  periodUnit: SurveyPeriodUnit,
): ScorecardCheckType<SurveyResponsesCheckParams> {
  return {
    type: 'survey-responses',
    description:
      'Counts the survey answers about the entity in the current period; passes from params.min (default 5), partial credit below.',
    parseParams(params: JsonObject) {
      rejectUnknownParams(params, ['min']);
      return { min: readOptionalInteger(params, 'min', 1) ?? 5 };
    },
    async evaluate({ entity, params, now }) {
      const ref = entityRefOf(entity);
      const period = surveyPeriodOf(now, periodUnit).id;
      const counts = (await store.countByEntity([ref], period)).get(ref);
      const responses = counts
        ? counts.promoters + counts.passives + counts.detractors
        : 0;
      return {
        ...gradeCount(responses, params.min, {
          one: `survey answer in ${period}`,
          many: `survey answers in ${period}`,
        }),
        facts: { period, responses },
      };
    },
  };
}
