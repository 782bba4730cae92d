/*
 * Benchmark of the insights of @paved-road/plugin-platform-products-backend: adoption of 50
 * platform products over a generated 10,000-component catalog (read from the real catalog
 * backend, in-process, as benchScorecards.ts loads it), the survey summary over 100,000
 * answers, and the metrics ingestion rate through POST /metrics; on SQLite and PostgreSQL.
 *
 *   yarn bench:insights [--entities 10000] [--products 50] [--db sqlite|postgres|both]
 *
 * It measures; it does not test: it exits 0 when a target is missed, and non-zero only when
 * something failed to run.
 */
import { Entity } from '@backstage/catalog-model';
import { knex as createKnex, Knex } from 'knex';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { BenchLogger } from './benchLogger';
import {
  assertPortFree,
  backendConfig,
  Client,
  configFileOf,
  fmt,
  freePort,
  log,
  ms,
  sleep,
  startBackend,
  waitForCatalog,
} from './benchScorecards';
import { writeCatalogFiles } from './catalogFiles';
import {
  GeneratedCatalog,
  generateCatalog,
  seededRandom,
} from './generateCatalog';
import { connectionOf, startPostgres, ThrowawayPostgres } from './postgres';
import { percentile, timeSequential } from './timing';
import { Database, databasesOf, runBenchmark } from './script';

const ADOPTION_TASK = 'platform-products-adoption';
const ADOPTION_LOG =
  /^Computed adoption of (\d+) platform products over (\d+) entities in (\d+) ms/;
/** The service token CI systems would push metrics with. */
const METRICS_TOKEN = 'bench-metrics-token-0123456789abcdef';

/** The targets of the issue. */
const TARGETS = { adoptionMs: 2000, surveyMs: 50, pointsPerSecond: 10_000 };

interface Options {
  entities: number;
  groups: number;
  products: number;
  responses: number;
  points: number;
  db: Database | 'both';
  pgPort: number;
  seed: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '10000' },
      groups: { type: 'string', default: '500' },
      products: { type: 'string', default: '50' },
      responses: { type: 'string', default: '100000' },
      points: { type: 'string', default: '200000' },
      db: { type: 'string', default: 'both' },
      'pg-port': { type: 'string', default: process.env.PG_PORT ?? '54330' },
      seed: { type: 'string', default: '1' },
    },
  });
  const db = values.db as Options['db'];
  if (!['sqlite', 'postgres', 'both'].includes(db)) {
    throw new Error(`--db must be sqlite, postgres or both, got ${db}`);
  }
  return {
    entities: Number(values.entities),
    groups: Number(values.groups),
    products: Number(values.products),
    responses: Number(values.responses),
    points: Number(values.points),
    db,
    pgPort: Number(values['pg-port']),
    seed: Number(values.seed),
  };
}

/**
 * Platform products over the generated catalog: each made of a few components and APIs
 * (some shared between products), half over all Components, half over services; and one
 * component in ten naming a product in `paved-road.io/adopts`.
 */
function addProducts(catalog: GeneratedCatalog, count: number, seed: number) {
  const random = seededRandom(seed + 1000);
  const pick = <T>(items: readonly T[]) =>
    items[Math.floor(random() * items.length)];
  const products: Entity[] = [];
  for (let i = 0; i < count; i++) {
    const name = `product-${String(i).padStart(2, '0')}`;
    const parts = [
      ...Array.from(
        { length: 3 },
        () => `component:${pick(catalog.components)}`,
      ),
      `api:${pick(catalog.apis)}`,
    ];
    products.push({
      apiVersion: 'paved-road.io/v1alpha1',
      kind: 'PlatformProduct',
      metadata: { name, title: `Platform product ${i}` },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: `group:${pick(catalog.teams)}`,
        parts: [...new Set(parts)],
        adoption: {
          ...(i % 2 === 1 && {
            population: { kind: 'Component', 'spec.type': 'service' },
          }),
          target: '50%',
        },
        value: { hoursSavedPerAdopter: 40, hourlyRate: 95, currency: 'USD' },
      },
    });
  }
  for (const entity of catalog.entities) {
    if (entity.kind === 'Component' && random() < 0.1) {
      entity.metadata.annotations = {
        ...entity.metadata.annotations,
        'paved-road.io/adopts': pick(products).metadata.name,
      };
    }
  }
  return products;
}

/** Writes the catalog, plus the products in a file of their own added to the root location. */
function writeCatalog(
  catalog: GeneratedCatalog,
  products: Entity[],
  dir: string,
): string {
  const root = writeCatalogFiles(catalog, dir);
  fs.writeFileSync(
    path.join(dir, 'products.yaml'),
    products.map(p => `---\n${YAML.stringify(p)}`).join(''),
  );
  const location = YAML.parse(fs.readFileSync(root, 'utf8'));
  location.spec.targets.push('./products.yaml');
  fs.writeFileSync(root, YAML.stringify(location));
  return root;
}

