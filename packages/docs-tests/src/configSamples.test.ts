import { loadConfigSchema } from '@backstage/config-loader';
import { parseAllDocuments } from 'yaml';
import { CodeBlock, documentationFiles, readCodeBlocks } from './markdown';

// Every app-config sample of the documentation (a YAML block whose document has a
// top-level platformProducts key) must be valid against the config schemas the packages
// declare in their config.d.ts, which is what Backstage validates app-config with.
const PACKAGES = [
  '@paved-road/plugin-platform-products-backend',
  '@paved-road/plugin-catalog-backend-module-platform-products',
  '@paved-road/plugin-platform-products-backend-module-prometheus',
];

// What every app has besides our keys; the core packages' schemas require it.
const BASE_CONFIG = {
  app: { baseUrl: 'http://localhost:3000' },
  backend: {
    baseUrl: 'http://localhost:7007',
    listen: { port: 7007 },
    database: { client: 'better-sqlite3', connection: ':memory:' },
  },
};

type ConfigSample = { block: CodeBlock; data: Record<string, unknown> };

function configSamples(): ConfigSample[] {
  return documentationFiles()
    .flatMap(readCodeBlocks)
    .filter(b => b.language === 'yaml')
    .flatMap(block =>
      parseAllDocuments(block.text).map(document => ({
        block,
        data: document.toJS() as Record<string, unknown>,
      })),
    )
    .filter(
      sample =>
        sample.data !== null &&
        typeof sample.data === 'object' &&
        'platformProducts' in sample.data,
    );
}

jest.setTimeout(120_000);

describe('app-config samples in the documentation', () => {
  const samples = configSamples();
  let validate: (data: object, context: string) => void;

  beforeAll(async () => {
    const schema = await loadConfigSchema({ dependencies: PACKAGES });
    validate = (data, context) => {
      schema.process(
        [
          { data: BASE_CONFIG, context: 'base' },
          { data: data as any, context },
        ],
        {
          visibility: ['frontend', 'backend', 'secret'],
        },
      );
    };
  });

  it('finds the samples (README, docs/scorecards.md, package READMEs)', () => {
    const files = new Set(samples.map(s => s.block.file));
    expect([...files]).toEqual(
      expect.arrayContaining(['README.md', 'docs/scorecards.md']),
    );
    expect(samples.length).toBeGreaterThanOrEqual(3);
  });

  it('rejects a sample that breaks the schema, so the check can fail', () => {
    expect(() =>
      validate({ platformProducts: { strictAnnotations: 'yes' } }, 'bad'),
    ).toThrow(/strictAnnotations/);
    expect(() =>
      validate(
        { platformProducts: { scorecards: [{ id: 'x', checks: [] }] } },
        'bad',
      ),
    ).toThrow(/title/);
  });

  it.each(samples.map(s => [`${s.block.file}:${s.block.line}`, s] as const))(
    '%s is valid app-config',
    (label, sample) => {
      expect(() => validate(sample.data, label)).not.toThrow();
    },
  );
});
