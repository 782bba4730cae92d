/**
 * Benchmarks of Paved Road, and the generator of realistic catalogs they run on.
 *
 * @packageDocumentation
 */

export { generateCatalog, seededRandom } from './generateCatalog';
export type {
  GenerateCatalogOptions,
  GeneratedCatalog,
} from './generateCatalog';
export { catalogFiles, writeCatalogFiles } from './catalogFiles';
