import { ComputeSlaObjectiveStatus } from './types';

/**
 * Computes compliance, error budget, burn rates, alert state, time to
 * exhaustion and status of one objective over its window, in one pass over
 * its buckets.
 *
 * @public
 */
export const computeSlaObjectiveStatus: ComputeSlaObjectiveStatus = () => {
  throw new Error('computeSlaObjectiveStatus is being implemented');
};
