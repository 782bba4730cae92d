import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { entityScopeOf } from './entityScope';

const group = (
  name: string,
  spec: { parent?: string; children?: string[] },
  namespace = 'default',
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace },
  spec: { type: 'team', children: [], ...spec },
  // What the catalog derives from spec.parent and spec.children, for the root's own check.
  relations: [],
});

describe('entityScopeOf', () => {
  const credentials = mockCredentials.user();

  // org → (dept-a → team-1, team-2 → squad) and dept-b (declared as org's child only) →
  // team-3 (in another namespace, declared through its parent ref).
  const org = {
    ...group('org', { children: ['dept-b'] }),
    relations: [{ type: 'parentOf', targetRef: 'group:default/dept-a' }],
  };
  const entities: Entity[] = [
    org,
    group('dept-a', { parent: 'org' }),
    group('team-1', { parent: 'group:default/dept-a' }),
    group('team-2', { parent: 'dept-a' }),
    group('squad', { parent: 'team-2' }),
    group('dept-b', {}),
    group('team-3', { parent: 'group:default/dept-b' }, 'retail'),
    group('elsewhere', { parent: 'other-org' }),
  ];
  const catalog = catalogServiceMock({ entities });

  it('covers a group and every descendant, declared from either side', async () => {
    const scope = await entityScopeOf(org, catalog, credentials);
    expect('ownerRefs' in scope && [...scope.ownerRefs].sort()).toEqual([
      'group:default/dept-a',
      'group:default/dept-b',
      'group:default/org',
      'group:default/squad',
      'group:default/team-1',
      'group:default/team-2',
      'group:retail/team-3',
    ]);
  });

  it('reads nothing from the catalog for a group without children', async () => {
    const getEntities = jest.spyOn(catalog, 'getEntities');
    const team = group('team-1', { parent: 'dept-a' });
    await expect(entityScopeOf(team, catalog, credentials)).resolves.toEqual({
      ownerRefs: ['group:default/team-1'],
    });
    expect(getEntities).not.toHaveBeenCalled();
  });

  it('covers a system, and a domain by its systems', async () => {
    const system: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: 'Shop', namespace: 'default' },
      spec: { owner: 'org', domain: 'commerce' },
      relations: [{ type: 'partOf', targetRef: 'domain:default/commerce' }],
    };
    const domain: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: 'commerce', namespace: 'default' },
      spec: { owner: 'org' },
    };
    const withSystem = catalogServiceMock({ entities: [system, domain] });
    await expect(
      entityScopeOf(system, withSystem, credentials),
    ).resolves.toEqual({ systemRefs: ['system:default/shop'] });
    await expect(
      entityScopeOf(domain, withSystem, credentials),
    ).resolves.toEqual({ systemRefs: ['system:default/shop'] });
  });

  it('refuses other kinds', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'x' },
      spec: {},
    };
    await expect(
      entityScopeOf(component, catalog, credentials),
    ).rejects.toThrow('Rollups are for Group, System and Domain entities');
  });
});
