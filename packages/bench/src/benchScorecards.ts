/*
 * Benchmark of the scorecards of @paved-road/plugin-platform-products-backend: a generated
 * catalog of realistic size is loaded into a real catalog backend, in-process, with the
 * plugin next to it; the scheduled evaluation is triggered through the scheduler's REST API
 * and the HTTP endpoints are timed; on SQLite and on PostgreSQL.
 *
 *   yarn bench:scorecards [--entities 10000] [--groups 500] [--db sqlite|postgres|both]
 *
 * It measures; it does not test: it exits 0 when a target is missed, and non-zero only when
 * something failed to run. See packages/bench/README.md.
 */
import { createBackend } from '@backstage/backend-defaults';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { BenchLogger, benchLoggerServiceFactory } from './benchLogger';
import { GeneratedCatalog, generateCatalog, seededRandom } from './generateCatalog';
import { startPostgres, ThrowawayPostgres } from './postgres';
import { benchScorecards } from './scorecardsConfig';
import { LatencySummary, timeSequential } from './timing';

type Database = 'sqlite' | 'postgres';

const TASK_ID = 'platform-products-scorecard-evaluation';
const SCORECARD_ALL = 'docs-quality'; // applies to every component
const EVALUATION_LOG = /^Evaluated scorecards for (\d+) entities in (\d+) ms: (\d+) new, (\d+) changed, (\d+) unchanged, (\d+) removed/;

/** The targets of the issue, at 10,000 entities on a 2-core machine. */
const TARGETS = {
  entitiesPerSecond: 5000,
  listP95Ms: 200,
  entityP95Ms: 5,
  rssMb: 400,
};

interface Options {
  entities: number;
  groups: number;
  seed: number;
  db: Database | 'both';
  requests: number;
  warmUp: number;
  pgPort: number;
  verbose: boolean;
  resultFile?: string;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      entities: { type: 'string', default: '10000' },
      groups: { type: 'string' },
      seed: { type: 'string', default: '1' },
      db: { type: 'string', default: 'both' },
      requests: { type: 'string', default: '200' },
      'warm-up': { type: 'string', default: '20' },
      'pg-port': { type: 'string', default: '54316' },
      verbose: { type: 'boolean', default: false },
      'result-file': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'Usage: yarn bench:scorecards [--entities 10000] [--groups 500] [--db sqlite|postgres|both]\n' +
        '         [--requests 200] [--warm-up 20] [--seed 1] [--pg-port 54316] [--verbose]\n',
    );
    process.exit(0);
  }
  const integer = (name: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      throw new Error(`--${name} must be an integer of at least ${min}, got ${value}`);
    }
    return n;
  };
  const entities = integer('entities', values.entities, 1);
  if (!['sqlite', 'postgres', 'both'].includes(values.db!)) {
    throw new Error(`--db must be sqlite, postgres or both, got ${values.db}`);
  }
  return {
    entities,
    // 500 groups for 10,000 components, as in the issue; proportionally for quick runs.
    groups: values.groups
      ? integer('groups', values.groups, 3)
      : Math.max(3, Math.round(entities / 20)),
    seed: integer('seed', values.seed, 0),
    db: values.db as Options['db'],
    requests: integer('requests', values.requests, 1),
    warmUp: integer('warm-up', values['warm-up'], 0),
    pgPort: integer('pg-port', values['pg-port'], 1),
    verbose: values.verbose!,
    resultFile: values['result-file'],
  };
}

// ---------------------------------------------------------------------------------------
// Output

interface Row {
  metric: string;
  value: string;
  target?: string;
  pass?: boolean;
}

