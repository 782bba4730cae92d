import { DocumentPath } from './parseCatalogFile';

/**
 * The field a validation message is about, and its path in the document. The catalog's
 * messages name it in one of three ways:
 *
 * - Paved Road's spec messages, as written in YAML: `spec.parts[0] must be a string`;
 * - the catalog's schema messages, as a JSON pointer: `/metadata/name must be string - …`;
 * - the catalog's field format messages, quoted: `"metadata.name" is not valid; …`.
 *
 * Other messages are about the whole entity.
 */
export function fieldOfMessage(message: string): {
  field: string;
  path: DocumentPath;
} {
  const yamlField = /^(spec(?:\.[^\s.[]+|\[\d+\])*)(?=\s)/.exec(message)?.[1];
  if (yamlField) {
    return { field: yamlField, path: pathOfYamlField(yamlField) };
  }
  const pointer = /^(\/\S+)\s/.exec(message)?.[1];
  if (pointer) {
    const path = pointer
      .split('/')
      .slice(1)
      .map(segment => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map(segment => (/^\d+$/.test(segment) ? Number(segment) : segment));
    return { field: path.join('.'), path };
  }
  const quoted = /^"([A-Za-z][\w.]*)" /.exec(message)?.[1];
  if (quoted) {
    return { field: quoted, path: quoted.split('.') };
  }
  return { field: 'entity', path: [] };
}

/** `spec.parts[0]` → `['spec', 'parts', 0]`. */
function pathOfYamlField(field: string): DocumentPath {
  return field
    .split(/\.|(?=\[)/)
    .map(segment =>
      /^\[\d+\]$/.test(segment) ? Number(segment.slice(1, -1)) : segment,
    );
}
