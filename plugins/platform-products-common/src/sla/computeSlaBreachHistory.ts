import { ComputeSlaBreachHistory } from './types';

/**
 * Computes the compliance of one objective per calendar month in its time
 * zone, and whether each month breached the target.
 *
 * @public
 */
export const computeSlaBreachHistory: ComputeSlaBreachHistory = () => {
  throw new Error('computeSlaBreachHistory is being implemented');
};
