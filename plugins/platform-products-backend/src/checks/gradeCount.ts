import { countOf, Noun } from './text';
import { failed, passed, Verdict } from './verdict';

/**
 * Grades a count of things (links, relations) towards a required minimum: full score at
 * the minimum, partial credit below it (2 of 3 = 0.67) so that progress shows on the
 * scorecard, and a fail only when there are none at all.
 */
export function gradeCount(count: number, min: number, noun: Noun): Verdict {
  if (count >= min) {
    return passed(`Has ${countOf(count, noun)}`);
  }
  if (count === 0) {
    return failed(`Has no ${noun.many}; at least ${min} required`);
  }
  return {
    status: 'warn',
    score: count / min,
    message: `Has ${count} of the ${min} required ${noun.many}`,
  };
}