async function triggerAdoption(
  client: Client,
  logger: BenchLogger,
): Promise<{
  products: number;
  entities: number;
  taskMs: number;
  wallMs: number;
}> {
  let line: RegExpMatchArray | undefined;
  const errors: string[] = [];
  const unlisten = logger.listen(record => {
    line = record.message.match(ADOPTION_LOG) ?? line;
    if (record.level === 'error') {
      errors.push(record.message);
    }
  });
  try {
    const started = performance.now();
    await client.request(
      'POST',
      `/api/platform-products/.backstage/scheduler/v1/tasks/${ADOPTION_TASK}/trigger`,
    );
    while (!line) {
      if (errors.length > 0 || performance.now() - started > 600_000) {
        throw new Error(`The adoption task failed: ${errors.join('; ')}`);
      }
      await sleep(20);
    }
    const [, products, entities, taskMs] = line.map(Number);
    return { products, entities, taskMs, wallMs: performance.now() - started };
  } finally {
    unlisten();
  }
}

/** 100,000 answers about one product over the last 8 quarters, straight into its table. */
async function seedSurveyAnswers(db: Knex, product: string, count: number) {
  const now = Date.now();
  const quarterMs = 91 * 24 * 3600_000;
  const random = seededRandom(7);
  const rows = Array.from({ length: count }, (_, i) => {
    const back = i % 8;
    const at = new Date(now - back * quarterMs);
    const quarter = Math.floor(at.getUTCMonth() / 3) + 1;
    return {
      entity_ref: `platformproduct:default/${product}`,
      period: `${at.getUTCFullYear()}-Q${quarter}`,
      user_ref: `user:default/bench-user-${Math.floor(i / 8)}`,
      score: Math.floor(random() * 11),
      comment: i % 50 === 0 ? `Bench comment ${i}` : null,
      answered_at: at,
    };
  });
  await db.batchInsert('survey_responses', rows, 100);
  // The per-score counts that the plugin keeps with every answer, for the summaries.
  await db.raw(
    'insert into survey_score_counts (entity_ref, period, score, responses) ' +
      'select entity_ref, period, score, count(*) from survey_responses group by entity_ref, period, score',
  );
}

