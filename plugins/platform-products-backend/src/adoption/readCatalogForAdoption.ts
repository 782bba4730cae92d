import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PLATFORM_PRODUCT_KIND } from '@paved-road/plugin-platform-products-common';
import { CatalogReader } from '../catalogReader';
import { adoptionProductOf } from './adoptionProduct';

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

/** Kinds whose entities have `dependsOn` or `consumesApi` relations in the catalog model. */
const ADOPTER_KINDS = ['Component', 'Resource'];

/** What adoption is computed from: the products, and the entities that can matter to them. */
export interface AdoptionCatalog {
  products: Entity[];
  entities: Entity[];
}

/**
 * Reads the catalog for adoption, with the plugin's own credentials (adoption counts the
 * whole organisation, not what one caller may see): the products, then every entity in some
 * product's population or of a kind that can depend on something. Users and groups, most of
 * a catalog's relations, are left out unless a population asks for them; so is an entity of
 * another kind that names a product in `paved-road.io/adopts` without being in its population
 * (it would not count towards the rate anyway).
 */
export async function readCatalogForAdoption(
  catalog: CatalogService,
  catalogReader: CatalogReader,
  auth: AuthService,
): Promise<AdoptionCatalog> {
  const credentials = await auth.getOwnServiceCredentials();
  const { items: products } = await catalog.getEntities(
    { filter: { kind: PLATFORM_PRODUCT_KIND }, fields: FIELDS },
    { credentials },
  );
  const populations = new Map(
    products
      .map(p => adoptionProductOf(p).population)
      .map(filter => [JSON.stringify(filter), filter]),
  );
  const entities: Entity[] = [];
  if (products.length === 0) {
    return { products, entities };
  }
  for await (const page of catalogReader.streamEntities(
    {
      // Any of these: the catalog ORs the filters of a list.
      filter: [...populations.values(), { kind: ADOPTER_KINDS }],
      fields: FIELDS,
      pageSize: 1000,
    },
    { credentials },
  )) {
    entities.push(...page);
  }
  return { products, entities };
}
