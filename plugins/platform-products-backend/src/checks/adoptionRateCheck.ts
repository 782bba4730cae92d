import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import { AdoptionStore } from '../database/AdoptionStore';
import { entityRefOf } from '../entityRefs';
import { readOptionalPercent } from './params';
import { rejectUnknownParams } from './params';

/** Params of the `adoption-rate` check type. */
export interface AdoptionRateCheckParams {
  /** 0–1; the product's own `spec.adoption.target` when absent. */
  target?: number;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** `adoption-rate`: a platform product's adoption rate, graded towards a target. */
export function adoptionRateCheckType(
  store: AdoptionStore,
): ScorecardCheckType<AdoptionRateCheckParams> {
  return {
    type: 'adoption-rate',
    description:
      "Grades a platform product's adoption rate towards params.target (a percentage; the product's spec.adoption.target when absent): full score at the target, partial credit below.",
    parseParams(params: JsonObject) {
      rejectUnknownParams(params, ['target']);
      return { target: readOptionalPercent(params, 'target') };
    },
    async evaluate({ entity, params }): Promise<CheckOutcome> {
      const adoption = await store.getSummaries([entityRefOf(entity)]);
      const summary = adoption.get(entityRefOf(entity));
      const target = params.target ?? summary?.target ?? null;
      const facts = {
        rate: summary?.rate ?? null,
        target,
        adopters: summary?.adopters ?? null,
        population: summary?.population ?? null,
      };
      if (!summary || summary.rate === null) {
        return {
          status: 'unknown',
          score: 0,
          message: summary
            ? 'No entity in the population: the adoption rate is unknown'
            : 'Adoption has not been computed for this entity; is it a PlatformProduct?',
          facts,
        };
      }
      if (target === null) {
        return {
          status: 'unknown',
          score: 0,
          message: `Adoption is ${percent(
            summary.rate,
          )}, but neither the check nor the product sets a target`,
          facts,
        };
      }
      const rate = summary.rate;
      const described = `Adoption is ${percent(rate)} (${summary.adopters} of ${
        summary.population
      })`;
      if (rate >= target) {
        return {
          status: 'pass',
          score: 1,
          message: `${described}, at or above the target of ${percent(target)}`,
          facts,
        };
      }
      return {
        status: rate === 0 ? 'fail' : 'warn',
        score: target === 0 ? 1 : rate / target,
        message: `${described}, below the target of ${percent(target)}`,
        facts,
      };
    },
  };
}
