import { mockCredentials } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { visibleEntityRefs } from './visibleEntityRefs';

const component = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: {},
});

describe('visibleEntityRefs', () => {
  const credentials = mockCredentials.user();

  it('keeps the refs the catalog returns for the caller, lowercase', async () => {
    // The catalog answers null for an entity that is gone or hidden from the caller.
    const catalog = catalogServiceMock({
      entities: [component('Checkout'), component('cart')],
    });
    const visible = await visibleEntityRefs(
      [
        'component:default/checkout',
        'component:default/cart',
        'component:default/secret-service',
      ],
      catalog,
      credentials,
    );
    expect([...visible].sort()).toEqual([
      'component:default/cart',
      'component:default/checkout',
    ]);
  });

  it('asks the catalog nothing for an empty list', async () => {
    const catalog = catalogServiceMock({ entities: [] });
    const getEntitiesByRefs = jest.spyOn(catalog, 'getEntitiesByRefs');
    await expect(visibleEntityRefs([], catalog, credentials)).resolves.toEqual(
      new Set(),
    );
    expect(getEntitiesByRefs).not.toHaveBeenCalled();
  });
});