interface DatabaseResult {
  db: Database;
  label: string;
  rows: Row[];
  /** Raw figures, for the comparison of the databases. */
  figures: Record<string, number>;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => (n < 10 ? `${fmt(n, 2)} ms` : n < 1000 ? `${fmt(n, 1)} ms` : `${fmt(n)} ms`);
const mb = (kb: number) => `${fmt(kb / 1024)} MB`;

function printTable(title: string, rows: Row[]) {
  const width = (f: (r: Row) => string) => Math.max(...rows.map(r => f(r).length));
  const w1 = width(r => r.metric);
  const w2 = width(r => r.value);
  const w3 = width(r => r.target ?? '');
  const lines = rows.map(r => {
    const verdict = r.pass === undefined ? '' : r.pass ? 'pass' : 'MISS';
    return `  ${r.metric.padEnd(w1)}  ${r.value.padStart(w2)}  ${(r.target ?? '').padEnd(w3)}  ${verdict}`.trimEnd();
  });
  process.stdout.write(`\n${title}\n${lines.join('\n')}\n`);
}

function log(message: string) {
  process.stdout.write(`${message}\n`);
}

// ---------------------------------------------------------------------------------------
// The backend

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function assertPortFree(port: number) {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.on('error', () =>
      reject(new Error(`Port ${port} is in use; pick another one with --pg-port`)),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

function writeCatalogFile(catalog: GeneratedCatalog, dir: string): string {
  const file = path.join(dir, 'catalog.yaml');
  const fd = fs.openSync(file, 'w');
  for (const entity of catalog.entities) {
    fs.writeSync(fd, `---\n${YAML.stringify(entity)}`);
  }
  fs.closeSync(fd);
  return file;
}

function backendConfig(options: {
  port: number;
  database: object;
  catalogFile: string;
}) {
  return {
    backend: {
      baseUrl: `http://127.0.0.1:${options.port}`,
      listen: { port: options.port, host: '127.0.0.1' },
      // So that the benchmark can call every endpoint without a token.
      auth: { dangerouslyDisableDefaultAuthPolicy: true },
      database: options.database,
    },
    catalog: {
      rules: [
        {
          allow: [
            'Component', 'System', 'API', 'Resource', 'Location', 'Domain', 'Group', 'User',
            'PlatformProduct',
          ],
        },
      ],
      locations: [{ type: 'file', target: options.catalogFile }],
    },
    platformProducts: {
      scorecards: benchScorecards,
      scorecardEvaluation: {
        // Never by itself: the benchmark triggers each run through the scheduler's API.
        schedule: { frequency: { trigger: 'manual' }, timeout: { minutes: 30 } },
      },
    },
  };
}

class Client {
  constructor(private readonly baseUrl: string) {}

  async request<T = any>(method: string, urlPath: string): Promise<T> {
    const response = await fetch(`${this.baseUrl}${urlPath}`, { method });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(`${method} ${urlPath}: HTTP ${response.status} ${text.slice(0, 500)}`);
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T = any>(urlPath: string) {
    return this.request<T>('GET', urlPath);
  }
}

const sleep = (milliseconds: number) => new Promise(r => setTimeout(r, milliseconds));

/** Waits until the catalog serves every generated entity; returns how long it took. */
async function waitForCatalog(client: Client, catalog: GeneratedCatalog): Promise<number> {
  const kinds = [...new Set(catalog.entities.map(e => e.kind.toLocaleLowerCase('en-US')))];
  const query = `/api/catalog/entities/by-query?limit=1&${kinds
    .map(k => `filter=kind=${k}`)
    .join('&')}`;
  const started = performance.now();
  let lastReport = started;
  for (;;) {
    const { totalItems } = await client.get<{ totalItems: number }>(query);
    if (totalItems >= catalog.entities.length) {
      return performance.now() - started;
    }
    if (performance.now() - lastReport > 15_000) {
      lastReport = performance.now();
      log(
        `  … catalog: ${fmt(totalItems)} of ${fmt(catalog.entities.length)} entities after ${fmt(
          (lastReport - started) / 1000,
        )} s`,
      );
    }
    if (performance.now() - started > 60 * 60_000) {
      throw new Error(`The catalog served only ${totalItems} entities after an hour`);
    }
    await sleep(500);
  }
}

interface TaskState {
  status: 'idle' | 'running';
  startedAt?: string;
  lastRunEndedAt?: string;
  lastRunError?: string;
}

interface EvaluationRun {
  /** From the evaluator's own log line. */
  entities: number;
  evaluatorMs: number;
  inserted: number;
  changed: number;
  unchanged: number;
  removed: number;
  /** From the trigger request until the scheduler reports the task idle again. */
  wallMs: number;
  /** Highest RSS sampled while the task ran, and the RSS just before. */
  rssBeforeKb: number;
  rssPeakKb: number;
}

async function taskState(client: Client): Promise<TaskState | null> {
  const { tasks } = await client.get<{ tasks: Array<{ taskId: string; taskState: TaskState | null }> }>(
    '/api/platform-products/.backstage/scheduler/v1/tasks',
  );
  const task = tasks.find(t => t.taskId === TASK_ID);
  if (!task) {
    throw new Error(`The scheduler of platform-products has no task ${TASK_ID}`);
  }
  return task.taskState;
}

/** Triggers the scheduled evaluation and waits until it has run. */
async function runEvaluation(client: Client, logger: BenchLogger): Promise<EvaluationRun> {
  const before = await taskState(client);
  let line: RegExpMatchArray | undefined;
  const errors: string[] = [];
  const unlisten = logger.listen(record => {
    const match = record.message.match(EVALUATION_LOG);
    if (match) {
      line = match;
    }
    if (record.level === 'error') {
      errors.push(`${record.message} ${record.meta.error ?? ''}`);
    }
  });
  const rssBeforeKb = process.memoryUsage.rss() / 1024;
  let rssPeakKb = rssBeforeKb;
  const sampler = setInterval(() => {
    rssPeakKb = Math.max(rssPeakKb, process.memoryUsage.rss() / 1024);
  }, 20);
  try {
    const started = performance.now();
    await client.request('POST', `/api/platform-products/.backstage/scheduler/v1/tasks/${TASK_ID}/trigger`);
    for (;;) {
      await sleep(100);
      const state = await taskState(client);
      const ended =
        state?.status === 'idle' &&
        state.lastRunEndedAt !== undefined &&
        (line !== undefined || state.lastRunEndedAt !== before?.lastRunEndedAt);
      if (ended) {
        const wallMs = performance.now() - started;
        if (state!.lastRunError && state!.lastRunError !== before?.lastRunError) {
          throw new Error(`The evaluation task failed: ${state!.lastRunError}`);
        }
        if (!line) {
          throw new Error(
            `The evaluation ended without its "Evaluated scorecards ..." log line${
              errors.length ? `; errors: ${errors.join('; ')}` : ''
            }`,
          );
        }
        const [, entities, evaluatorMs, inserted, changed, unchanged, removed] = line.map(Number);
        return {
          entities,
          evaluatorMs,
          inserted,
          changed,
          unchanged,
          removed,
          wallMs,
          rssBeforeKb,
          rssPeakKb,
        };
      }
      if (performance.now() - started > 30 * 60_000) {
        throw new Error('The evaluation did not end within 30 minutes');
      }
    }
  } finally {
    clearInterval(sampler);
    unlisten();
  }
}

// ---------------------------------------------------------------------------------------
// One database

async function benchDatabase(db: Database, options: Options): Promise<DatabaseResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paved-road-bench.'));
  let postgres: ThrowawayPostgres | undefined;
  let backend: ReturnType<typeof createBackend> | undefined;
  const cleanUp = async () => {
    await backend?.stop().catch(() => {});
    backend = undefined;
    postgres?.stop();
    postgres = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const onSignal = () => {
    cleanUp().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    const generated = performance.now();
    const catalog = generateCatalog({
      components: options.entities,
      groups: options.groups,
      seed: options.seed,
    });
    const catalogFile = writeCatalogFile(catalog, dir);
    const generateMs = performance.now() - generated;

    let database: object;
    let label: string;
    if (db === 'postgres') {
      await assertPortFree(options.pgPort);
      postgres = startPostgres(options.pgPort);
      database = {
        client: 'pg',
        connection: { host: postgres.host, port: postgres.port, user: postgres.user, password: 'unused' },
      };
      label = `PostgreSQL ${postgres.version} (throwaway server on 127.0.0.1:${postgres.port}, fsync off)`;
    } else {
      database = { client: 'better-sqlite3', connection: { directory: path.join(dir, 'sqlite') } };
      label = 'SQLite (better-sqlite3, one file per plugin in a temp dir)';
    }
    const port = await freePort();
    const configFile = path.join(dir, 'app-config.bench.yaml');
    fs.writeFileSync(configFile, YAML.stringify(backendConfig({ port, database, catalogFile })));

    log(`\n== ${label}`);
    log(
      `  catalog: ${fmt(catalog.entities.length)} entities (${fmt(catalog.components.length)} components, ` +
        `${fmt(1 + catalog.departments.length + catalog.teams.length)} groups: 1 org, ${fmt(
          catalog.departments.length,
        )} departments, ${fmt(catalog.teams.length)} teams; ${fmt(catalog.users.length)} users, ` +
        `${fmt(catalog.systems.length)} systems, ${fmt(catalog.domains.length)} domains, ${fmt(
          catalog.apis.length,
        )} APIs), generated in ${ms(generateMs)}`,
    );

    const logger = new BenchLogger({ print: options.verbose ? 'info' : 'warn' });
    backend = createBackend();
    backend.add(rootConfigServiceFactory({ argv: ['--config', configFile], watch: false }));
    backend.add(benchLoggerServiceFactory(logger));
    backend.add(import('@backstage/plugin-catalog-backend'));
    backend.add(import('@paved-road/plugin-catalog-backend-module-platform-products'));
    backend.add(import('@paved-road/plugin-platform-products-backend'));

    const startedAt = performance.now();
    await backend.start();
    const startMs = performance.now() - startedAt;
    const rssAfterStartKb = process.memoryUsage.rss() / 1024;
    log(`  backend started in ${ms(startMs)} on 127.0.0.1:${port} (auth policy disabled: requests carry no token)`);

    const client = new Client(`http://127.0.0.1:${port}`);
    const catalogMs = await waitForCatalog(client, catalog);
    log(
      `  catalog served all ${fmt(catalog.entities.length)} entities ${fmt(catalogMs / 1000, 1)} s after start-up ` +
        `(${fmt(catalog.entities.length / (catalogMs / 1000))} entities/s)`,
    );

    const full = await runEvaluation(client, logger);
    const maxRssAfterEvaluationKb = process.resourceUsage().maxRSS;
    log(
      `  full evaluation: ${fmt(full.entities)} entities in ${ms(full.evaluatorMs)} (evaluator), ` +
        `${ms(full.wallMs)} trigger → idle; ${fmt(full.inserted)} new`,
    );
    const again = await runEvaluation(client, logger);
    log(
      `  re-evaluation: ${fmt(again.entities)} entities in ${ms(again.evaluatorMs)} (evaluator), ` +
        `${ms(again.wallMs)} trigger → idle; ${fmt(again.unchanged)} unchanged, ${fmt(again.changed)} changed`,
    );

    // Endpoints: sequential requests with inputs drawn from a seeded generator.
    const random = seededRandom(options.seed + 1);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
    const teamsWithComponents = [
      ...new Set(
        catalog.entities
          .filter(e => e.kind === 'Component' && String(e.spec?.owner).startsWith('group:'))
          .map(e => String(e.spec!.owner).slice('group:'.length)),
      ),
    ].filter(name => catalog.teams.includes(name));
    const levels = benchScorecards.find(s => s.id === SCORECARD_ALL)!.levels.map(l => l.name);
    const timed = (call: () => Promise<unknown>) =>
      timeSequential(async () => void (await call()), {
        warmUp: options.warmUp,
        requests: options.requests,
      });
    const api = '/api/platform-products';
    const endpoints: Array<{ name: string; kind: 'entity' | 'list' | 'history'; latency: LatencySummary }> = [];
    const measure = async (name: string, kind: 'entity' | 'list' | 'history', call: () => Promise<unknown>) => {
      endpoints.push({ name, kind, latency: await timed(call) });
    };
    let filteredItems = 0;
    let filteredCalls = 0;
    await measure('GET /entities/component/default/<random>/scorecards', 'entity', async () => {
      const body = await client.get(`${api}/entities/component/default/${pick(catalog.components)}/scorecards`);
      if (body.results.length === 0) {
        throw new Error(`No results for ${body.entityRef}`);
      }
    });
    await measure(`GET /scorecards/${SCORECARD_ALL}/results (first page of 50)`, 'list', () =>
      client.get(`${api}/scorecards/${SCORECARD_ALL}/results`),
    );
    await measure(`GET /scorecards/${SCORECARD_ALL}/results?owner=<team>&level=<level>`, 'list', async () => {
      const body = await client.get(
        `${api}/scorecards/${SCORECARD_ALL}/results?owner=${encodeURIComponent(
          `group:default/${pick(teamsWithComponents)}`,
        )}&level=${encodeURIComponent(pick(levels))}`,
      );
      filteredItems += body.totalItems;
      filteredCalls += 1;
    });
    await measure(`GET /scorecards/${SCORECARD_ALL}/history?entityRef=<department>`, 'history', () =>
      client.get(
        `${api}/scorecards/${SCORECARD_ALL}/history?entityRef=${encodeURIComponent(
          `group:default/${pick(catalog.departments)}`,
        )}`,
      ),
    );
    await measure(`GET /rollups/group/default/${catalog.root} (whole org)`, 'list', () =>
      client.get(`${api}/rollups/group/default/${catalog.root}`),
    );
    await measure('GET /rollups/group/default/<random team>', 'list', () =>
      client.get(`${api}/rollups/group/default/${pick(teamsWithComponents)}`),
    );
    const maxRssEndKb = process.resourceUsage().maxRSS;

    // The figures.
    const fullRate = full.entities / (full.evaluatorMs / 1000);
    const againRate = again.entities / (again.evaluatorMs / 1000);
    const rows: Row[] = [
      { metric: `catalog ingestion (${fmt(catalog.entities.length)} entities, not the plugin)`, value: `${fmt(catalogMs / 1000, 1)} s` },
      {
        metric: `full evaluation, evaluator log (${fmt(full.entities)} entities)`,
        value: `${ms(full.evaluatorMs)} = ${fmt(fullRate)} entities/s`,
        target: `≥ ${fmt(TARGETS.entitiesPerSecond)} entities/s`,
        pass: fullRate >= TARGETS.entitiesPerSecond,
      },
      { metric: '  same, scheduler trigger → task idle', value: ms(full.wallMs) },
      {
        metric: 're-evaluation, nothing changed, evaluator log',
        value: `${ms(again.evaluatorMs)} = ${fmt(againRate)} entities/s`,
        target: `≥ ${fmt(TARGETS.entitiesPerSecond)} entities/s`,
        pass: againRate >= TARGETS.entitiesPerSecond,
      },
      { metric: '  same, scheduler trigger → task idle', value: ms(again.wallMs) },
      {
        metric: 'peak RSS after the evaluations (whole process)',
        value: mb(maxRssAfterEvaluationKb),
        target: `≤ ${TARGETS.rssMb} MB`,
        pass: maxRssAfterEvaluationKb / 1024 <= TARGETS.rssMb,
      },
      { metric: '  RSS after backend start-up, empty catalog', value: mb(rssAfterStartKb) },
      {
        metric: '  RSS before → peak during the full evaluation',
        value: `${mb(full.rssBeforeKb)} → ${mb(full.rssPeakKb)}`,
      },
      ...endpoints.map(e => {
        const target =
          e.kind === 'entity' ? TARGETS.entityP95Ms : e.kind === 'list' ? TARGETS.listP95Ms : undefined;
        return {
          metric: e.name,
          value: `p50 ${ms(e.latency.p50)}  p95 ${ms(e.latency.p95)}`,
          target: target === undefined ? '(no target)' : `p95 ≤ ${target} ms`,
          pass: target === undefined ? undefined : e.latency.p95 <= target,
        };
      }),
      {
        metric: 'peak RSS at the end (whole process)',
        value: mb(maxRssEndKb),
        target: `≤ ${TARGETS.rssMb} MB`,
        pass: maxRssEndKb / 1024 <= TARGETS.rssMb,
      },
    ];
    printTable(
      `== ${label}: ${fmt(options.requests)} sequential requests per endpoint after ${options.warmUp} warm-up; ` +
        `filtered pages held ${fmt(filteredItems / Math.max(1, filteredCalls), 1)} results on average`,
      rows,
    );

    const figures: Record<string, number> = {
      catalogSeconds: catalogMs / 1000,
      fullMs: full.evaluatorMs,
      fullEntitiesPerSecond: fullRate,
      againMs: again.evaluatorMs,
      againEntitiesPerSecond: againRate,
      maxRssAfterEvaluationMb: maxRssAfterEvaluationKb / 1024,
      maxRssEndMb: maxRssEndKb / 1024,
    };
    endpoints.forEach(e => {
      figures[`${e.name} p50`] = e.latency.p50;
      figures[`${e.name} p95`] = e.latency.p95;
    });
    return { db, label, rows, figures };
  } finally {
    await cleanUp();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

// ---------------------------------------------------------------------------------------
// Both databases: one child process each, so that each has its own peak RSS.

function runChild(db: Database, resultFile: string): Promise<void> {
  const args = process.argv.slice(2).filter((_, i, all) => {
    // Drop --db and its value; the child gets its own.
    return !(all[i] === '--db' || all[i - 1] === '--db' || all[i].startsWith('--db='));
  });
  const child = spawn(
    process.execPath,
    [...process.execArgv, process.argv[1], ...args, '--db', db, '--result-file', resultFile],
    { stdio: 'inherit' },
  );
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`The ${db} run failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

function printComparison(results: DatabaseResult[]) {
  const [a, b] = results;
  const keys = Object.keys(a.figures).filter(k => k in b.figures);
  const rows: Row[] = keys.map(key => {
    const x = a.figures[key];
    const y = b.figures[key];
    const unit = key.endsWith('Mb') ? ' MB' : key.endsWith('Seconds') ? ' s' : key.endsWith('Second') ? '/s' : ' ms';
    const show = (n: number) => `${fmt(n, unit === ' ms' && n < 10 ? 2 : unit === ' s' ? 1 : 0)}${unit}`;
    return { metric: key, value: `${show(x)} | ${show(y)}`, target: `× ${fmt(y / x, 2)}` };
  });
  printTable(`== ${a.db} | ${b.db}, and the ratio ${b.db} / ${a.db}`, rows);
}

async function main() {
  const options = readOptions();
  log(
    `Scorecards benchmark: ${fmt(options.entities)} components, ${fmt(options.groups)} groups, seed ${options.seed}; ` +
      `${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ${fmt(os.totalmem() / 2 ** 30, 1)} GiB RAM, ` +
      `Node ${process.version}, ${os.platform()} ${os.release()}`,
  );
  log(
    `Targets at 10,000 entities: full evaluation ≥ ${fmt(TARGETS.entitiesPerSecond)} entities/s; results and rollup ` +
      `endpoints p95 ≤ ${TARGETS.listP95Ms} ms; per-entity results p95 ≤ ${TARGETS.entityP95Ms} ms; peak RSS ≤ ${TARGETS.rssMb} MB ` +
      `(the catalog backend runs in the same process and is included).`,
  );
  if (options.db !== 'both') {
    const result = await benchDatabase(options.db, options);
    if (options.resultFile) {
      fs.writeFileSync(options.resultFile, JSON.stringify(result));
    }
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paved-road-bench-results.'));
  try {
    const results: DatabaseResult[] = [];
    for (const db of ['sqlite', 'postgres'] as const) {
      const file = path.join(dir, `${db}.json`);
      await runChild(db, file);
      results.push(JSON.parse(fs.readFileSync(file, 'utf8')));
    }
    printComparison(results);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  error => {
    process.stderr.write(`\nbench:scorecards failed: ${error?.stack ?? error}\n`);
    process.exit(1);
  },
);
