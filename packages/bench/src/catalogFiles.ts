import { Entity } from '@backstage/catalog-model';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { GeneratedCatalog } from './generateCatalog';

/** Components per file for those in no system. */
const LOOSE_COMPONENTS_PER_FILE = 20;

/**
 * Lays a generated catalog out the way real catalogs are: the organisation (groups, users,
 * domains) in one file, and one file per system "repository" with the system, its components
 * and the APIs they provide (components in no system twenty to a file): file name → entities.
 * {@link writeCatalogFiles} adds a root file with a Location that targets all of them.
 *
 * One 13,000-document file would do for the catalog too, but it re-reads a location's file
 * whenever it reprocesses the location (every couple of minutes): parsing 7 MB of YAML costs
 * seconds of CPU and hundreds of MB, which would show up in the figures of the plugin.
 */
export function catalogFiles(catalog: GeneratedCatalog): Map<string, Entity[]> {
  const files = new Map<string, Entity[]>();
  const add = (file: string, entity: Entity) => {
    files.set(file, [...(files.get(file) ?? []), entity]);
  };
  const apiFile = new Map<string, string>();
  let loose = 0;
  for (const entity of catalog.entities) {
    const spec = (entity.spec ?? {}) as Record<string, any>;
    switch (entity.kind) {
      case 'Group':
      case 'User':
      case 'Domain':
        add('org.yaml', entity);
        break;
      case 'System':
        add(`systems/${entity.metadata.name}.yaml`, entity);
        break;
      case 'Component': {
        const file = spec.system
          ? `systems/${spec.system}.yaml`
          : `components/loose-${Math.floor(
              loose++ / LOOSE_COMPONENTS_PER_FILE,
            )}.yaml`;
        add(file, entity);
        for (const api of spec.providesApis ?? []) {
          apiFile.set(String(api).replace(/^api:/, ''), file);
        }
        break;
      }
      default:
        break;
    }
  }
  // APIs go with the component that provides them (the generator puts APIs before
  // components, hence a second pass).
  for (const entity of catalog.entities) {
    if (entity.kind === 'API') {
      const file = apiFile.get(entity.metadata.name);
      if (!file) {
        throw new Error(`No component provides API ${entity.metadata.name}`);
      }
      add(file, entity);
    } else if (
      !['Group', 'User', 'Domain', 'System', 'Component'].includes(entity.kind)
    ) {
      throw new Error(`No file for entities of kind ${entity.kind}`);
    }
  }
  return files;
}

/** Writes the catalog's files under `dir`; returns the path of the root location file. */
export function writeCatalogFiles(
  catalog: GeneratedCatalog,
  dir: string,
): string {
  const files = catalogFiles(catalog);
  for (const [file, entities] of files) {
    const target = path.join(dir, file);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(
      target,
      entities.map(e => `---\n${YAML.stringify(e)}`).join(''),
    );
  }
  const root: Entity = {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Location',
    metadata: {
      name: 'generated-catalog',
      description: 'The generated benchmark catalog',
    },
    spec: { targets: [...files.keys()].map(file => `./${file}`) },
  };
  const rootFile = path.join(dir, 'all.yaml');
  fs.writeFileSync(rootFile, YAML.stringify(root));
  return rootFile;
}
