import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityRefOf, lowerRef } from '../entityRefs';
import { GroupTree } from './groupTree';

/** The entities a rollup or a team history covers: owned by these groups, or in these systems. */
export type EntityScope = { ownerRefs: string[] } | { systemRefs: string[] };

/**
 * What a Group (with every descendant group the caller may read), System or Domain (with
 * its systems) covers.
 */
export async function entityScopeOf(
  entity: Entity,
  sources: { catalog: CatalogService; groupTree: GroupTree },
  credentials: BackstageCredentials,
): Promise<EntityScope> {
  const ref = entityRefOf(entity);
  switch (lowerRef(entity.kind)) {
    case 'group':
      return {
        ownerRefs: await sources.groupTree.groupAndDescendants(
          entity,
          credentials,
        ),
      };
    case 'system':
      return { systemRefs: [ref] };
    case 'domain': {
      const { items } = await sources.catalog.getEntities(
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
