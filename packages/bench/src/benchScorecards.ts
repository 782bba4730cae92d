/*
 * Benchmark of the scorecards of @paved-road/plugin-platform-products-backend: a generated
 * catalog of realistic size is loaded into a real catalog backend, in-process, with the
 * plugin next to it; the scheduled evaluation is triggered through the scheduler's REST API
 * and the HTTP endpoints are timed; on SQLite and on PostgreSQL.
 *
 *   yarn bench:scorecards [--entities 10000] [--groups 500] [--db sqlite|postgres|both]
 *
 * Per database, two backend processes run one after the other on the same database: the
 * first loads the catalog (the catalog's own work, timed on its own), the second is a backend
 * restarted on that catalog, in which the evaluations and requests are measured, so that its
 * peak RSS is the steady state of a backend serving such a catalog, not the one-off peak
 * of the initial ingestion (reported too).
 *
 * It measures; it does not test: it exits 0 when a target is missed, and non-zero only when
 * something failed to run. See packages/bench/README.md.
 */
import { createBackend } from '@backstage/backend-defaults';
import { rootConfigServiceFactory } from '@backstage/backend-defaults/rootConfig';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import YAML from 'yaml';
import { BenchLogger, benchLoggerServiceFactory } from './benchLogger';
import { writeCatalogFiles } from './catalogFiles';
import {
  GeneratedCatalog,
  generateCatalog,
  seededRandom,
} from './generateCatalog';
import { createMemoryLimit, MemoryLimit } from './memoryLimit';
import { connectionOf, startPostgres, ThrowawayPostgres } from './postgres';
// What the evaluator and the group tree ask of the catalog: internals of the plugin, not its
// public surface.
// eslint-disable-next-line @backstage/no-forbidden-package-imports, @backstage/no-mixed-plugin-imports
import { catalogFilterOf } from '@paved-road/plugin-platform-products-backend/src/scorecards/catalogFilter';
// eslint-disable-next-line @backstage/no-forbidden-package-imports, @backstage/no-mixed-plugin-imports
import { GROUP_TREE_FIELDS } from '@paved-road/plugin-platform-products-backend/src/service/groupTree';
import { benchScorecards } from './scorecardsConfig';
import { LatencySummary, timeInterleaved } from './timing';
import { Database, databasesOf, runBenchmark } from './script';

type Phase = 'ingest' | 'measure';

