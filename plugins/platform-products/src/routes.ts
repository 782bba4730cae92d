import { createRouteRef } from '@backstage/core-plugin-api';

/** The products page. @public */
export const rootRouteRef = createRouteRef({ id: 'platform-products' });

/** The PlatformProduct entity tab. @public */
export const entityContentRouteRef = createRouteRef({
  id: 'platform-products:entity-content',
});
