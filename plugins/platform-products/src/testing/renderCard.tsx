import type { Entity } from '@backstage/catalog-model';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
// Test-only helpers: src/testing is used by tests alone, never by the plugin's code.
// eslint-disable-next-line @backstage/no-undeclared-imports
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { ReactElement } from 'react';
import { PlatformProductsApi, platformProductsApiRef } from '../api';
import { mockApi } from './fixtures';

/** Renders a card on an entity page of a test app, with the given API answers. */
export function renderCard(
  card: ReactElement,
  entity: Entity,
  api: Partial<PlatformProductsApi>,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductsApiRef, mockApi(api)]]}>
      <EntityProvider entity={entity}>{card}</EntityProvider>
    </TestApiProvider>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

/** A promise that never settles: the card stays loading. */
export function pending<T>(): Promise<T> {
  return new Promise<T>(() => {});
}
