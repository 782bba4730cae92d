import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  descendantGroups,
  GROUP_TREE_TTL_MS,
  GroupTree,
  groupChildrenOf,
} from './groupTree';

const group = (
  name: string,
  spec: { parent?: string; children?: string[] },
  namespace = 'default',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace },
  spec: { type: 'team', children: [], ...spec },
  relations: [],
});

// org → (dept-a → team-1, team-2 → squad) and dept-b (declared as org's child only) →
// team-3 (in another namespace, declared through its parent ref).
const org: Entity = {
  ...group('org', { children: ['dept-b'] }),
  // What the catalog derives from spec.parent and spec.children, for the root's own check.
  relations: [{ type: 'parentOf', targetRef: 'group:default/dept-a' }],
};
const groups: Entity[] = [
  org,
  group('dept-a', { parent: 'org' }),
  group('team-1', { parent: 'group:default/dept-a' }),
  group('team-2', { parent: 'dept-a' }),
  group('squad', { parent: 'team-2' }),
  group('dept-b', {}),
  group('team-3', { parent: 'group:default/dept-b' }, 'retail'),
  group('elsewhere', { parent: 'other-org' }),
];
const ORG_TREE = [
  'group:default/dept-a',
  'group:default/dept-b',
  'group:default/org',
  'group:default/squad',
  'group:default/team-1',
  'group:default/team-2',
  'group:retail/team-3',
];

describe('descendantGroups', () => {
  it('walks the edges declared from either side, root first', () => {
    const found = descendantGroups(
      'group:default/org',
      groupChildrenOf(groups),
    );
    expect(found[0]).toBe('group:default/org');
    expect([...found].sort()).toEqual(ORG_TREE);
  });

  it('walks a cycle once and skips refs that do not parse', () => {
    const children = groupChildrenOf([
      group('a', { parent: 'b', children: ['', 'user:'] }),
      group('b', { parent: 'a' }),
    ]);
    expect(descendantGroups('group:default/a', children)).toEqual([
      'group:default/a',
      'group:default/b',
    ]);
  });
});

describe('GroupTree', () => {
  const caller = mockCredentials.user('user:default/alice');

  function setup(
    options: {
      entities?: Entity[];
      denied?: string[];
    } = {},
  ) {
    const catalog = catalogServiceMock({
      entities: options.entities ?? groups,
    });
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const authorize = jest.fn(async (requests: any[], _options: object) =>
      requests.map(r => ({
        result: options.denied?.includes(r.resourceRef)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
      })),
    );
    let now = 1_000_000;
    const tree = new GroupTree({
      catalog,
      auth: mockServices.auth(),
      permissions: mockServices.permissions.mock({ authorize } as any),
      now: () => now,
    });
    return {
      tree,
      getEntities,
      authorize,
      advance: (ms: number) => {
        now += ms;
      },
    };
  }

  it('gives a group and every descendant group', async () => {
    const { tree } = setup();
    const found = await tree.groupAndDescendants(org, caller);
    expect(found[0]).toBe('group:default/org');
    expect([...found].sort()).toEqual(ORG_TREE);
  });

  it('reads the tree as the plugin and leaves out what the caller may not read', async () => {
    const { tree, getEntities, authorize } = setup({
      denied: ['group:default/team-2'],
    });
    const found = await tree.groupAndDescendants(org, caller);
    expect(found).not.toContain('group:default/team-2');
    // Below a group the caller may not read, the groups it may read still count.
    expect(found).toContain('group:default/squad');
    expect(found).toHaveLength(ORG_TREE.length - 1);
    expect(getEntities.mock.calls[0][1]).toEqual({
      credentials: mockCredentials.service('plugin:test'),
    });
    expect(authorize).toHaveBeenCalledTimes(1);
    expect(authorize.mock.calls[0][1]).toEqual({ credentials: caller });
  });

  it('reads nothing for a group without children', async () => {
    const { tree, getEntities, authorize } = setup();
    await expect(
      tree.groupAndDescendants(group('team-1', { parent: 'dept-a' }), caller),
    ).resolves.toEqual(['group:default/team-1']);
    expect(getEntities).not.toHaveBeenCalled();
    expect(authorize).not.toHaveBeenCalled();
  });

  it('reads the tree once for every request within a minute, then again', async () => {
    const { tree, getEntities, authorize, advance } = setup();
    await Promise.all([
      tree.groupAndDescendants(org, caller),
      tree.groupAndDescendants(org, mockCredentials.user('user:default/bob')),
    ]);
    advance(GROUP_TREE_TTL_MS - 1);
    await tree.groupAndDescendants(org, caller);
    expect(getEntities).toHaveBeenCalledTimes(1);
    // The caller's permissions are asked every time.
    expect(authorize).toHaveBeenCalledTimes(3);
    advance(1);
    await tree.groupAndDescendants(org, caller);
    expect(getEntities).toHaveBeenCalledTimes(2);
  });

  it('reads again after a failed read', async () => {
    const { tree, getEntities } = setup();
    getEntities.mockRejectedValueOnce(new Error('catalog down'));
    await expect(tree.groupAndDescendants(org, caller)).rejects.toThrow(
      'catalog down',
    );
    await expect(tree.groupAndDescendants(org, caller)).resolves.toHaveLength(
      ORG_TREE.length,
    );
    expect(getEntities).toHaveBeenCalledTimes(2);
  });
});
