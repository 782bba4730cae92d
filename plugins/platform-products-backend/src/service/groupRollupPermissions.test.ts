import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import permissionPlugin from '@backstage/plugin-permission-backend';
import allowAllPolicyModule from '@backstage/plugin-permission-backend-module-allow-all-policy';
import request from 'supertest';
import { platformProductsPlugin } from '../plugin';

jest.setTimeout(60_000);

// An organisation of 600 teams: asking the permission backend about all of them in one
// request would be 125 kB, more than its JSON body parser takes.
const TEAMS = 600;
const teams: Entity[] = Array.from({ length: TEAMS }, (_, i) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: `team-${i}`, namespace: 'default' },
  spec: { type: 'team', parent: 'org', children: [] },
  relations: [{ type: 'childOf', targetRef: 'group:default/org' }],
}));
const org: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'org', namespace: 'default' },
  spec: { type: 'organization', children: [] },
  relations: teams.map(team => ({
    type: 'parentOf',
    targetRef: `group:default/${team.metadata.name}`,
  })),
};

describe('group rollups with the permission framework on', () => {
  it('asks the real permission backend about every group of a large organisation', async () => {
    const { server } = await startTestBackend({
      features: [
        platformProductsPlugin,
        catalogServiceMock.factory({ entities: [org, ...teams] }),
        permissionPlugin,
        allowAllPolicyModule,
        mockServices.rootConfig.factory({
          data: {
            permission: { enabled: true },
            platformProducts: {
              scorecards: [
                {
                  id: 'basics',
                  title: 'Basics',
                  filter: { kind: 'Component' },
                  checks: [
                    {
                      id: 'has-docs',
                      type: 'annotation',
                      params: { key: 'backstage.io/techdocs-ref' },
                    },
                  ],
                },
              ],
              catalogReads: 'catalog-service',
            },
          },
        }),
      ],
    });

    const response = await request(server)
      .get('/api/platform-products/rollups/group/default/org')
      .set('Authorization', mockCredentials.user.header());

    expect(response.status).toBe(200);
    expect(response.body.ownerRefs).toHaveLength(TEAMS + 1);
    expect(response.body.ownerRefs[0]).toBe('group:default/org');
  });
});
