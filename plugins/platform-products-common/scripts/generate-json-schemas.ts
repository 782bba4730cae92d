/*
 * Writes the JSON Schemas in schema/ from the TypeScript sources: the PlatformProduct
 * kind (src/kind/platformProductEntityV1alpha1Schema.ts) and the paved-road.io/
 * annotations (keys and their doc comments in src/annotations/keys.ts, value formats in
 * annotationValueFormats.ts). Run `yarn generate:schemas` in this package after changing
 * them; a test fails while the checked-in files differ from what this writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {
  ANNOTATION_PREFIX,
  PAVED_ROAD_ANNOTATION_KEYS,
  WAIVER_ANNOTATION_PREFIX,
} from '../src/annotations/keys';
import { platformProductEntityV1alpha1Schema } from '../src/kind/platformProductEntityV1alpha1Schema';
import {
  ANNOTATION_VALUE_FORMATS,
  AnnotationValueFormat,
  WAIVER_VALUE_FORMAT,
} from './annotationValueFormats';

// prettier 2 ships no type declarations; these are the two functions used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const prettier: {
  format(text: string, options: object): string;
  resolveConfig: { sync(file: string): object | null };
} = require('prettier');

const packageDir = path.resolve(__dirname, '..');
export const SCHEMA_DIR = path.join(packageDir, 'schema');
const KEYS_FILE = path.join(packageDir, 'src/annotations/keys.ts');
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

type JsonSchema = Record<string, unknown>;

const escapeRegExp = (text: string) =>
  text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The doc comment of each exported string constant of keys.ts, by its value. */
export function readAnnotationDescriptions(): Map<string, string> {
  const source = ts.createSourceFile(
    KEYS_FILE,
    fs.readFileSync(KEYS_FILE, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const descriptions = new Map<string, string>();
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement)) {
      continue;
    }
    const comment = ts
      .getJSDocCommentsAndTags(statement)
      .filter(ts.isJSDoc)
      .map(doc => ts.getTextOfJSDocComment(doc.comment) ?? '')
      .join('\n');
    for (const declaration of statement.declarationList.declarations) {
      if (
        declaration.initializer &&
        ts.isStringLiteral(declaration.initializer)
      ) {
        descriptions.set(
          declaration.initializer.text,
          comment
            .replace(/\{@link\s+([^}|\s]+)[^}]*\}/g, '$1')
            .replace(/\s+/g, ' ')
            .trim(),
        );
      }
    }
  }
  return descriptions;
}

function valueSchema(
  key: string,
  description: string,
  format: AnnotationValueFormat,
) {
  return {
    type: 'string',
    description,
    pattern: format.pattern,
    // Shown by the YAML language server instead of the bare regular expression.
    patternErrorMessage: `Not a valid ${key} value; expected a value such as ${format.examples
      .map(example => JSON.stringify(example))
      .join(' or ')}`,
    examples: format.examples,
  };
}

/** The `metadata.annotations` of an entity: Paved Road's keys, and any other key. */
export function annotationsSchema(): JsonSchema {
  const descriptions = readAnnotationDescriptions();
  const describe = (key: string) => {
    const description = descriptions.get(key);
    if (!description) {
      throw new Error(`${key} has no doc comment in ${KEYS_FILE}`);
    }
    return description;
  };
  const properties = Object.fromEntries(
    PAVED_ROAD_ANNOTATION_KEYS.map(key => {
      const format = ANNOTATION_VALUE_FORMATS[key];
      if (!format) {
        throw new Error(
          `${key} has no value format in annotationValueFormats.ts`,
        );
      }
      return [key, valueSchema(key, describe(key), format)];
    }),
  );
  const waiverKey = `^${escapeRegExp(
    WAIVER_ANNOTATION_PREFIX,
  )}[a-z0-9][a-z0-9-]*\\.[a-z0-9][a-z0-9-]*$`;
  return {
    type: 'object',
    description:
      'Annotations of the entity. Keys under paved-road.io/ must be Paved Road annotations; `paved-road validate` checks their values fully.',
    properties,
    patternProperties: {
      [waiverKey]: valueSchema(
        `${WAIVER_ANNOTATION_PREFIX}<scorecard>.<check>`,
        describe(WAIVER_ANNOTATION_PREFIX),
        WAIVER_VALUE_FORMAT,
      ),
    },
    additionalProperties: { type: 'string' },
    // One pattern rather than anyOf, so that editors can show the message below.
    propertyNames: {
      pattern: `^(?!${escapeRegExp(ANNOTATION_PREFIX)})|^(${[
        ...PAVED_ROAD_ANNOTATION_KEYS,
      ]
        .map(escapeRegExp)
        .join('|')})$|${waiverKey}`,
      patternErrorMessage: `Not a known Paved Road annotation under ${ANNOTATION_PREFIX}; known annotations are ${[
        ...PAVED_ROAD_ANNOTATION_KEYS,
        `${WAIVER_ANNOTATION_PREFIX}<scorecard>.<check>`,
      ].join(', ')}`,
    },
  };
}

