import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parseAllDocuments } from 'yaml';
import { findAnnotationProblems } from './annotations';
import {
  ANNOTATION_VALUE_FORMATS,
  WAIVER_VALUE_FORMAT,
} from '../scripts/annotationValueFormats';
import { generateJsonSchemas, SCHEMA_DIR } from '../scripts/generate-json-schemas';

const generated = generateJsonSchemas();
const examples = path.resolve(__dirname, '../../../examples');

function readEntities(file: string): any[] {
  return parseAllDocuments(fs.readFileSync(file, 'utf8'))
    .map(doc => doc.toJS())
    .filter(Boolean);
}

function catalogInfoValidator() {
  return new Ajv({ strict: false, allErrors: true }).compile(
    JSON.parse(generated['catalog-info.schema.json']),
  );
}

describe('the JSON Schemas in schema/', () => {
  it.each(Object.keys(generated))(
    '%s is up to date (run `yarn generate:schemas` in this package)',
    name => {
      expect(fs.readFileSync(path.join(SCHEMA_DIR, name), 'utf8')).toBe(
        generated[name],
      );
    },
  );

  it('are valid JSON Schemas', () => {
    for (const text of Object.values(generated)) {
      expect(() =>
        new Ajv({ strict: false }).compile(JSON.parse(text)),
      ).not.toThrow();
    }
  });

  it.each(Object.entries(ANNOTATION_VALUE_FORMATS))(
    'the examples of %s match its pattern and its parser',
    (annotation, format) => {
      for (const example of format.examples) {
        expect(example).toMatch(new RegExp(format.pattern));
        const entity = {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'x', annotations: { [annotation]: example } },
        };
        expect(findAnnotationProblems(entity)).toEqual([]);
      }
    },
  );

  it('the waiver example matches its pattern and its parser', () => {
    const [example] = WAIVER_VALUE_FORMAT.examples;
    expect(example).toMatch(new RegExp(WAIVER_VALUE_FORMAT.pattern));
    const entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'x',
        annotations: { 'paved-road.io/waive.a-card.a-check': example },
      },
    };
    expect(findAnnotationProblems(entity)).toEqual([]);
  });

  it('accept every entity of the example catalog', () => {
    const validate = catalogInfoValidator();
    const files = fs
      .readdirSync(examples)
      .filter(file => file.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      for (const entity of readEntities(path.join(examples, file))) {
        validate(entity);
        expect({
          file,
          name: entity.metadata.name,
          errors: validate.errors,
        }).toEqual({ file, name: entity.metadata.name, errors: null });
      }
    }
  });

  it('reject the broken examples that a pattern can tell apart', () => {
    const validate = catalogInfoValidator();
    const broken = readEntities(
      path.join(examples, 'broken/broken-entities.yaml'),
    );
    // Calendar dates, ranges, RRULE frequencies and entity ref syntax are for the parsers
    // (and `paved-road validate`); a regular expression would only approximate them.
    const onlyParsersCatch = [
      'bad-annotation-availability-over-100',
      'bad-annotation-timezone-unknown',
      'bad-annotation-maintenance-rrule',
      'bad-annotation-waiver-invalid-date',
      'bad-annotation-adopts-empty-ref',
    ];
    const rejected = broken
      .filter(entity => !validate(entity))
      .map(entity => entity.metadata.name);
    expect(rejected).toEqual(
      broken
        .map(entity => entity.metadata.name)
        .filter(name => !onlyParsersCatch.includes(name)),
    );
    expect(rejected).toHaveLength(9);
  });
});