const TASK_ID = 'platform-products-scorecard-evaluation';
const SCORECARD_ALL = 'docs-quality'; // applies to every component
const EVALUATION_LOG =
  /^Evaluated scorecards for (?<entities>\d+) entities in (?<evaluatorMs>\d+) ms: (?<inserted>\d+) new, (?<changed>\d+) changed, (?<unchanged>\d+) unchanged, (?<removed>\d+) removed; waited (?<catalogWaitMs>\d+) ms for the catalog, (?<writeWaitMs>\d+) ms for writes, (?<finishMs>\d+) ms to finish/;

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
  keepData: boolean;
  quietCatalog: boolean;
  /** V8's old-space limit in MB of the measured backend, or its default. */
  maxOldSpaceMb?: number;
  /** A container's memory limit in MiB for the measured backend (a cgroup), or none. */
  memoryLimitMb?: number;
  cpuProfDir?: string;
  /** Internal: what a child process does, in which directory, where it writes its result. */
  phase?: Phase;
  workDir?: string;
  resultFile?: string;
  pluginSources?: string;
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
      'keep-data': { type: 'boolean', default: false },
      'quiet-catalog': { type: 'boolean', default: false },
      'max-old-space-size': { type: 'string' },
      'memory-limit': { type: 'string' },
      'cpu-prof-dir': { type: 'string' },
      phase: { type: 'string' },
      'work-dir': { type: 'string' },
      'result-file': { type: 'string' },
      'plugin-sources': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      [
        'Usage: yarn bench:scorecards [options]',
        '  --entities N        components in the generated catalog (default 10000)',
        '  --groups N          groups (default one per 20 components: 500 for 10000)',
        '  --db D              sqlite, postgres or both (default both)',
        '  --requests N        timed requests per endpoint (default 200), after --warm-up N (default 20)',
        '  --seed N            seed of the generated catalog and of the request inputs (default 1)',
        '  --pg-port N         port of the throwaway PostgreSQL (default 54316)',
        '  --cpu-prof-dir DIR  write CPU profiles of the evaluations and of the requests there',
        '  --keep-data         keep the temporary directory (SQLite files, config, catalog YAML)',
        '  --quiet-catalog     catalog.processingInterval of a day: the catalog processes each entity',
        "                      once and then stays idle (default: the catalog's own 100–150 s)",
        "  --max-old-space-size MB  V8's old-space limit of the backend that evaluates and serves",
        "                      requests (default: Node's, sized from the memory the process may use)",
        '  --memory-limit MiB  run that backend in a cgroup with this memory limit, as in a container',
        '                      of that size, where Node sizes its default heap from the limit (root only)',
        "  --verbose           print the backend's info logs",
        '',
      ].join('\n'),
    );
    process.exit(0);
  }
  const integer = (name: string, value: string | undefined, min: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) {
      throw new Error(
        `--${name} must be an integer of at least ${min}, got ${value}`,
      );
    }
    return n;
  };
  const entities = integer('entities', values.entities, 1);
  if (!['sqlite', 'postgres', 'both'].includes(values.db!)) {
    throw new Error(`--db must be sqlite, postgres or both, got ${values.db}`);
  }
  if (
    values.phase !== undefined &&
    !['ingest', 'measure'].includes(values.phase)
  ) {
    throw new Error(`--phase must be ingest or measure, got ${values.phase}`);
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
    keepData: values['keep-data']!,
    quietCatalog: values['quiet-catalog']!,
    maxOldSpaceMb:
      values['max-old-space-size'] === undefined
        ? undefined
        : integer('max-old-space-size', values['max-old-space-size'], 64),
    memoryLimitMb:
      values['memory-limit'] === undefined
        ? undefined
        : integer('memory-limit', values['memory-limit'], 256),
    cpuProfDir: values['cpu-prof-dir'] && path.resolve(values['cpu-prof-dir']),
    phase: values.phase as Phase | undefined,
    workDir: values['work-dir'],
    resultFile: values['result-file'],
    pluginSources: values['plugin-sources'],
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

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
export function ms(n: number): string {
  if (n < 10) {
    return `${fmt(n, 2)} ms`;
  }
  return n < 1000 ? `${fmt(n, 1)} ms` : `${fmt(n)} ms`;
}
const mb = (kb: number) => `${fmt(kb / 1024)} MB`;

function printTable(title: string, rows: Row[]) {
  const width = (f: (r: Row) => string) =>
    Math.max(...rows.map(r => f(r).length));
  const w1 = width(r => r.metric);
  const w2 = width(r => r.value);
  const w3 = width(r => r.target ?? '');
  const lines = rows.map(r => {
    let verdict = '';
    if (r.pass !== undefined) {
      verdict = r.pass ? 'pass' : 'MISS';
    }
    return `  ${r.metric.padEnd(w1)}  ${r.value.padStart(w2)}  ${(
      r.target ?? ''
    ).padEnd(w3)}  ${verdict}`.trimEnd();
  });
  process.stdout.write(`\n${title}\n${lines.join('\n')}\n`);
}

export function log(message: string) {
  process.stdout.write(`${message}\n`);
}

// ---------------------------------------------------------------------------------------
// Set-up, in the parent process

/**
 * What is measured is being worked on: a hash of the plugin's sources (not its tests) and
 * the time of the newest file, printed with the figures and checked again before measuring.
 */
function pluginSources(): { hash: string; newest: string } {
  const root = path.dirname(
    require.resolve(
      '@paved-road/plugin-platform-products-backend/package.json',
    ),
  );
  const hash = createHash('sha256');
  let newest = 0;
  const visit = (dir: string) => {
    for (const entry of fs
      .readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(file);
      } else if (!/\.test\.tsx?$/.test(entry.name)) {
        hash.update(path.relative(root, file)).update(fs.readFileSync(file));
        newest = Math.max(newest, fs.statSync(file).mtimeMs);
      }
    }
  };
  ['src', 'migrations'].forEach(dir => visit(path.join(root, dir)));
  return {
    hash: hash.digest('hex').slice(0, 12),
    newest: new Date(newest).toISOString().replace('T', ' ').slice(0, 19),
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function assertPortFree(port: number) {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.on('error', () =>
      reject(
        new Error(`Port ${port} is in use; pick another one with --pg-port`),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

export function backendConfig(options: {
  port: number;
  database: object;
  catalogFile: string;
  quietCatalog: boolean;
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
            'Component',
            'System',
            'API',
            'Resource',
            'Location',
            'Domain',
            'Group',
            'User',
            'PlatformProduct',
          ],
        },
      ],
      locations: [{ type: 'file', target: options.catalogFile }],
      // The default (100–150 s) unless asked for a catalog that processes each entity once.
      ...(options.quietCatalog ? { processingInterval: { days: 1 } } : {}),
    },
    platformProducts: {
      scorecards: benchScorecards,
      scorecardEvaluation: {
        // Never by itself: the benchmark triggers each run through the scheduler's API.
        // (An initialDelay would not do: the scheduler's worker sleeps through it before it
        // looks for triggers.)
        schedule: {
          frequency: { trigger: 'manual' },
          timeout: { minutes: 30 },
        },
      },
      // The plugin's other scheduled work (adoption snapshots, SLA sync) has benchmarks of
      // its own; here it stays idle so that the figures are the scorecards'.
      adoption: {
        schedule: {
          frequency: { trigger: 'manual' },
          timeout: { minutes: 30 },
        },
      },
      sla: {
        sync: {
          schedule: {
            frequency: { trigger: 'manual' },
            timeout: { minutes: 30 },
          },
        },
      },
    },
  };
}

export const configFileOf = (workDir: string) =>
  path.join(workDir, 'app-config.bench.yaml');

/** Runs this script again in a child process for one phase; returns what it wrote. */
function runPhase<T>(
  phase: Phase,
  db: Database,
  workDir: string,
  options: Options,
  memoryLimit?: MemoryLimit,
): Promise<T> {
  const resultFile = path.join(workDir, `${phase}.json`);
  const args = [
    ...process.execArgv,
    ...(phase === 'measure' && options.maxOldSpaceMb
      ? [`--max-old-space-size=${options.maxOldSpaceMb}`]
      : []),
    process.argv[1],
    `--phase=${phase}`,
    `--db=${db}`,
    `--work-dir=${workDir}`,
    `--result-file=${resultFile}`,
    `--entities=${options.entities}`,
    `--groups=${options.groups}`,
    `--seed=${options.seed}`,
    `--requests=${options.requests}`,
    `--warm-up=${options.warmUp}`,
    `--plugin-sources=${options.pluginSources}`,
    ...(options.verbose ? ['--verbose'] : []),
    ...(options.cpuProfDir ? [`--cpu-prof-dir=${options.cpuProfDir}`] : []),
  ];
  const [command, commandArgs] = memoryLimit
    ? memoryLimit.wrap(process.execPath, args)
    : [process.execPath, args];
  const child = spawn(command, commandArgs, { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve(JSON.parse(fs.readFileSync(resultFile, 'utf8')))
        : reject(
            new Error(
              `The ${phase} phase on ${db} failed (${
                signal ?? `exit code ${code}`
              })`,
            ),
          ),
    );
  });
}

