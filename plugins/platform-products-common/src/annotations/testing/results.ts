import { AnnotationProblem, AnnotationResult } from '../AnnotationResult';

/** The value of a result that tests expect to succeed; throws with the problem otherwise. */
export function valueOf<T>(result: AnnotationResult<T>): T {
  if (!result.ok) {
    throw new Error(
      `Expected a value, got the problem: ${result.problem.message}`,
    );
  }
  return result.value;
}

/** The problem of a result that tests expect to fail; throws with the value otherwise. */
export function problemOf<T>(result: AnnotationResult<T>): AnnotationProblem {
  if (result.ok) {
    throw new Error(
      `Expected a problem, got the value: ${JSON.stringify(result.value)}`,
    );
  }
  return result.problem;
}
