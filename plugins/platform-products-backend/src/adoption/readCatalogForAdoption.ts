import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';

/** Only what adoption reads: relations, the adopts annotation, and fields filters look at. */
const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.annotations',
  'metadata.tags',
  'metadata.labels',
  'spec',
  'relations',
];

/**
 * Every catalog entity, with the plugin's own credentials: adoption counts the whole
 * organisation, not what one caller may see.
 */
export async function readCatalogForAdoption(
  catalog: CatalogService,
  auth: AuthService,
): Promise<Entity[]> {
  const credentials = await auth.getOwnServiceCredentials();
  const entities: Entity[] = [];
  for await (const page of catalog.streamEntities(
    { fields: FIELDS, pageSize: 1000 },
    { credentials },
  )) {
    entities.push(...page);
  }
  return entities;
}
