/*
 * Benchmark of the SLA math: one objective over 90 days of 1-minute buckets
 * (129,600 buckets), as the backend computes it per request (status and
 * burn-down within the window). Prints figures;
 * it does not test (target: well under 100 ms per objective). Run from the
 * repository root:
 *
 *   node --require @backstage/cli/config/nodeTransform.cjs \
 *     plugins/platform-products-common/src/sla/computeSlaObjectiveStatus.bench.ts
 */
/* eslint-disable no-console */
import { performance } from 'node:perf_hooks';
import { parseMaintenanceRule } from '../annotations/maintenance/parseMaintenanceRule';
import { MaintenanceRule } from '../annotations/maintenance/MaintenanceRule';
import { parseSlaWindow } from '../annotations/parseSlaWindow';
import { computeSlaBreachHistory } from './computeSlaBreachHistory';
import { computeSlaBurnDown } from './computeSlaBurnDown';
import { computeSlaObjectiveStatus } from './computeSlaObjectiveStatus';
import { SliBucketData } from './types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const RUNS = 50;
const WARM_UP = 5;

// A small deterministic generator, so that every run measures the same data.
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 90 days of minute buckets, ~1,000 requests each, ~0.025% bad. */
function generateBuckets(now: number): SliBucketData[] {
  const random = seededRandom(42);
  const buckets: SliBucketData[] = [];
  for (let start = now - 90 * DAY; start < now; start += MINUTE) {
    const total = 800 + Math.floor(random() * 400);
    const bad = random() < 0.05 ? Math.floor(random() * 10) : 0;
    buckets.push({ start, durationMs: MINUTE, good: total - bad, total });
  }
  return buckets;
}

function summarize(label: string, samples: number[], cold: number): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.ceil((p / 100) * sorted.length) - 1];
  console.log(
    `${label.padEnd(52)} p50 ${at(50).toFixed(2)} ms  p95 ${at(95).toFixed(
      2,
    )} ms  max ${sorted[sorted.length - 1].toFixed(
      2,
    )} ms  (first run ${cold.toFixed(2)} ms)`,
  );
}

function time(label: string, run: () => unknown): void {
  const coldStarted = performance.now();
  run();
  const cold = performance.now() - coldStarted;
  for (let i = 1; i < WARM_UP; i++) {
    run();
  }
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  summarize(label, samples, cold);
}

function main(): void {
  const now = Date.parse('2026-06-15T12:00:00Z');
  const buckets = generateBuckets(now);
  const maintenance = parseMaintenanceRule(
    'maintenance',
    'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H',
  );
  if (!maintenance.ok) {
    throw new Error(maintenance.problem.message);
  }
  const rule: MaintenanceRule = maintenance.value;
  const window = (text: string) => {
    const result = parseSlaWindow('window', text);
    if (!result.ok) {
      throw new Error(result.problem.message);
    }
    return result.value;
  };
  const objective = { id: 'availability', target: 0.999 };
  console.log(
    `${buckets.length} minute buckets over 90 days; ${RUNS} runs after ${WARM_UP} warm-up runs; Node ${process.version}`,
  );

  for (const [name, compute, windows] of [
    [
      'status',
      computeSlaObjectiveStatus,
      [
        ['30d', false],
        ['90d', false],
        ['90d', true],
        ['1Q', true],
      ],
    ],
    [
      'burn-down',
      computeSlaBurnDown,
      [
        ['90d', false],
        ['1Q', true],
      ],
    ],
  ] as const) {
    for (const [text, withMaintenance] of windows) {
      time(
        `${name}, window ${text}${
          withMaintenance ? ', weekly maintenance' : ''
        }`,
        () =>
          compute({
            objective,
            window: window(text),
            timezone: 'Europe/Berlin',
            maintenance: withMaintenance ? rule : undefined,
            buckets,
            now: new Date(now),
          }),
      );
    }
  }
  time('breach history, 4 months, weekly maintenance', () =>
    computeSlaBreachHistory({
      objective,
      timezone: 'Europe/Berlin',
      maintenance: rule,
      buckets,
      from: new Date(now - 90 * DAY),
      to: new Date(now),
    }),
  );
}

main();
