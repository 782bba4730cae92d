import { Entity, parseEntityRef } from '@backstage/catalog-model';
import { equalsIgnoringCase } from './text';

/**
 * The distinct targets of the entity's relations of a type (compared ignoring case, as
 * people write `dependsOn` or `dependson`). Distinct, because a relation emitted by two
 * processors must not count twice.
 */
export function relationTargets(entity: Entity, type: string): string[] {
  const targets: string[] = [];
  for (const relation of entity.relations ?? []) {
    if (equalsIgnoringCase(relation.type, type)) {
      // The catalog writes refs in lowercase: this copies nothing (see equalsIgnoringCase).
      const target = relation.targetRef.toLowerCase();
      if (!targets.includes(target)) {
        targets.push(target);
      }
    }
  }
  return targets;
}

/**
 * Whether an entity ref names an entity of a kind, ignoring case. A ref that does not
 * parse is of no kind: it must not stop the evaluation of the other relations.
 */
export function isRefOfKind(ref: string, kind: string): boolean {
  try {
    return equalsIgnoringCase(parseEntityRef(ref).kind, kind);
  } catch {
    return false;
  }
}
