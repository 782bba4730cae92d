import { CheckOutcome } from '@paved-road/plugin-platform-products-node';

/** What a check concludes about an entity, before its facts are added. */
export type Verdict = Omit<CheckOutcome, 'facts'>;

/** A full pass. */
export function passed(message: string): Verdict {
  return { status: 'pass', score: 1, message };
}

/** A fail with no credit. */
export function failed(message: string): Verdict {
  return { status: 'fail', score: 0, message };
}
