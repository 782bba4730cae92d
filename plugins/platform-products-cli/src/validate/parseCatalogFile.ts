import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Node,
  parseAllDocuments,
} from 'yaml';
import { ValidationProblem } from './ValidationProblem';

/** A path into a document, as keys and list indexes: `['spec', 'parts', 0]`. */
export type DocumentPath = ReadonlyArray<string | number>;

/** One YAML document of a catalog file. */
export type CatalogDocument = {
  file: string;
  /** 1-based line where the document's content starts (after `---` and comments). */
  line: number;
  /** The document as plain data. */
  value: unknown;
  /**
   * The line of the field at `path`, or of its nearest ancestor that exists (a missing
   * required field is reported where its parent is written).
   */
  lineOf(path: DocumentPath): number;
};

export type ParsedCatalogFile = {
  documents: CatalogDocument[];
  /** YAML syntax errors; documents that have them are not in `documents`. */
  problems: ValidationProblem[];
};

/** Parses every document of a (multi-document) catalog file, keeping line numbers. */
export function parseCatalogFile(
  file: string,
  text: string,
): ParsedCatalogFile {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const documents: CatalogDocument[] = [];
  const problems: ValidationProblem[] = [];

  for (const doc of parseAllDocuments(text, { lineCounter })) {
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        problems.push({
          file,
          line: error.linePos?.[0].line ?? lineAt(error.pos[0]),
          field: 'yaml',
          // The yaml package appends a code excerpt after the first line; the line says where.
          message: error.message.split('\n')[0],
        });
      }
      continue;
    }
    const contents = doc.contents as Node | null;
    if (!contents || (isScalar(contents) && contents.value === null)) {
      continue; // an empty document, such as after a trailing `---`
    }
    const line = lineAt(contents.range?.[0] ?? 0);
    documents.push({
      file,
      line,
      value: doc.toJS(),
      lineOf: path => lineOfPath(contents, path, line, lineAt),
    });
  }
  return { documents, problems };
}

function lineOfPath(
  root: Node,
  path: DocumentPath,
  documentLine: number,
  lineAt: (offset: number) => number,
): number {
  let node: unknown = root;
  let line = documentLine;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        item => (isScalar(item.key) ? item.key.value : item.key) === segment,
      );
      if (!pair) {
        break;
      }
      const key = pair.key as Node | undefined;
      line = key?.range ? lineAt(key.range[0]) : line;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (!item) {
        break;
      }
      line = item.range ? lineAt(item.range[0]) : line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}
