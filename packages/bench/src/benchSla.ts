/*
 * Benchmark of the SLA tracker of @paved-road/plugin-platform-products-backend, on SQLite (in
 * memory, as the dev backend) and PostgreSQL 15 (a throwaway server):
 *
 * - compute one objective over 90 days of 1-minute buckets (129,600 buckets): read them from
 *   the store and run the SLA math, as `GET …/sla` does for each objective;
 * - push ingestion rate: request bodies of 10,000 buckets validated as `POST …/sla/samples`
 *   validates them and written to the store, first inserted, then sent again (replaced);
 * - the overview of 1,000 entities with 3 objectives each: the evaluation round that keeps
 *   their summaries, and the `GET /sla` pages read from those summaries.
 *
 * What the endpoints add on top (HTTP, the catalog lookup of the entity) is not measured here.
 *
 *   yarn bench:sla [--db sqlite|postgres|both] [--entities 1000] [--pg-port 54331]
 *
 * It measures; it does not test: it exits 0 when a target is missed, and non-zero only when
 * something failed to run.
 */
import { knex as createKnex, Knex } from 'knex';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
// The store and the evaluator themselves, without HTTP and the catalog in front: what the
// targets are about. They are internals of the plugin, not its public surface.
/* eslint-disable @backstage/no-forbidden-package-imports, @backstage/no-mixed-plugin-imports */
import { DatabaseSlaStore } from '@paved-road/plugin-platform-products-backend/src/database/DatabaseSlaStore';
import { EntitySla } from '@paved-road/plugin-platform-products-backend/src/sla/EntitySla';
import { readSamples } from '@paved-road/plugin-platform-products-backend/src/sla/readSamples';
import { SlaEvaluator } from '@paved-road/plugin-platform-products-backend/src/sla/SlaEvaluator';
/* eslint-enable @backstage/no-forbidden-package-imports, @backstage/no-mixed-plugin-imports */
import { connectionOf, startPostgres, ThrowawayPostgres } from './postgres';
import { timeSequential } from './timing';
import { Database, databasesOf, runBenchmark } from './script';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const BATCH = 10_000;

/** The targets of the issue. */
const TARGETS = {
  objectiveMs: 100,
  bucketsPerSecond: 20_000,
  overviewMs: 1000,
};

interface Options {
  db: Database | 'both';
  entities: number;
  pgPort: number;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: 'both' },
      entities: { type: 'string', default: '1000' },
      'pg-port': { type: 'string', default: process.env.PG_PORT ?? '54331' },
    },
  });
  const db = values.db as Options['db'];
  if (!['sqlite', 'postgres', 'both'].includes(db)) {
    throw new Error(`--db must be sqlite, postgres or both, got ${db}`);
  }
  return {
    db,
    entities: Number(values.entities),
    pgPort: Number(values['pg-port']),
  };
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const log = (message: string) => process.stdout.write(`${message}\n`);
const verdict = (pass: boolean) => (pass ? 'pass' : 'MISS');

/** An entity with the given objectives over a rolling window, data pushed. */
function entitySla(
  name: string,
  objectives: string[],
  window: string,
): EntitySla {
  const days = Number(window.replace('d', ''));
  return {
    entityRef: `component:default/${name}`,
    ownerRef: `group:default/team-${Number(name.replace(/\D/g, '')) % 50}`,
    source: { type: 'push' },
    sourceText: 'push',
    problems: [],
    objectives: objectives.map(id => ({
      id,
      kind: id.startsWith('latency') ? 'latency' : 'availability',
      title: id,
      origin: { type: 'annotation', annotation: `paved-road.io/sla-${id}` },
      target: 0.999,
      window: { type: 'rolling', durationMs: days * DAY, text: window },
      timezone: 'UTC',
    })),
  };
}

/** Minute buckets as a push body carries them, with a realistic scatter of errors. */
function sampleBodies(
  objective: string,
  from: number,
  minutes: number,
  seed: number,
) {
  const bodies: Array<{ buckets: unknown[] }> = [];
  for (let offset = 0; offset < minutes; offset += BATCH) {
    const buckets = [];
    for (let i = offset; i < Math.min(minutes, offset + BATCH); i++) {
      const total = 1000 + ((i * 7919 + seed) % 500);
      const bad = (i * 104729 + seed) % 997 === 0 ? 80 : (i + seed) % 3;
      buckets.push({
        objective,
        start: new Date(from + i * MINUTE).toISOString(),
        good: total - bad,
        total,
      });
    }
    bodies.push({ buckets });
  }
  return bodies;
}

async function openDatabase(
  db: Database,
  options: Options,
): Promise<{ knex: Knex; pg?: ThrowawayPostgres }> {
  if (db === 'sqlite') {
    return {
      knex: createKnex({
        client: 'better-sqlite3',
        connection: ':memory:',
        useNullAsDefault: true,
      }),
    };
  }
  const pg = startPostgres(options.pgPort);
  return {
    pg,
    knex: createKnex({
      client: 'pg',
      connection: connectionOf(pg, 'postgres'),
    }),
  };
}