interface IngestResult {
  startMs: number;
  catalogMs: number;
  rssAfterStartKb: number;
  maxRssKb: number;
}

interface MeasureResult {
  rows: Row[];
  /** Printed above the table. */
  warnings: string[];
  /** Raw figures, for the comparison of the databases. */
  figures: Record<string, number>;
}

interface DatabaseResult extends MeasureResult {
  db: Database;
}

async function benchDatabase(
  db: Database,
  options: Options,
): Promise<DatabaseResult> {
  // Made first, so that a machine where it cannot be made says so before the ingestion.
  const memoryLimit =
    options.memoryLimitMb === undefined
      ? undefined
      : createMemoryLimit(
          options.memoryLimitMb,
          `paved-road-bench-${process.pid}-${db}`,
        );
  const workDir = fs.mkdtempSync(
    path.join(os.tmpdir(), `paved-road-bench-${db}.`),
  );
  let postgres: ThrowawayPostgres | undefined;
  const cleanUp = () => {
    postgres?.stop();
    postgres = undefined;
    if (!options.keepData) {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
    memoryLimit?.remove();
  };
  const onSignal = () => {
    cleanUp();
    process.exit(130);
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
    const catalogFile = writeCatalogFiles(
      catalog,
      path.join(workDir, 'catalog'),
    );
    const generateMs = performance.now() - generated;

    let database: object;
    let label: string;
    if (db === 'postgres') {
      await assertPortFree(options.pgPort);
      postgres = startPostgres(options.pgPort);
      database = {
        client: 'pg',
        connection: connectionOf(postgres),
      };
      label = `PostgreSQL ${postgres.version} (throwaway server on 127.0.0.1:${postgres.port}, fsync off)`;
    } else {
      database = {
        client: 'better-sqlite3',
        connection: { directory: path.join(workDir, 'sqlite') },
      };
      label = 'SQLite (better-sqlite3, one file per plugin in a temp dir)';
    }
    label += options.quietCatalog
      ? '; catalog idle after ingestion (--quiet-catalog)'
      : '; catalog reprocessing every 100–150 s (its default)';
    if (options.maxOldSpaceMb) {
      label += `; measured backend run with --max-old-space-size=${options.maxOldSpaceMb}`;
    }
    if (options.memoryLimitMb) {
      label += `; measured backend run in a cgroup with a memory limit of ${fmt(
        options.memoryLimitMb,
      )} MiB`;
    }
    const port = await freePort();
    fs.writeFileSync(
      configFileOf(workDir),
      YAML.stringify(
        backendConfig({
          port,
          database,
          catalogFile,
          quietCatalog: options.quietCatalog,
        }),
      ),
    );

    log(`\n== ${label}${options.keepData ? ` — data kept in ${workDir}` : ''}`);
    log(
      `  catalog: ${fmt(catalog.entities.length)} entities (${fmt(
        catalog.components.length,
      )} components; ` +
        `${fmt(
          1 + catalog.departments.length + catalog.teams.length,
        )} groups: 1 org, ${fmt(catalog.departments.length)} departments, ${fmt(
          catalog.teams.length,
        )} teams; ${fmt(catalog.users.length)} users, ` +
        `${fmt(catalog.systems.length)} systems, ${fmt(
          catalog.domains.length,
        )} domains, ${fmt(catalog.apis.length)} APIs), generated in ${ms(
          generateMs,
        )}`,
    );

    log('  [1/2] a backend loads the catalog');
    const ingest = await runPhase<IngestResult>('ingest', db, workDir, options);
    log(
      '  [2/2] a backend restarted on that catalog evaluates the scorecards and serves requests',
    );
    const measured = await runPhase<MeasureResult>(
      'measure',
      db,
      workDir,
      options,
      memoryLimit,
    );

    const rows: Row[] = [
      {
        metric: `catalog ingestion (${fmt(
          catalog.entities.length,
        )} entities; the catalog, not the plugin)`,
        value: `${fmt(ingest.catalogMs / 1000, 1)} s = ${fmt(
          catalog.entities.length / (ingest.catalogMs / 1000),
        )} entities/s`,
      },
      {
        metric: '  peak RSS of the ingesting backend',
        value: mb(ingest.maxRssKb),
      },
      ...measured.rows,
    ];
    printTable(
      [
        `== ${label}: ${fmt(
          options.requests,
        )} sequential requests per endpoint after ${options.warmUp} warm-up`,
        ...measured.warnings.map(warning => `  ${warning}`),
      ].join('\n'),
      rows,
    );
    return {
      db,
      rows,
      warnings: measured.warnings,
      figures: {
        'catalog ingestion s': ingest.catalogMs / 1000,
        'peak RSS of the ingesting backend MB': ingest.maxRssKb / 1024,
        ...measured.figures,
      },
    };
  } finally {
    cleanUp();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }
}

// ---------------------------------------------------------------------------------------
// The backend, in a child process

export class Client {
  constructor(private readonly baseUrl: string) {}

  async request<T = any>(
    method: string,
    urlPath: string,
    headers?: Record<string, string>,
  ): Promise<T> {
    const response = await fetch(`${this.baseUrl}${urlPath}`, {
      method,
      headers,
    });
    const text = await response.text();
    if (!response.ok) {
      throw new Error(
        `${method} ${urlPath}: HTTP ${response.status} ${text.slice(0, 500)}`,
      );
    }
    return (text ? JSON.parse(text) : undefined) as T;
  }

  get<T = any>(urlPath: string, headers?: Record<string, string>) {
    return this.request<T>('GET', urlPath, headers);
  }
}

export const sleep = (milliseconds: number) =>
  new Promise(r => setTimeout(r, milliseconds));

/** Waits until the catalog serves every generated entity; returns how long it took. */
export async function waitForCatalog(
  client: Client,
  catalog: GeneratedCatalog,
): Promise<number> {
  const kinds = [
    ...new Set(catalog.entities.map(e => e.kind.toLocaleLowerCase('en-US'))),
  ];
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
    if (performance.now() - lastReport > 30_000) {
      lastReport = performance.now();
      log(
        `    … catalog: ${fmt(totalItems)} of ${fmt(
          catalog.entities.length,
        )} entities after ${fmt((lastReport - started) / 1000)} s`,
      );
    }
    if (performance.now() - started > 60 * 60_000) {
      throw new Error(
        `The catalog served only ${totalItems} entities after an hour`,
      );
    }
    await sleep(500);
  }
}

