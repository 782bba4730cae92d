import { Entity, RELATION_HAS_PART } from '@backstage/catalog-model';
import {
  EntityFilter,
  parsePercent,
  PlatformProductSpec,
} from '@paved-road/plugin-platform-products-common';
import { entityRefOf, lowerRef, normalizeEntityRef } from '../entityRefs';

/** Who could adopt a product that declares no `spec.adoption.population`. */
export const DEFAULT_POPULATION: EntityFilter = { kind: 'Component' };

/** What adoption needs to know of a PlatformProduct entity. */
export interface AdoptionProduct {
  /** Lowercase full ref. */
  ref: string;
  /** Lowercase full refs of its parts, from `spec.parts` and `hasPart` relations. */
  parts: string[];
  population: EntityFilter;
  /** 0–1, or null without `spec.adoption.target`. */
  target: number | null;
}

function specOf(entity: Entity): Partial<PlatformProductSpec> {
  return (entity.spec ?? {}) as Partial<PlatformProductSpec>;
}

/** The adoption target of a product, 0–1; null when absent or unreadable. */
export function adoptionTargetOf(entity: Entity): number | null {
  const target = specOf(entity).adoption?.target;
  if (typeof target !== 'string') {
    return null;
  }
  const parsed = parsePercent('spec.adoption.target', target);
  return parsed.ok ? parsed.value : null;
}

/**
 * Reads a PlatformProduct entity for adoption. The catalog has validated the spec; refs
 * that still do not parse are skipped, so one bad part does not hide the product.
 */
export function adoptionProductOf(entity: Entity): AdoptionProduct {
  const spec = specOf(entity);
  const parts = new Set<string>();
  for (const part of Array.isArray(spec.parts) ? spec.parts : []) {
    try {
      parts.add(
        normalizeEntityRef(part, {
          defaultKind: 'Component',
          defaultNamespace: entity.metadata.namespace,
        }),
      );
    } catch {
      // Reported by the catalog module; not a reason to skip the product.
    }
  }
  for (const relation of entity.relations ?? []) {
    if (relation.type === RELATION_HAS_PART) {
      parts.add(lowerRef(relation.targetRef));
    }
  }
  const population = spec.adoption?.population;
  return {
    ref: entityRefOf(entity),
    parts: [...parts],
    population:
      population && Object.keys(population).length > 0
        ? population
        : DEFAULT_POPULATION,
    target: adoptionTargetOf(entity),
  };
}
