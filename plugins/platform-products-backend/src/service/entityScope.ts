import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Entity,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityRefOf, lowerRef } from '../entityRefs';

/** The entities a rollup or a team history covers: owned by these groups, or in these systems. */
export type EntityScope = { ownerRefs: string[] } | { systemRefs: string[] };

/** A group and all its descendant groups, walking `parentOf` relations breadth first. */
async function groupAndDescendants(
  group: Entity,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<string[]> {
  const seen = new Set([entityRefOf(group)]);
  let level: Entity[] = [group];
  while (level.length > 0) {
    const children = level
      .flatMap(g => g.relations ?? [])
      .filter(r => r.type === RELATION_PARENT_OF)
      .map(r => lowerRef(r.targetRef))
      .filter(ref => !seen.has(ref));
    children.forEach(ref => seen.add(ref));
    if (children.length === 0) {
      break;
    }
    const { items } = await catalog.getEntitiesByRefs(
      {
        entityRefs: children,
        // Only what the walk needs: groups carry many member relations already.
        fields: ['kind', 'metadata.name', 'metadata.namespace', 'relations'],
      },
      { credentials },
    );
    level = items.filter((e): e is Entity => Boolean(e));
  }
  return [...seen];
}

/**
 * What a Group (with every descendant group), System or Domain (with its systems) covers.
 */
export async function entityScopeOf(
  entity: Entity,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<EntityScope> {
  const ref = entityRefOf(entity);
  switch (lowerRef(entity.kind)) {
    case 'group':
      return {
        ownerRefs: await groupAndDescendants(entity, catalog, credentials),
      };
    case 'system':
      return { systemRefs: [ref] };
    case 'domain': {
      const { items } = await catalog.getEntities(
        {
          filter: { kind: 'system', 'relations.partOf': ref },
          fields: ['kind', 'metadata.name', 'metadata.namespace'],
        },
        { credentials },
      );
      return { systemRefs: items.map(s => lowerRef(stringifyEntityRef(s))) };
    }
    default:
      throw new InputError(
        `Rollups are for Group, System and Domain entities, not ${entity.kind}`,
      );
  }
}
