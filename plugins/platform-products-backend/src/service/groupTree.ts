import {
  AuthService,
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  DEFAULT_NAMESPACE,
  Entity,
  RELATION_PARENT_OF,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityRefOf, normalizeEntityRef } from '../entityRefs';
import { MINUTE_MS } from '../time';
import { readableEntityRefs } from './readableEntityRefs';

/**
 * How long a read of the group tree is used. The catalog itself takes its processing
 * interval (100–150 s by default) to see a change to a group, so rollups follow the org
 * chart about as fast as the catalog does.
 */
export const GROUP_TREE_TTL_MS = MINUTE_MS;

/** The fields that give the tree: the catalog derives `parentOf` and `childOf` from them. */
export const GROUP_TREE_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'spec.parent',
  'spec.children',
];

/** The child groups of each group, as lowercase refs. */
export type GroupChildren = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * The edges of the group tree, declared from either side: a group's `spec.parent` and a
 * parent's `spec.children`. The catalog has validated these refs; one that does not parse
 * adds no edge here either.
 */
export function groupChildrenOf(groups: Entity[]): GroupChildren {
  const children = new Map<string, Set<string>>();
  const link = (parent: string, child: string) => {
    const set = children.get(parent) ?? new Set<string>();
    set.add(child);
    children.set(parent, set);
  };
  for (const group of groups) {
    const ref = entityRefOf(group);
    const namespace = group.metadata.namespace ?? DEFAULT_NAMESPACE;
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
    const parent = toGroupRef(group.spec?.parent);
    if (parent) {
      link(parent, ref);
    }
    const declared = Array.isArray(group.spec?.children)
      ? group.spec.children
      : [];
    for (const child of declared.map(toGroupRef)) {
      if (child) {
        link(ref, child);
      }
    }
  }
  return children;
}

/** The root and every group below it, root first; a cycle is walked once. */
export function descendantGroups(
  root: string,
  children: GroupChildren,
): string[] {
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
 * The catalog's group tree, for rollups and histories of a group with its descendants.
 *
 * Listing every group costs the catalog, at 500 groups, about 60 ms on SQLite (most of a
 * whole-organisation rollup, which took 80–90 ms at p50) and 15–20 ms on PostgreSQL, the same
 * for every caller and for every group asked about. So the tree is read with the plugin's
 * own credentials and used for {@link GROUP_TREE_TTL_MS}; what each caller may see is then
 * asked of the permissions service, per request, for the groups the walk found.
 *
 * It is kept in this process, not in the cache service: each request walks it, and a cache
 * shared through Redis or memcached would be a network read and a parse of the whole tree
 * per request to save one catalog read a minute per replica.
 */
export class GroupTree {
  private read?: { at: number; children: Promise<GroupChildren> };

  constructor(
    private readonly options: {
      catalog: CatalogService;
      auth: AuthService;
      permissions: PermissionsService;
      /** Milliseconds since the epoch; for tests. */
      now?: () => number;
    },
  ) {}

  /**
   * The group and every descendant group that the caller may read in the catalog, as
   * lowercase refs, the group first. The group itself is the caller's own read. A group
   * without children needs no tree.
   */
  async groupAndDescendants(
    group: Entity,
    credentials: BackstageCredentials,
  ): Promise<string[]> {
    const root = entityRefOf(group);
    if (!(group.relations ?? []).some(r => r.type === RELATION_PARENT_OF)) {
      return [root];
    }
    const descendants = descendantGroups(root, await this.children()).slice(1);
    const readable = await readableEntityRefs(
      descendants,
      this.options.permissions,
      credentials,
    );
    return [root, ...descendants.filter(ref => readable.has(ref))];
  }

  private children(): Promise<GroupChildren> {
    const now = (this.options.now ?? Date.now)();
    if (this.read && now - this.read.at < GROUP_TREE_TTL_MS) {
      return this.read.children;
    }
    // Requests that come while the tree is being read share that read.
    const children = this.readChildren();
    const read = { at: now, children };
    this.read = read;
    // A failed read is not kept: the next request reads again.
    children.catch(() => {
      if (this.read === read) {
        this.read = undefined;
      }
    });
    return children;
  }

  private async readChildren(): Promise<GroupChildren> {
    const { catalog, auth } = this.options;
    const { items } = await catalog.getEntities(
      { filter: { kind: 'group' }, fields: GROUP_TREE_FIELDS },
      { credentials: await auth.getOwnServiceCredentials() },
    );
    return groupChildrenOf(items);
  }
}