/**
 * The parts of the catalog's entity envelope that editors help with. The catalog checks
 * the rest (`paved-road validate` runs the catalog's own rules).
 */
function entitySchema(): JsonSchema {
  return {
    type: 'object',
    required: ['apiVersion', 'kind', 'metadata'],
    properties: {
      apiVersion: {
        type: 'string',
        minLength: 1,
        description:
          'The version of the entity format, such as backstage.io/v1alpha1.',
      },
      kind: {
        type: 'string',
        minLength: 1,
        description:
          'The kind of entity, such as Component or PlatformProduct.',
      },
      metadata: {
        type: 'object',
        required: ['name'],
        properties: {
          name: {
            type: 'string',
            description:
              'The name of the entity, unique within its kind and namespace.',
            pattern: '^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$',
            maxLength: 63,
          },
          namespace: { type: 'string', minLength: 1 },
          title: { type: 'string', minLength: 1 },
          description: { type: 'string' },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
          annotations: { $ref: '#/definitions/annotations' },
          tags: { type: 'array', items: { type: 'string', minLength: 1 } },
          links: {
            type: 'array',
            items: { type: 'object', required: ['url'] },
          },
        },
      },
      spec: { type: 'object' },
    },
  };
}

/**
 * A copy of a schema where every `pattern` with `examples` has a message for editors,
 * like the validator's ("expected a value such as "80%"") instead of the regular expression.
 */
function withPatternMessages(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    return schema.map(withPatternMessages);
  }
  if (!schema || typeof schema !== 'object') {
    return schema;
  }
  const copy: JsonSchema = Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === 'examples' ? value : withPatternMessages(value),
    ]),
  );
  if (typeof copy.pattern === 'string' && Array.isArray(copy.examples)) {
    copy.patternErrorMessage = `Not valid; expected a value such as ${JSON.stringify(
      copy.examples[0],
    )}`;
  }
  return copy;
}

/** The PlatformProduct kind schema, with the catalog's `Entity` reference made local. */
function platformProductSchema(): JsonSchema {
  const { $schema, $id, allOf, ...rest } =
    platformProductEntityV1alpha1Schema as {
      allOf: JsonSchema[];
    } & JsonSchema;
  return withPatternMessages({
    ...rest,
    allOf: allOf.map(part =>
      part.$ref === 'Entity' ? { $ref: '#/definitions/entity' } : part,
    ),
  }) as JsonSchema;
}

/** Every schema file, by name, as the text written to schema/. */
export function generateJsonSchemas(): Record<string, string> {
  const annotations = annotationsSchema();
  const entity = entitySchema();
  const platformProduct = platformProductSchema();
  const schemas: Record<string, JsonSchema> = {
    'annotations.schema.json': {
      $schema: DRAFT_07,
      $id: 'annotations.schema.json',
      title: 'Paved Road annotations',
      ...annotations,
    },
    'platform-product.schema.json': {
      $schema: DRAFT_07,
      $id: 'platform-product.schema.json',
      title: 'PlatformProduct (paved-road.io/v1alpha1)',
      ...platformProduct,
      definitions: { entity, annotations },
    },
    'catalog-info.schema.json': {
      $schema: DRAFT_07,
      $id: 'catalog-info.schema.json',
      title:
        'Backstage catalog entity, with Paved Road annotations and the PlatformProduct kind',
      description:
        'One document of a catalog-info.yaml file. For editors: # yaml-language-server: $schema=<path or URL of this file>',
      allOf: [
        { $ref: '#/definitions/entity' },
        {
          if: {
            required: ['kind'],
            properties: { kind: { const: 'PlatformProduct' } },
          },
          then: { $ref: '#/definitions/platformProduct' },
        },
      ],
      definitions: { entity, annotations, platformProduct },
    },
  };
  // Formatted as the repository's prettier check wants it.
  const prettierOptions = prettier.resolveConfig.sync(SCHEMA_DIR) ?? {};
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      name,
      prettier.format(JSON.stringify(schema), {
        ...prettierOptions,
        parser: 'json',
      }),
    ]),
  );
}

if (require.main === module) {
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(generateJsonSchemas())) {
    fs.writeFileSync(path.join(SCHEMA_DIR, name), text);
    process.stdout.write(
      `wrote ${path.relative(process.cwd(), path.join(SCHEMA_DIR, name))}\n`,
    );
  }
}