async function postMetrics(baseUrl: string, points: object[]) {
  const response = await fetch(`${baseUrl}/api/platform-products/metrics`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${METRICS_TOKEN}`,
    },
    body: JSON.stringify({ points }),
  });
  if (!response.ok) {
    throw new Error(
      `POST /metrics: HTTP ${response.status} ${await response.text()}`,
    );
  }
}

async function benchDatabase(db: Database, options: Options) {
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), `paved-road-bench-insights-${db}.`),
  );
  let postgres: ThrowawayPostgres | undefined;
  let pluginDb: Knex | undefined;
  let backend: { stop(): Promise<void> } | undefined;
  try {
    const catalog = generateCatalog({
      components: options.entities,
      groups: options.groups,
      seed: options.seed,
    });
    const products = addProducts(catalog, options.products, options.seed);
    const catalogFile = writeCatalog(
      catalog,
      products,
      path.join(workDir, 'catalog'),
    );

    let database: object;
    if (db === 'postgres') {
      await assertPortFree(options.pgPort);
      postgres = startPostgres(options.pgPort);
      database = {
        client: 'pg',
        connection: connectionOf(postgres),
      };
    } else {
      database = {
        client: 'better-sqlite3',
        connection: { directory: path.join(workDir, 'sqlite') },
      };
    }
    const port = await freePort();
    const config: any = backendConfig({
      port,
      database,
      catalogFile,
      quietCatalog: true,
    });
    config.backend.auth.externalAccess = [
      {
        type: 'static',
        options: { token: METRICS_TOKEN, subject: 'bench-ci' },
      },
    ];
    config.platformProducts.adoption = {
      schedule: { frequency: { trigger: 'manual' }, timeout: { minutes: 30 } },
    };
    fs.writeFileSync(configFileOf(workDir), YAML.stringify(config));

    const logger = new BenchLogger({ print: 'warn' });
    const started = await startBackend(workDir, logger);
    backend = started.backend;
    const { client } = started;
    const baseUrl = `http://127.0.0.1:${port}`;
    log(
      `\n== ${db}: ${fmt(
        catalog.entities.length + products.length,
      )} entities, ${products.length} products`,
    );
    const catalogMs = await waitForCatalog(client, {
      ...catalog,
      entities: [...catalog.entities, ...products],
    });
    log(
      `  catalog loaded in ${fmt(
        catalogMs / 1000,
        1,
      )} s (the catalog's work, not measured)`,
    );

    // Adoption of every product: the scheduled task, three runs.
    const runs = [];
    for (let i = 0; i < 3; i++) {
      runs.push(await triggerAdoption(client, logger));
    }
    const taskMs = percentile(
      runs.map(r => r.taskMs),
      50,
    );
    const list = await timeSequential(
      async () => {
        await client.get('/api/platform-products/products');
      },
      { warmUp: 3, requests: 30 },
    );
    const adoption = await timeSequential(
      async i => {
        await client.get(
          `/api/platform-products/products/default/product-${String(
            i % products.length,
          ).padStart(2, '0')}/adoption`,
        );
      },
      { warmUp: 3, requests: 30 },
    );
    const sample = (await client.get('/api/platform-products/products'))
      .items as Array<{
      adoption: { adopters: number; population: number } | null;
    }>;
    const adopters = sample.map(p => p.adoption?.adopters ?? 0);

    // Survey summary over 100,000 answers.
    pluginDb =
      db === 'postgres'
        ? createKnex({
            client: 'pg',
            connection: connectionOf(
              postgres!,
              'backstage_plugin_platform-products',
            ),
          })
        : createKnex({
            client: 'better-sqlite3',
            connection: {
              filename: path.join(
                workDir,
                'sqlite',
                'platform-products.sqlite',
              ),
            },
            useNullAsDefault: true,
          });
    const seeded = performance.now();
    await seedSurveyAnswers(pluginDb, 'product-00', options.responses);
    const seedMs = performance.now() - seeded;
    const survey = await timeSequential(
      async () => {
        await client.get(
          '/api/platform-products/entities/platformproduct/default/product-00/survey',
        );
      },
      { warmUp: 5, requests: 50 },
    );

    // Metrics ingestion through POST /metrics, batches of 5,000, sequential.
    const batch = 5000;
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    const ingested = performance.now();
    for (let offset = 0; offset < options.points; offset += batch) {
      const points = Array.from(
        { length: Math.min(batch, options.points - offset) },
        (_, j) => {
          const i = offset + j;
          return {
            entityRef: `component:default/${
              catalog.components[i % catalog.components.length]
            }`,
            metric: 'lead-time-hours',
            timestamp: new Date(
              t0 + Math.floor(i / catalog.components.length) * 60_000,
            ).toISOString(),
            value: (i % 97) + 0.5,
          };
        },
      );
      await postMetrics(baseUrl, points);
    }
    const ingestMs = performance.now() - ingested;
    const pointsPerSecond = options.points / (ingestMs / 1000);

    const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
    log(
      `  adoption task, all ${runs[0].products} products over ${fmt(
        runs[0].entities,
      )} entities (catalog read + compute + store), median of 3: ${ms(
        taskMs,
      )} [${runs.map(r => ms(r.taskMs)).join(', ')}] — target ≤ ${fmt(
        TARGETS.adoptionMs,
      )} ms: ${verdict(taskMs <= TARGETS.adoptionMs)}`,
    );
    log(
      `    adopters per product: min ${Math.min(
        ...adopters,
      )}, median ${percentile(adopters, 50)}, max ${Math.max(...adopters)}`,
    );
    log(
      `  GET /products (${products.length} products), p50 / p95: ${ms(
        list.p50,
      )} / ${ms(list.p95)}`,
    );
    log(
      `  GET /products/…/adoption, p50 / p95: ${ms(adoption.p50)} / ${ms(
        adoption.p95,
      )}`,
    );
    log(
      `  survey summary over ${fmt(
        options.responses,
      )} answers (GET …/survey, HTTP), p50 / p95: ${ms(survey.p50)} / ${ms(
        survey.p95,
      )} — target ≤ ${TARGETS.surveyMs} ms: ${verdict(
        survey.p95 <= TARGETS.surveyMs,
      )} (seeded in ${fmt(seedMs / 1000, 1)} s)`,
    );
    log(
      `  metrics ingestion, ${fmt(options.points)} points in batches of ${fmt(
        batch,
      )} (POST /metrics, HTTP): ${fmt(ingestMs / 1000, 2)} s = ${fmt(
        pointsPerSecond,
      )} points/s — target ≥ ${fmt(TARGETS.pointsPerSecond)}: ${verdict(
        pointsPerSecond >= TARGETS.pointsPerSecond,
      )}`,
    );
  } finally {
    await pluginDb?.destroy();
    await backend?.stop();
    postgres?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function main() {
  const options = readOptions();
  log(
    `bench:insights on ${os.cpus().length} CPUs, Node ${process.version}: ${fmt(
      options.entities,
    )} components, ${options.products} products, ${fmt(
      options.responses,
    )} survey answers, ${fmt(options.points)} metric points`,
  );
  for (const db of databasesOf(options.db)) {
    await benchDatabase(db, options);
  }
}

runBenchmark('bench:insights', main);
