import { createHash } from 'node:crypto';
import { StoredScorecardResult } from './ScorecardStore';

/**
 * A hash of everything stored of a result but `evaluatedAt`: score, level, the checks as
 * stored, and the kind, owner and system it is attributed to (so that a change of owner is
 * written too). Equal hashes let a save skip rewriting the result.
 *
 * Checks are hashed as serialised, in the order the scorecard defines them: a check that
 * emits the same facts with keys in another order makes the result look changed, which
 * costs a rewrite and nothing else, and is cheaper than sorting keys on every save.
 */
export function resultHash(
  result: StoredScorecardResult,
  serializedChecks: string,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        result.entityKind,
        result.ownerRef,
        result.systemRef,
        result.score,
        result.level,
      ]),
    )
    .update(serializedChecks)
    .digest('hex');
}
