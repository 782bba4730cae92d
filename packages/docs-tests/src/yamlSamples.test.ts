import { Entity } from '@backstage/catalog-model';
import {
  findAnnotationProblems,
  isPlatformProductEntity,
  platformProductEntityV1alpha1Validator,
} from '@paved-road/plugin-platform-products-common';
import { parseAllDocuments } from 'yaml';
import { CodeBlock, documentationFiles, readCodeBlocks } from './markdown';

function isEntity(value: unknown): value is Entity {
  const v = value as Partial<Entity> | null;
  return Boolean(v && typeof v.apiVersion === 'string' && v.kind && v.metadata);
}

/** The entities of every YAML sample in the documentation. */
function entitySamples(): { block: CodeBlock; entity: Entity }[] {
  return documentationFiles()
    .flatMap(readCodeBlocks)
    .filter(b => b.language === 'yaml')
    .flatMap(block =>
      parseAllDocuments(block.text).map(document => {
        if (document.errors.length) {
          throw new Error(
            `${block.file}:${block.line}: ${document.errors[0].message}`,
          );
        }
        return { block, value: document.toJS() as unknown };
      }),
    )
    .filter(sample => isEntity(sample.value))
    .map(({ block, value }) => ({ block, entity: value as Entity }));
}

const samples = entitySamples();
const label = ({ block, entity }: { block: CodeBlock; entity: Entity }) =>
  `${block.file}:${block.line} ${entity.kind} ${entity.metadata.name}`;

describe('entity samples in the documentation', () => {
  it('finds the samples', () => {
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(samples.some(s => isPlatformProductEntity(s.entity))).toBe(true);
  });

  const products = samples.filter(s => isPlatformProductEntity(s.entity));

  it.each(products.map(s => [label(s), s] as const))(
    '%s: PlatformProduct spec is valid',
    async (_, { entity }) => {
      await expect(
        platformProductEntityV1alpha1Validator.check(entity),
      ).resolves.toBe(true);
    },
  );

  it.each(samples.map(s => [label(s), s] as const))(
    '%s: every paved-road.io/ annotation is understood',
    (_, { entity }) => {
      expect(findAnnotationProblems(entity).map(p => p.message)).toEqual([]);
    },
  );
});
