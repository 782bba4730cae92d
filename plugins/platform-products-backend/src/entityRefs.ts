import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  RELATION_PART_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';

function relationTarget(entity: Entity, type: string, kind: string) {
  return entity.relations?.find(
    r => r.type === type && r.targetRef.startsWith(`${kind}:`),
  )?.targetRef;
}

/**
 * Refs and kinds are stored and compared in lowercase, as the catalog compares them.
 * (`toLowerCase()` gives the same as the catalog's `toLocaleLowerCase('en-US')` for the
 * characters refs may hold, and is much faster on the evaluation's hot path.)
 */
export function lowerRef(ref: string): string {
  return ref.toLowerCase();
}

/**
 * A ref as written by a user (`checkout-team`, `group:default/x`) as a full lowercase ref.
 * Throws, with the catalog's message, when it is not a ref.
 */
export function normalizeEntityRef(
  value: string,
  context: { defaultKind?: string; defaultNamespace?: string },
): string {
  return lowerRef(
    stringifyEntityRef(
      parseEntityRef(value, {
        defaultKind: context.defaultKind,
        defaultNamespace: context.defaultNamespace ?? 'default',
      }),
    ),
  );
}

function specRef(entity: Entity, field: string, defaultKind: string) {
  const value = (entity.spec as Record<string, unknown> | undefined)?.[field];
  if (typeof value !== 'string' || !value) {
    return null;
  }
  try {
    return normalizeEntityRef(value, {
      defaultKind,
      defaultNamespace: entity.metadata.namespace,
    });
  } catch {
    return null;
  }
}

/** The entity's owner as a full lowercase ref, from its relations or else its spec. */
export function ownerRefOf(entity: Entity): string | null {
  return (
    entity.relations?.find(r => r.type === RELATION_OWNED_BY)?.targetRef ??
    specRef(entity, 'owner', 'Group')
  );
}

/** The system the entity is part of, as a full lowercase ref, or null. */
export function systemRefOf(entity: Entity): string | null {
  return (
    relationTarget(entity, RELATION_PART_OF, 'system') ??
    specRef(entity, 'system', 'System')
  );
}

/** The entity's own ref, lowercase as the store keeps refs. */
export function entityRefOf(entity: Entity): string {
  return lowerRef(stringifyEntityRef(entity));
}
