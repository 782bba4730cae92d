import { Entity, EntityMeta, EntityRelation } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';

/** What a test entity differs in from a bare Component named `web`. */
export interface TestEntityParts {
  kind?: string;
  metadata?: Partial<EntityMeta>;
  spec?: JsonObject;
  relations?: EntityRelation[];
}

/** A Component named `web` in the default namespace, with the given parts. */
export function makeEntity(parts: TestEntityParts = {}): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: parts.kind ?? 'Component',
    metadata: { name: 'web', ...parts.metadata },
    ...(parts.spec && { spec: parts.spec }),
    ...(parts.relations && { relations: parts.relations }),
  };
}

/** Parses the params as the engine does at start-up, then evaluates the entity. */
export async function evaluateCheck<TParams>(
  checkType: ScorecardCheckType<TParams>,
  params: JsonObject,
  entity: Entity,
): Promise<CheckOutcome> {
  return checkType.evaluate({
    entity,
    params: checkType.parseParams(params),
    now: new Date('2026-10-01T00:00:00Z'),
  });
}
