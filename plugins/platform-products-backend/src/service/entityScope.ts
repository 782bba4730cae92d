import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  DEFAULT_NAMESPACE,
  Entity,
  RELATION_PARENT_OF,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityRefOf, lowerRef, normalizeEntityRef } from '../entityRefs';

/** The entities a rollup or a team history covers: owned by these groups, or in these systems. */
export type EntityScope = { ownerRefs: string[] } | { systemRefs: string[] };

/**
 * A group and all its descendant groups. A group without children needs no catalog call;
 * otherwise the whole group tree is read in one query, with only the fields that give the
 * tree (`spec.parent` and `spec.children`, from which the catalog derives `parentOf` and
 * `childOf`), rather than walking level by level through groups whose relations list every
 * entity they own.
 */
async function groupAndDescendants(
  group: Entity,
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<string[]> {
  const root = entityRefOf(group);
  const hasChildren = (group.relations ?? []).some(
    r => r.type === RELATION_PARENT_OF,
  );
  if (!hasChildren) {
    return [root];
  }
  const { items } = await catalog.getEntities(
    {
      filter: { kind: 'group' },
      fields: [
        'kind',
        'metadata.name',
        'metadata.namespace',
        'spec.parent',
        'spec.children',
      ],
    },
    { credentials },
  );
  const children = new Map<string, Set<string>>();
  const link = (parent: string, child: string) => {
    const set = children.get(parent) ?? new Set<string>();
    set.add(child);
    children.set(parent, set);
  };
  for (const item of items) {
    const ref = entityRefOf(item);
    const namespace = item.metadata.namespace ?? DEFAULT_NAMESPACE;
    // The catalog has validated these refs; one it could not read adds no edge here either.
    const toGroupRef = (value: unknown) => {
      try {
        return typeof value === 'string' && value
          ? normalizeEntityRef(value, {
              defaultKind: 'group',
              defaultNamespace: namespace,
            })
          : undefined;
      } catch {
        return undefined;
      }
    };
    const parent = toGroupRef(item.spec?.parent);
    if (parent) {
      link(parent, ref);
    }
    const declared = Array.isArray(item.spec?.children)
      ? item.spec.children
      : [];
    for (const child of declared.map(toGroupRef)) {
      if (child) {
        link(ref, child);
      }
    }
  }
  const seen = new Set([root]);
  const queue = [root];
  for (let ref = queue.shift(); ref !== undefined; ref = queue.shift()) {
    for (const child of children.get(ref) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        queue.push(child);
      }
    }
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
