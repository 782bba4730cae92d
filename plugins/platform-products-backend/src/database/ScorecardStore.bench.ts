/*
 * Benchmark of DatabaseScorecardStore on a generated catalog, on SQLite in memory and, when
 * BENCH_POSTGRES_CONNECTION_STRING is set, on a throwaway database of that PostgreSQL server.
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     src/database/ScorecardStore.bench.ts [entities=30000]
 *
 * Prints medians and p95 of each operation; run it twice, the machines are noisy.
 */
import { CheckStatus } from '@paved-road/plugin-platform-products-common';
import knexFactory, { Knex } from 'knex';
import { isPostgres } from './batches';
import { DatabaseScorecardStore } from './DatabaseScorecardStore';
import { StoredScorecardResult } from './ScorecardStore';

const ENTITIES = Number(process.argv[2] ?? 30_000);
const CHECKS = 10;
const TEAM_SIZE = 50;
const STATUSES: CheckStatus[] = ['pass', 'pass', 'pass', 'warn', 'fail'];
const LEVELS = [null, 'Bronze', 'Silver', 'Gold'];

/**
 * Every entity has a `readiness` result; one in three also a `dx` result. Teams own
 * TEAM_SIZE entities each, systems group ten entities.
 */
function generateResults(
  evaluatedAt: string,
  changed: (i: number) => boolean = () => false,
): StoredScorecardResult[] {
  const results: StoredScorecardResult[] = [];
  for (let i = 0; i < ENTITIES; i++) {
    for (const scorecardId of i % 3 === 0
      ? ['readiness', 'dx']
      : ['readiness']) {
      const bump = changed(i) ? 1 : 0;
      results.push({
        entityRef: `component:default/service-${i}`,
        scorecardId,
        entityKind: i % 5 === 0 ? 'api' : 'component',
        ownerRef: `group:default/team-${Math.floor(i / TEAM_SIZE)}`,
        systemRef:
          i % 7 === 0 ? null : `system:default/system-${Math.floor(i / 10)}`,
        score: i % 11 === 0 ? null : ((i * 37) % 100) + bump,
        level: LEVELS[i % LEVELS.length],
        evaluatedAt,
        checks: Array.from({ length: CHECKS }, (_, c) => ({
          checkId: `check-${c}`,
          status: STATUSES[(i + c + bump) % STATUSES.length],
          score: ((i + c) % 10) / 10,
          message: `check-${c} of service-${i}: 3 of 5 required annotations present`,
          facts: { present: 3, required: 5, keys: ['a', 'b', 'c'] },
        })),
      });
    }
  }
  return results;
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = process.hrtime.bigint();
  const value = await fn();
  return [Number(process.hrtime.bigint() - start) / 1e6, value];
}

async function sample(runs: number, fn: (run: number) => Promise<unknown>) {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    times.push((await time(() => fn(run)))[0]);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms`;
}

async function bench(name: string, knex: Knex) {
  const store = await DatabaseScorecardStore.create({ knex });
  const log = (what: string, figure: string) =>
    console.log(`${name.padEnd(10)} ${what.padEnd(44)} ${figure}`);

  const small = generateResults('2026-11-01T08:00:00Z').slice(0, 3000);
  const [smallMs] = await time(() => store.saveResults(small));
  log('save 3,000 results × 10 checks (new)', `${smallMs.toFixed(0)} ms`);
  await (await store.beginEvaluationRun(new Date('2100-01-01'))).finish();

  const all = generateResults('2026-11-01T08:00:00Z');
  const [insertMs] = await time(() => store.saveResults(all));
  log(
    `save ${all.length} results × 10 checks (new)`,
    `${insertMs.toFixed(0)} ms`,
  );
  const [sameMs] = await time(() =>
    store.saveResults(generateResults('2026-11-02T08:00:00Z')),
  );
  log(`save ${all.length} (unchanged, next day)`, `${sameMs.toFixed(0)} ms`);
  const [runMs] = await time(async () => {
    const run = await store.beginEvaluationRun(
      new Date('2026-11-03T08:00:00Z'),
    );
    run.add(generateResults('2026-11-03T08:00:00Z'));
    await run.write();
    await run.finish();
  });
  log(
    `evaluation run, ${all.length} unchanged, next day`,
    `${runMs.toFixed(0)} ms`,
  );
  const [changedMs, summary] = await time(() =>
    store.saveResults(
      generateResults('2026-11-02T09:00:00Z', i => i % 10 === 0),
    ),
  );
  log(
    `save ${all.length} (${summary.changed} changed)`,
    `${changedMs.toFixed(0)} ms`,
  );

  if (isPostgres(knex)) {
    // Fresh statistics, as autovacuum gathers after bulk writes; without them the
    // planner takes the tables for empty.
    await knex.raw('analyze');
  }
  log(
    'getEntityResults',
    await sample(200, run =>
      store.getEntityResults(
        `component:default/service-${(run * 7919) % ENTITIES}`,
      ),
    ),
  );
  const pages = { scorecardId: 'readiness', limit: 50 } as const;
  log(
    `listResults page, ${ENTITIES} entities, by score`,
    await sample(20, run =>
      store.listResults({ ...pages, orderBy: 'score', offset: run * 50 }),
    ),
  );
  const bigGroup = Array.from(
    { length: Math.ceil(10_000 / TEAM_SIZE) },
    (_, i) => `group:default/team-${i}`,
  );
  log(
    `listResults page, ${bigGroup.length} owners (10k entities)`,
    await sample(20, run =>
      store.listResults({
        ...pages,
        ownerRefs: bigGroup,
        orderBy: 'score',
        order: 'desc',
        offset: run * 50,
      }),
    ),
  );
  log(
    'listResults page, level filter',
    await sample(20, run =>
      store.listResults({ ...pages, level: 'Gold', offset: run * 50 }),
    ),
  );
  log(
    'getRollups, one team',
    await sample(20, run =>
      store.getRollups({ ownerRefs: [`group:default/team-${run}`] }),
    ),
  );
  log(
    `getRollups, ${bigGroup.length} owners (10k entities)`,
    await sample(10, () => store.getRollups({ ownerRefs: bigGroup })),
  );
  log(
    'getRollups, one system',
    await sample(20, run =>
      store.getRollups({ systemRefs: [`system:default/system-${run + 1}`] }),
    ),
  );
  log(
    `getHistory, ${bigGroup.length} owners, 2 days`,
    await sample(10, () =>
      store.getHistory({
        scorecardId: 'readiness',
        ownerRefs: bigGroup,
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ),
  );
  log(
    'getHistory, one entity',
    await sample(50, run =>
      store.getHistory({
        scorecardId: 'readiness',
        entityRef: `component:default/service-${run}`,
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ),
  );
}

async function main() {
  const sqlite = knexFactory({
    client: 'better-sqlite3',
    connection: ':memory:',
    useNullAsDefault: true,
  });
  try {
    await bench('SQLite', sqlite);
  } finally {
    await sqlite.destroy();
  }

  const connectionString = process.env.BENCH_POSTGRES_CONNECTION_STRING;
  if (!connectionString) {
    return;
  }
  const database = `scorecard_bench_${process.pid}`;
  const admin = knexFactory({ client: 'pg', connection: connectionString });
  await admin.raw('create database ??', [database]);
  const pg = knexFactory({
    client: 'pg',
    connection: { connectionString, database },
  });
  try {
    await bench('PostgreSQL', pg);
  } finally {
    await pg.destroy();
    await admin.raw('drop database ??', [database]);
    await admin.destroy();
  }
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