/** CPU profiles of parts of a run, with the inspector of this process. */
class Profiler {
  private session?: Session;

  constructor(
    private readonly dir: string | undefined,
    private readonly prefix: string,
  ) {}

  async profile<T>(name: string, fn: () => Promise<T>): Promise<T> {
    if (!this.dir) {
      return fn();
    }
    if (!this.session) {
      fs.mkdirSync(this.dir, { recursive: true });
      this.session = new Session();
      this.session.connect();
      await this.session.post('Profiler.enable');
      await this.session.post('Profiler.setSamplingInterval', {
        interval: 200,
      });
    }
    await this.session.post('Profiler.start');
    try {
      return await fn();
    } finally {
      const { profile } = await this.session.post('Profiler.stop');
      const file = path.join(this.dir, `${this.prefix}-${name}.cpuprofile`);
      fs.writeFileSync(file, JSON.stringify(profile));
      log(`    CPU profile: ${file}`);
    }
  }
}

/**
 * Reads what the evaluator reads, as it reads it: the entities matching any scorecard's
 * filter, in pages of 1000, through the catalog's HTTP API. Returns how many and how long.
 */
async function readCatalogLikeTheEvaluator(
  client: Client,
): Promise<{ entities: number; ms: number }> {
  // The evaluator's request: the scorecards' filters without those another one covers,
  // pages of 1000 without compression.
  const filters = catalogFilterOf(
    benchScorecards.map(s => s.filter as Record<string, string>),
  )!
    .map(filter =>
      Object.entries(filter)
        .map(([key, value]) => `${key}=${value}`)
        .join(','),
    )
    .map(f => `filter=${encodeURIComponent(f)}`)
    .concat('totalItems=exclude')
    .join('&');
  const started = performance.now();
  let entities = 0;
  let cursor: string | undefined;
  do {
    const page = await client.get<{
      items: unknown[];
      pageInfo: { nextCursor?: string };
    }>(
      `/api/catalog/entities/by-query?limit=1000&${
        cursor ? `cursor=${encodeURIComponent(cursor)}` : filters
      }`,
      { 'accept-encoding': 'identity' },
    );
    entities += page.items.length;
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return { entities, ms: performance.now() - started };
}

interface TaskState {
  status: 'idle' | 'running';
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
  /** Where the evaluator waited: catalog pages, page writes, the end of the run. */
  catalogWaitMs: number;
  writeWaitMs: number;
  finishMs: number;
  /** From the trigger request until the scheduler reports the task idle again. */
  wallMs: number;
  /** RSS just before the run, and the highest sampled while it ran. */
  rssBeforeKb: number;
  rssPeakKb: number;
  /** Highest V8 heap use sampled while it ran. */
  heapPeakKb: number;
}

/** The evaluator's waits, as `catalog / writes / finish` in ms. */
function waits(run: EvaluationRun): string {
  return `${[run.catalogWaitMs, run.writeWaitMs, run.finishMs]
    .map(value => fmt(value))
    .join(' / ')} ms`;
}

async function taskState(client: Client): Promise<TaskState | null> {
  const { tasks } = await client.get<{
    tasks: Array<{ taskId: string; taskState: TaskState | null }>;
  }>('/api/platform-products/.backstage/scheduler/v1/tasks');
  const task = tasks.find(t => t.taskId === TASK_ID);
  if (!task) {
    throw new Error(
      `The scheduler of platform-products has no task ${TASK_ID}`,
    );
  }
  return task.taskState;
}

/** Triggers the scheduled evaluation and waits until it has run. */
async function runEvaluation(
  client: Client,
  logger: BenchLogger,
): Promise<EvaluationRun> {
  const before = await taskState(client);
  if (before?.status === 'running') {
    throw new Error('The evaluation task is already running');
  }
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
  let heapPeakKb = 0;
  const sampler = setInterval(() => {
    const memory = process.memoryUsage();
    rssPeakKb = Math.max(rssPeakKb, memory.rss / 1024);
    heapPeakKb = Math.max(heapPeakKb, memory.heapUsed / 1024);
  }, 20);
  try {
    const started = performance.now();
    await client.request(
      'POST',
      `/api/platform-products/.backstage/scheduler/v1/tasks/${TASK_ID}/trigger`,
    );
    for (;;) {
      await sleep(100);
      const state = await taskState(client);
      // The scheduler's timestamps have a resolution of a second on SQLite: the log line
      // (or a failure) tells this run from the previous one.
      const ended =
        state?.status === 'idle' &&
        state.lastRunEndedAt !== undefined &&
        (line !== undefined || state.lastRunError !== before?.lastRunError);
      if (ended) {
        const wallMs = performance.now() - started;
        if (!line) {
          throw new Error(
            `The evaluation task failed: ${state!.lastRunError}${
              errors.length ? `; errors: ${errors.join('; ')}` : ''
            }`,
          );
        }
        // The log line's named groups are the run's figures of the same names.
        const logged = Object.fromEntries(
          Object.entries(line.groups!).map(([key, value]) => [
            key,
            Number(value),
          ]),
        ) as Omit<
          EvaluationRun,
          'wallMs' | 'rssBeforeKb' | 'rssPeakKb' | 'heapPeakKb'
        >;
        return {
          ...logged,
          wallMs,
          rssBeforeKb,
          rssPeakKb,
          heapPeakKb,
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

export async function startBackend(workDir: string, logger: BenchLogger) {
  const backend = createBackend();
  backend.add(
    rootConfigServiceFactory({
      argv: ['--config', configFileOf(workDir)],
      watch: false,
    }),
  );
  backend.add(benchLoggerServiceFactory(logger));
  backend.add(import('@backstage/plugin-catalog-backend'));
  backend.add(
    import('@paved-road/plugin-catalog-backend-module-platform-products'),
  );
  // What is measured: a benchmark is the one place where a library starts a backend plugin.
  // eslint-disable-next-line @backstage/no-mixed-plugin-imports
  backend.add(import('@paved-road/plugin-platform-products-backend'));
  const started = performance.now();
  await backend.start();
  const startMs = performance.now() - started;
  const { backend: backendConfigValues } = YAML.parse(
    fs.readFileSync(configFileOf(workDir), 'utf8'),
  );
  return { backend, startMs, client: new Client(backendConfigValues.baseUrl) };
}

async function ingestPhase(
  options: Options,
  catalog: GeneratedCatalog,
): Promise<IngestResult> {
  const logger = new BenchLogger({ print: options.verbose ? 'info' : 'warn' });
  const { backend, startMs, client } = await startBackend(
    options.workDir!,
    logger,
  );
  try {
    const rssAfterStartKb = process.memoryUsage.rss() / 1024;
    log(
      `    backend started in ${ms(
        startMs,
      )} (auth policy disabled: the requests carry no token)`,
    );
    const catalogMs = await waitForCatalog(client, catalog);
    log(
      `    the catalog served all ${fmt(
        catalog.entities.length,
      )} entities after ${fmt(catalogMs / 1000, 1)} s`,
    );
    return {
      startMs,
      catalogMs,
      rssAfterStartKb,
      maxRssKb: process.resourceUsage().maxRSS,
    };
  } finally {
    await backend.stop();
  }
}

async function measurePhase(
  db: Database,
  options: Options,
  catalog: GeneratedCatalog,
): Promise<MeasureResult> {
  const logger = new BenchLogger({ print: options.verbose ? 'info' : 'warn' });
  const profiler = new Profiler(options.cpuProfDir, db);
  const { backend, startMs, client } = await startBackend(
    options.workDir!,
    logger,
  );
  const sources = pluginSources();
  const warnings =
    sources.hash === options.pluginSources
      ? []
      : [
          `WARNING: the plugin's sources changed since the start of the run: measured ${sources.hash} (newest file ${sources.newest} UTC)`,
        ];
  warnings.forEach(warning => log(`    ${warning}`));
  try {
    const rssAfterStartKb = process.memoryUsage.rss() / 1024;
    const catalogMs = await waitForCatalog(client, catalog);
    log(
      `    backend started in ${ms(
        startMs,
      )}; the catalog served all entities ${ms(catalogMs)} later`,
    );

    const full = await profiler.profile('full-evaluation', () =>
      runEvaluation(client, logger),
    );
    log(
      `    full evaluation: ${fmt(full.entities)} entities in ${ms(
        full.evaluatorMs,
      )} (evaluator), ` +
        `${ms(full.wallMs)} from trigger to idle task; ${fmt(
          full.inserted,
        )} new results`,
    );
    const again = await profiler.profile('re-evaluation', () =>
      runEvaluation(client, logger),
    );
    log(
      `    re-evaluation: ${fmt(again.entities)} entities in ${ms(
        again.evaluatorMs,
      )} (evaluator), ` +
        `${ms(again.wallMs)} from trigger to idle task; ${fmt(
          again.unchanged,
        )} unchanged, ${fmt(again.changed)} changed`,
    );
    const maxRssAfterEvaluationsKb = process.resourceUsage().maxRSS;
    if (full.inserted === 0 || again.changed + again.inserted > 0) {
      throw new Error(
        `Unexpected evaluation counts: ${full.inserted} new in the first run, ` +
          `${again.inserted} new and ${again.changed} changed in the second`,
      );
    }

    // The catalog's share of an evaluation: reading the same entities alone, median of 3.
    const reads = [];
    for (let i = 0; i < 3; i++) {
      reads.push(await readCatalogLikeTheEvaluator(client));
    }
    const catalogRead = reads.sort((a, b) => a.ms - b.ms)[1];
    log(
      `    reading the ${fmt(
        catalogRead.entities,
      )} entities from the catalog alone, as the evaluator does: ${ms(
        catalogRead.ms,
      )} (median of 3)`,
    );

    // Endpoints: sequential requests, inputs drawn from a seeded generator.
    const random = seededRandom(options.seed + 1);
    const pick = <T>(items: readonly T[]) =>
      items[Math.floor(random() * items.length)];
    const teamsWithComponents = [
      ...new Set(
        catalog.entities
          .filter(
            e =>
              e.kind === 'Component' &&
              String(e.spec?.owner).startsWith('group:'),
          )
          .map(e => String(e.spec!.owner).slice('group:'.length)),
      ),
    ].filter(name => catalog.teams.includes(name));
    const levels = benchScorecards
      .find(s => s.id === SCORECARD_ALL)!
      .levels.map(l => l.name);
    const api = '/api/platform-products';
    type Kind = 'entity' | 'list' | 'history' | 'baseline';
    const endpoints: Array<{
      name: string;
      kind: Kind;
      latency: LatencySummary;
    }> = [];
    type Endpoint = {
      name: string;
      kind: Kind;
      /** Gets the index of the request, the same for endpoints measured together. */
      call: (i: number) => Promise<unknown>;
    };
    // Endpoints measured together take turns, request for request: a comparison row (the
    // catalog alone) then meets the machine and the backend as the row it is compared with.
    const measure = async (...measured: Endpoint[]) => {
      const latencies = await timeInterleaved(
        measured.map(({ call }) => call),
        { warmUp: options.warmUp, requests: options.requests },
      );
      measured.forEach(({ name, kind }, index) =>
        endpoints.push({ name, kind, latency: latencies[index] }),
      );
    };
    // One random component per request, asked of the plugin and of the catalog alike.
    const components = Array.from(
      { length: options.warmUp + options.requests },
      () => pick(catalog.components),
    );
    let filteredItems = 0;
    let filteredCalls = 0;
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    await profiler.profile('requests', async () => {
      await measure(
        {
          name: 'GET /entities/component/default/<random>/scorecards',
          kind: 'entity',
          call: async i => {
            const body = await client.get(
              `${api}/entities/component/default/${components[i]}/scorecards`,
            );
            if (body.results.length === 0) {
              throw new Error(`No results for ${body.entityRef}`);
            }
          },
        },
        {
          name: 'GET /api/catalog/entities/by-name/component/default/<random> (the catalog alone)',
          kind: 'baseline',
          call: i =>
            client.get(
              `/api/catalog/entities/by-name/component/default/${components[i]}`,
            ),
        },
      );
      await measure({
        name: `GET /scorecards/${SCORECARD_ALL}/results (first page of 50)`,
        kind: 'list',
        call: () => client.get(`${api}/scorecards/${SCORECARD_ALL}/results`),
      });
      await measure({
        name: `GET /scorecards/${SCORECARD_ALL}/results?owner=<team>&level=<level>`,
        kind: 'list',
        call: async () => {
          const body = await client.get(
            `${api}/scorecards/${SCORECARD_ALL}/results?owner=${encodeURIComponent(
              `group:default/${pick(teamsWithComponents)}`,
            )}&level=${encodeURIComponent(pick(levels))}`,
          );
          filteredItems += body.totalItems;
          filteredCalls += 1;
        },
      });
      await measure({
        name: `GET /scorecards/${SCORECARD_ALL}/history?entityRef=<department>`,
        kind: 'history',
        call: () =>
          client.get(
            `${api}/scorecards/${SCORECARD_ALL}/history?entityRef=${encodeURIComponent(
              `group:default/${pick(catalog.departments)}`,
            )}`,
          ),
      });
      await measure(
        {
          name: `GET /rollups/group/default/${catalog.root} (whole org)`,
          kind: 'list',
          call: () =>
            client.get(`${api}/rollups/group/default/${catalog.root}`),
        },
        // What a group's rollup or history reads from the catalog when the plugin's group
        // tree is older than a minute: the first such request in a minute pays this on top.
        {
          name: 'GET /api/catalog/entities?filter=kind=group (the group tree, read once a minute)',
          kind: 'baseline',
          call: () =>
            client.get(
              `/api/catalog/entities?filter=kind=group&fields=${GROUP_TREE_FIELDS.join(
                ',',
              )}`,
            ),
        },
      );
      await measure({
        name: 'GET /rollups/group/default/<random team>',
        kind: 'list',
        call: () =>
          client.get(
            `${api}/rollups/group/default/${pick(teamsWithComponents)}`,
          ),
      });
    });
    loopDelay.disable();
    const maxRssEndKb = process.resourceUsage().maxRSS;

    const fullRate = full.entities / (full.evaluatorMs / 1000);
    const againRate = again.entities / (again.evaluatorMs / 1000);
    const rows: Row[] = [
      {
        metric: `full evaluation, evaluator log (${fmt(
          full.entities,
        )} entities, ${fmt(full.inserted)} results)`,
        value: `${ms(full.evaluatorMs)} = ${fmt(fullRate)} entities/s`,
        target: `≥ ${fmt(TARGETS.entitiesPerSecond)} entities/s`,
        pass: fullRate >= TARGETS.entitiesPerSecond,
      },
      {
        metric: '  same, from trigger to idle task (scheduler polls every 5 s)',
        value: ms(full.wallMs),
      },
      {
        metric:
          '  of which the evaluator waited: for catalog pages / for writes / to finish',
        value: waits(full),
      },
      {
        metric: `  of which the catalog: reading the ${fmt(
          catalogRead.entities,
        )} entities alone (pages of 1000)`,
        value: `${ms(catalogRead.ms)} = ${fmt(
          catalogRead.entities / (catalogRead.ms / 1000),
        )} entities/s`,
      },
      {
        metric: 're-evaluation, nothing changed, evaluator log',
        value: `${ms(again.evaluatorMs)} = ${fmt(againRate)} entities/s`,
      },
      { metric: '  same, from trigger to idle task', value: ms(again.wallMs) },
      {
        metric: '  of which the evaluator waited (catalog / writes / finish)',
        value: waits(again),
      },
      {
        metric:
          'peak RSS after both evaluations (whole process, catalog included)',
        value: mb(maxRssAfterEvaluationsKb),
        target: `≤ ${TARGETS.rssMb} MB`,
        pass: maxRssAfterEvaluationsKb / 1024 <= TARGETS.rssMb,
      },
      {
        metric:
          '  RSS after start-up → before → peak during the full evaluation',
        value: `${mb(rssAfterStartKb)} → ${mb(full.rssBeforeKb)} → ${mb(
          full.rssPeakKb,
        )}`,
      },
      {
        metric: '  V8 heap used, peak during the full evaluation',
        value: mb(full.heapPeakKb),
      },
      {
        // Node's default is about half the memory the process may use (a cgroup's limit,
        // else the machine's), at most about 4 GB: which heap a run had.
        metric: '  V8 heap limit of the backend',
        value: mb(v8.getHeapStatistics().heap_size_limit / 1024),
      },
      ...endpoints.map(e => {
        const target = {
          entity: TARGETS.entityP95Ms,
          list: TARGETS.listP95Ms,
          history: undefined,
          baseline: undefined,
        }[e.kind];
        return {
          metric: e.name,
          value: `p50 ${ms(e.latency.p50)}  p95 ${ms(e.latency.p95)}`,
          target:
            target === undefined
              ? `(${e.kind === 'baseline' ? 'for comparison' : 'no target'})`
              : `p95 ≤ ${target} ms`,
          pass: target === undefined ? undefined : e.latency.p95 <= target,
        };
      }),
      {
        metric: `  filtered pages held ${fmt(
          filteredItems / Math.max(1, filteredCalls),
          1,
        )} results on average; event-loop delay during the requests`,
        value: `p99 ${ms(loopDelay.percentile(99) / 1e6)}  max ${ms(
          loopDelay.max / 1e6,
        )}`,
      },
      {
        metric: 'peak RSS at the end (whole process, catalog included)',
        value: mb(maxRssEndKb),
        target: `≤ ${TARGETS.rssMb} MB`,
        pass: maxRssEndKb / 1024 <= TARGETS.rssMb,
      },
    ];
    const figures: Record<string, number> = {
      'full evaluation ms': full.evaluatorMs,
      'full evaluation entities/s': fullRate,
      'catalog read alone ms': catalogRead.ms,
      're-evaluation ms': again.evaluatorMs,
      're-evaluation entities/s': againRate,
      'peak RSS after evaluations MB': maxRssAfterEvaluationsKb / 1024,
      'peak RSS at the end MB': maxRssEndKb / 1024,
    };
    endpoints.forEach(e => {
      figures[`${e.name} p50 ms`] = e.latency.p50;
      figures[`${e.name} p95 ms`] = e.latency.p95;
    });
    return { rows, warnings, figures };
  } finally {
    await backend.stop();
  }
}

async function childMain(options: Options) {
  const db = options.db as Database;
  const catalog = generateCatalog({
    components: options.entities,
    groups: options.groups,
    seed: options.seed,
  });
  const result =
    options.phase === 'ingest'
      ? await ingestPhase(options, catalog)
      : await measurePhase(db, options, catalog);
  fs.writeFileSync(options.resultFile!, JSON.stringify(result));
}

// ---------------------------------------------------------------------------------------

function printComparison(results: DatabaseResult[]) {
  const [a, b] = results;
  const rows: Row[] = Object.keys(a.figures)
    .filter(key => key in b.figures)
    .map(key => {
      const unit = key.split(' ').pop()!;
      const show = (n: number) => {
        if (unit === 'ms') return ms(n);
        if (unit === 's') return `${fmt(n, 1)} s`;
        return `${fmt(n)} ${unit}`;
      };
      return {
        metric: key.slice(0, key.length - unit.length - 1),
        value: `${show(a.figures[key])} | ${show(b.figures[key])}`,
        target: `× ${fmt(b.figures[key] / a.figures[key], 2)}`,
      };
    });
  printTable(`== ${a.db} | ${b.db}, and the ratio ${b.db} / ${a.db}`, rows);
}

async function main() {
  const options = readOptions();
  if (options.phase) {
    await childMain(options);
    return;
  }
  log(
    `Scorecards benchmark: ${fmt(options.entities)} components, ${fmt(
      options.groups,
    )} groups, ` +
      `3 scorecards × 10 checks, seed ${options.seed}. Machine: ${
        os.cpus().length
      } CPUs (${os.cpus()[0]?.model.trim()}), ${fmt(
        os.totalmem() / 2 ** 30,
        1,
      )} GiB RAM, Node ${process.version}, ` +
      `${os.platform()} ${os.release()}`,
  );
  const sources = pluginSources();
  options.pluginSources = sources.hash;
  log(
    `Plugin under test: @paved-road/plugin-platform-products-backend, sources ${sources.hash} ` +
      `(newest file ${sources.newest} UTC), scorecards from packages/bench/src/scorecardsConfig.ts`,
  );
  log(
    `Targets at 10,000 entities: full evaluation ≥ ${fmt(
      TARGETS.entitiesPerSecond,
    )} entities/s; ` +
      `results and rollup endpoints p95 ≤ ${TARGETS.listP95Ms} ms; per-entity results p95 ≤ ${TARGETS.entityP95Ms} ms; ` +
      `peak RSS ≤ ${TARGETS.rssMb} MB.`,
  );
  const results: DatabaseResult[] = [];
  for (const db of databasesOf(options.db)) {
    results.push(await benchDatabase(db, options));
  }
  if (results.length === 2) {
    printComparison(results);
  }
}

// Run as a script; imported (by benchInsights.ts, for its backend and catalog helpers) it only exports.
if (require.main === module) {
  runBenchmark('bench:scorecards', main);
}
