import { InputError } from '@backstage/errors';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';

/** A check type for tests: the outcome is read from the entity's `metadata.annotations.outcome`. */
export const fixedOutcomeCheckType: ScorecardCheckType<{ score: number }> = {
  type: 'fixed',
  description: 'For tests',
  parseParams(params) {
    const { score = 1, ...rest } = params;
    if (typeof score !== 'number') {
      throw new InputError('params.score must be a number');
    }
    if (Object.keys(rest).length > 0) {
      throw new InputError(
        `params.${Object.keys(rest)[0]} is not a known param`,
      );
    }
    return { score };
  },
  evaluate({ entity, params }) {
    const status = entity.metadata.annotations?.outcome ?? 'pass';
    if (status === 'throw') {
      throw new Error('boom');
    }
    return {
      status: status as 'pass' | 'warn' | 'fail' | 'unknown',
      score: status === 'pass' ? params.score : 0,
      message: `It is ${status}`,
      facts: { status },
    };
  },
};