async function benchDatabase(db: Database, options: Options) {
  const { knex, pg } = await openDatabase(db, options);
  try {
    const store = await DatabaseSlaStore.create({ knex });
    const evaluator = new SlaEvaluator({ store, staleAfterMs: 15 * MINUTE });
    const now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
    const start = now.getTime() - 90 * DAY;
    const minutes = 90 * 24 * 60;
    log(
      `\n== ${
        db === 'sqlite' ? 'SQLite (in memory)' : `PostgreSQL ${pg!.version}`
      }`,
    );

    // Ingestion: validate as the push endpoint does, then write; then the same again.
    const big = entitySla('big', ['availability'], '90d');
    const bodies = sampleBodies('availability', start, minutes, 1);
    const ingest = async () => {
      const started = performance.now();
      for (const body of bodies) {
        await store.writeBuckets(
          readSamples(body, {
            entityRef: big.entityRef,
            objectives: ['availability'],
            now,
          }),
        );
      }
      return minutes / ((performance.now() - started) / 1000);
    };
    const insertRate = await ingest();
    const replaceRate = await ingest();
    if (db === 'postgres') {
      // What autovacuum does soon after a bulk load, in production as here.
      await knex.raw('analyze sla_buckets');
    }
    log(
      `  ingestion, ${fmt(minutes)} buckets in bodies of ${fmt(BATCH)}: ` +
        `insert ${fmt(insertRate)} buckets/s, replace ${fmt(
          replaceRate,
        )} buckets/s ` +
        `(target ≥ ${fmt(TARGETS.bucketsPerSecond)}) ${verdict(
          Math.min(insertRate, replaceRate) >= TARGETS.bucketsPerSecond,
        )}`,
    );

    // One objective over 90 days: read + compute, as GET …/sla does per objective.
    const readOnly = await timeSequential(
      async () => {
        await store.readBuckets({
          entityRef: big.entityRef,
          objective: 'availability',
          from: start,
          to: now.getTime(),
          // As the evaluator reads a rolling window without maintenance.
          hourlyBefore: now.getTime() - 3 * DAY,
        });
      },
      { warmUp: 2, requests: 15 },
    );
    const full = await timeSequential(
      async () => {
        const [report] = await evaluator.report(big, now);
        if (report.total === 0) {
          throw new Error('The objective has no data');
        }
      },
      { warmUp: 2, requests: 15 },
    );
    log(
      `  one objective over 90 days of minute buckets (read + compute): median ${fmt(
        full.p50,
        1,
      )} ms, p95 ${fmt(full.p95, 1)} ms, of which reading ${fmt(
        readOnly.p50,
        1,
      )} ms (target ≤ ${TARGETS.objectiveMs} ms) ${verdict(
        full.p50 <= TARGETS.objectiveMs,
      )}`,
    );

    // The overview: entities with 3 objectives and 3 days of 5-minute buckets each.
    const slas = Array.from({ length: options.entities }, (_, i) =>
      entitySla(
        `service-${i}`,
        ['availability', 'latency-p99', 'latency-p50'],
        '30d',
      ),
    );
    const seedStarted = performance.now();
    const buckets = [];
    for (const [i, sla] of slas.entries()) {
      for (const objective of sla.objectives) {
        for (
          let t = now.getTime() - 3 * DAY;
          t < now.getTime();
          t += 5 * MINUTE
        ) {
          const total = 5000;
          // One entity in four burns its budget fast.
          const bad = i % 4 === 0 ? 40 : (t / MINUTE + i) % 4;
          buckets.push({
            entityRef: sla.entityRef,
            objective: objective.id,
            start: t,
            durationMs: 5 * MINUTE,
            good: total - bad,
            total,
          });
        }
      }
      if (buckets.length >= 50_000) {
        await store.writeBuckets(buckets.splice(0));
      }
    }
    await store.writeBuckets(buckets);
    const seedMs = performance.now() - seedStarted;

    const roundStarted = performance.now();
    for (const sla of slas) {
      await evaluator.evaluate(sla, now);
    }
    const roundMs = performance.now() - roundStarted;
    log(
      `  evaluation round over ${fmt(
        options.entities,
      )} entities × 3 objectives (3 days of 5-minute buckets each, ${fmt(
        seedMs / 1000,
        1,
      )} s to load): ${fmt(roundMs)} ms, ${fmt(
        roundMs / options.entities,
        1,
      )} ms per entity`,
    );

    const firstPage = await timeSequential(
      async () => {
        const page = await store.listEntities({ limit: 50, offset: 0 });
        if (page.totalItems < options.entities) {
          throw new Error(`Only ${page.totalItems} entities in the overview`);
        }
      },
      { warmUp: 3, requests: 30 },
    );
    const everything = await timeSequential(
      async () => {
        let seen = 0;
        for (let offset = 0; offset < options.entities; offset += 500) {
          seen += (await store.listEntities({ limit: 500, offset })).items
            .length;
        }
        if (seen !== options.entities) {
          throw new Error(`Read ${seen} of ${options.entities} entities`);
        }
      },
      { warmUp: 2, requests: 15 },
    );
    const owned = await timeSequential(
      async () => {
        await store.listEntities({
          ownerRefs: ['group:default/team-1', 'group:default/team-2'],
          limit: 50,
          offset: 0,
        });
      },
      { warmUp: 3, requests: 30 },
    );
    log(
      `  overview of ${fmt(
        options.entities,
      )} entities, least budget first: first page of 50 median ${fmt(
        firstPage.p50,
        1,
      )} ms; all ${fmt(options.entities)} (pages of 500) median ${fmt(
        everything.p50,
        1,
      )} ms, p95 ${fmt(
        everything.p95,
        1,
      )} ms; filtered by 2 owners median ${fmt(owned.p50, 1)} ms (target ≤ ${
        TARGETS.overviewMs
      } ms) ${verdict(everything.p50 <= TARGETS.overviewMs)}`,
    );
  } finally {
    await knex.destroy();
    pg?.stop();
  }
}

async function main() {
  const options = readOptions();
  log(
    `bench:sla on ${os.cpus().length} CPUs, Node ${
      process.version
    }: 90 days of minute buckets, overview of ${fmt(
      options.entities,
    )} entities`,
  );
  for (const db of databasesOf(options.db)) {
    await benchDatabase(db, options);
  }
}

runBenchmark('bench:sla', main);
