import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { catalogFiles, writeCatalogFiles } from './catalogFiles';
import { generateCatalog } from './generateCatalog';

const catalog = generateCatalog({ components: 400, groups: 20, seed: 3 });

describe('catalogFiles', () => {
  it('puts every entity in exactly one file, APIs with their provider', () => {
    const files = catalogFiles(catalog);
    const all = [...files.values()].flat();
    expect(all).toHaveLength(catalog.entities.length);
    expect(new Set(all)).toEqual(new Set(catalog.entities));
    for (const [file, entities] of files) {
      const provided = new Set(
        entities.flatMap(e =>
          ((e.spec?.providesApis as string[]) ?? []).map(r => r.slice(4)),
        ),
      );
      for (const api of entities.filter(e => e.kind === 'API')) {
        expect(provided.has(api.metadata.name)).toBe(true);
      }
      const systems = entities.filter(e => e.kind === 'System').length;
      expect(systems).toBe(file.startsWith('systems/') ? 1 : 0);
    }
    expect(
      files
        .get('org.yaml')!
        .map(e => e.kind)
        .sort()[0],
    ).toBe('Domain');
  });

  it('writes the files and a root Location that targets each of them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-catalog-files-'));
    try {
      const root = writeCatalogFiles(catalog, dir);
      const location = YAML.parse(fs.readFileSync(root, 'utf8'));
      expect(location.kind).toBe('Location');
      const documents = (location.spec.targets as string[]).flatMap(target =>
        YAML.parseAllDocuments(
          fs.readFileSync(path.join(dir, target), 'utf8'),
        ).map(d => d.toJSON()),
      );
      expect(documents).toEqual(expect.arrayContaining(catalog.entities));
      expect(documents).toHaveLength(catalog.entities.length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
