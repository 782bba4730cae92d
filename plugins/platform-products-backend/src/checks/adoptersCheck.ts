import { JsonObject } from '@backstage/types';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { AdoptionStore } from '../database/AdoptionStore';
import { entityRefOf } from '../entityRefs';
import { gradeCount } from './gradeCount';
import { readOptionalInteger, rejectUnknownParams } from './params';

/** Params of the `adopters` check type. */
export interface AdoptersCheckParams {
  /** Adopters required for a pass. */
  min: number;
}

/** `adopters`: a platform product has at least a number of adopters in its population. */
export function adoptersCheckType(
  store: AdoptionStore,
): ScorecardCheckType<AdoptersCheckParams> {
  return {
    type: 'adopters',
    description:
      'Counts the adopters of a platform product in its population; passes from params.min (default 1), partial credit below.',
    parseParams(params: JsonObject) {
      rejectUnknownParams(params, ['min']);
      return { min: readOptionalInteger(params, 'min', 1) ?? 1 };
    },
    async evaluate({ entity, params }) {
      const ref = entityRefOf(entity);
      const summary = (await store.getSummaries([ref])).get(ref);
      if (!summary) {
        return {
          status: 'unknown',
          score: 0,
          message:
            'Adoption has not been computed for this entity; is it a PlatformProduct?',
          facts: { adopters: null },
        };
      }
      return {
        ...gradeCount(summary.adopters, params.min, {
          one: 'adopter',
          many: 'adopters',
        }),
        facts: { adopters: summary.adopters },
      };
    },
  };
}
