import { createHash } from 'node:crypto';
import { StoredScorecardResult } from './ScorecardStore';

/**
 * A hash of everything stored of a result but `evaluatedAt`: score, level, checks, and
 * the kind, owner and system it is attributed to (so that a change of owner is written
 * too). Equal hashes let a save skip rewriting the checks of a result.
 *
 * Checks are hashed in check id order and object keys sorted, so that neither the order
 * of the checks nor the key order of their facts makes a result look changed.
 */
export function resultHash(result: StoredScorecardResult): string {
  const hash = createHash('sha256').update(
    canonicalJson([
      result.entityKind,
      result.ownerRef,
      result.systemRef,
      result.score,
      result.level,
    ]),
  );
  const checks = [...result.checks].sort((a, b) =>
    compareStrings(a.checkId, b.checkId),
  );
  for (const check of checks) {
    hash.update(
      canonicalJson([
        check.checkId,
        check.status,
        check.score,
        check.message,
        check.facts,
        check.waiver ?? null,
      ]),
    );
  }
  return hash.digest('hex');
}

/** JSON with the keys of every object sorted; undefined properties left out, as JSON does. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(item => canonicalJson(item ?? null)).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => compareStrings(a, b))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function compareStrings(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}
