import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { entityScopeOf } from './entityScope';
import { GroupTree } from './groupTree';

describe('entityScopeOf', () => {
  const credentials = mockCredentials.user();
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
  const team: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'Team-1', namespace: 'default' },
    spec: { type: 'team', children: [] },
  };
  const catalog = catalogServiceMock({ entities: [system, domain, team] });
  const sources = {
    catalog,
    groupTree: new GroupTree({
      catalog,
      auth: mockServices.auth(),
      permissions: mockServices.permissions(),
    }),
  };

  it('covers a group through the group tree', async () => {
    await expect(entityScopeOf(team, sources, credentials)).resolves.toEqual({
      ownerRefs: ['group:default/team-1'],
    });
  });

  it('covers a system, and a domain by its systems', async () => {
    await expect(entityScopeOf(system, sources, credentials)).resolves.toEqual({
      systemRefs: ['system:default/shop'],
    });
    await expect(entityScopeOf(domain, sources, credentials)).resolves.toEqual({
      systemRefs: ['system:default/shop'],
    });
  });

  it('refuses other kinds', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'x' },
      spec: {},
    };
    await expect(
      entityScopeOf(component, sources, credentials),
    ).rejects.toThrow('Rollups are for Group, System and Domain entities');
  });
});
