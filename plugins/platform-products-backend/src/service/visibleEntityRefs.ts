import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { entityRefOf } from '../entityRefs';

/**
 * Which of these entities the caller may see in the catalog, as lowercase refs. Lists built
 * from stored results (results pages, the SLA overview, a product's adopters) pass through
 * this so that nobody reads about an entity the catalog hides from them. One catalog call
 * for the whole list, asking for no more than the ref. An entity gone from the catalog is
 * not visible; `readableEntityRefs` answers without reading the entities, for refs known to
 * exist.
 */
export async function visibleEntityRefs(
  refs: string[],
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<Set<string>> {
  if (refs.length === 0) {
    return new Set();
  }
  const { items } = await catalog.getEntitiesByRefs(
    {
      entityRefs: refs,
      fields: ['kind', 'metadata.name', 'metadata.namespace'],
    },
    { credentials },
  );
  return new Set(
    items.flatMap(entity => (entity ? [entityRefOf(entity)] : [])),
  );
}
