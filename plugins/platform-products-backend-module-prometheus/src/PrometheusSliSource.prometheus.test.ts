/*
 * Against a real Prometheus loaded with the recording in __fixtures__
 * (scripts/test-prometheus.sh starts one and sets PAVED_ROAD_TEST_PROMETHEUS_URL).
 * Skipped without that variable, so that the normal test run needs no server;
 * the script fails unless these tests ran (their names carry REAL_PROMETHEUS).
 */
import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { parseSlaObjectives } from '@paved-road/plugin-platform-products-common';
import { SliBucket } from '@paved-road/plugin-platform-products-node';
import { createServer } from 'node:net';
import {
  CHECKOUT_JOB,
  ESCAPED_JOB,
  RECORDING_MINUTES,
  RECORDING_START,
  recordedMinute,
  recordedTotals,
} from './__fixtures__/sliRecording';
import { readPrometheusInstances } from './config/readPrometheusInstances';
import { PrometheusSliSource } from './PrometheusSliSource';

const PROMETHEUS_URL = process.env.PAVED_ROAD_TEST_PROMETHEUS_URL;
const describeWithPrometheus = PROMETHEUS_URL ? describe : describe.skip;

const MINUTE = 60_000;
const minute = (n: number) => new Date(RECORDING_START.getTime() + n * MINUTE);

function source(
  instance: Record<string, unknown> = {},
  options: { maxPointsPerRequest?: number } = {},
) {
  const instances = readPrometheusInstances(
    new ConfigReader({
      platformProducts: {
        prometheus: {
          instances: [{ name: 'real', baseUrl: PROMETHEUS_URL, ...instance }],
        },
      },
    }),
  );
  return new PrometheusSliSource({
    instances,
    logger: mockServices.logger.mock(),
    ...options,
  });
}

// The annotations of an entity whose series carry `job`.
function entity(job: string) {
  const sla = parseSlaObjectives({
    'paved-road.io/sla-availability': '99.9%',
    'paved-road.io/sla-latency-p99': '300ms',
    'paved-road.io/sla-latency-p999': '1s',
    'paved-road.io/sla-error-rate': '0.5%',
    'paved-road.io/sla-source': 'prometheus:real',
    'paved-road.io/sla-selector': `job="${job
      .replace(/\\/g, '\\\\')
      .replace(/"/g, '\\"')}"`,
  });
  expect(sla.problems).toEqual([]);
  return (objectiveId: string, from: Date, to: Date) => ({
    instance: 'real',
    entityRef: `component:default/${job}`,
    objective: sla.objectives.find(o => o.id === objectiveId)!,
    selector: sla.selector,
    from,
    to,
  });
}

function sums(buckets: SliBucket[]) {
  return buckets.reduce(
    (sum, b) => ({ good: sum.good + b.good, total: sum.total + b.total }),
    { good: 0, total: 0 },
  );
}

const checkout = entity(CHECKOUT_JOB);
const WHOLE = [minute(0), minute(RECORDING_MINUTES)] as const;

describeWithPrometheus(
  'PrometheusSliSource against a real Prometheus (REAL_PROMETHEUS)',
  () => {
    it('gives every minute of availability exactly as recorded', async () => {
      const buckets = await source().fetchBuckets(
        checkout('availability', ...WHOLE),
      );
      expect(buckets).toHaveLength(RECORDING_MINUTES);
      buckets.forEach((bucket, m) => {
        const recorded = recordedMinute(CHECKOUT_JOB, m);
        expect(bucket).toEqual({
          start: minute(m),
          durationSeconds: 60,
          good: recorded.requests - recorded.errors,
          total: recorded.requests,
        });
      });
      // 3 days of 100–104 requests a minute, 1,200 more in the incident;
      // 432 single errors plus 1,200 in the incident.
      expect(sums(buckets)).toEqual({ good: 440_208, total: 441_840 });
    });

    it('gives error-rate buckets as good = total − 5xx, exactly', async () => {
      const buckets = await source().fetchBuckets(
        checkout('error-rate', ...WHOLE),
      );
      expect(sums(buckets)).toEqual({ good: 440_208, total: 441_840 });
      // The incident, day 2 10:00–10:30: 40 extra errors a minute, plus the
      // one-in-ten-minutes error at 10:00, 10:10 and 10:20.
      const incident = 24 * 60 + 10 * 60;
      const during = await source().fetchBuckets(
        checkout('error-rate', minute(incident), minute(incident + 30)),
      );
      const { good, total } = sums(during);
      expect(total - good).toBe(1_203);
    });

    it('counts latency buckets from the histogram bucket of the bound', async () => {
      const p99 = await source().fetchBuckets(
        checkout('latency-p99', ...WHOLE),
      );
      expect(sums(p99)).toEqual({
        good: 441_840 - 5_400, // 1 or 2 requests a minute over 0.3 s
        total: 441_840,
      });
      const p999 = await source().fetchBuckets(
        checkout('latency-p999', ...WHOLE),
      );
      expect(sums(p999)).toEqual({ good: 441_840 - 72, total: 441_840 });
      expect(p999[60]).toMatchObject({ good: 99, total: 100 });
    });

    it('finds the series of a job whose name needs escaping, which never failed', async () => {
      const weird = entity(ESCAPED_JOB);
      const buckets = await source().fetchBuckets(
        weird('error-rate', ...WHOLE),
      );
      expect(buckets).toHaveLength(RECORDING_MINUTES);
      expect(sums(buckets)).toEqual({ good: 30_240, total: 30_240 });
    });

    it('gives five-minute buckets with a 5m step', async () => {
      const buckets = await source({ step: '5m' }).fetchBuckets(
        checkout('availability', ...WHOLE),
      );
      expect(buckets).toHaveLength(RECORDING_MINUTES / 5);
      expect(buckets[0]).toEqual({
        start: minute(0),
        durationSeconds: 300,
        good: 510 - 1,
        total: 510,
      });
      expect(sums(buckets)).toEqual({ good: 440_208, total: 441_840 });

      // Only whole buckets inside a range whose ends are not on the step.
      const inside = await source({ step: '5m' }).fetchBuckets(
        checkout('availability', minute(7), minute(28)),
      );
      expect(inside.map(b => b.start)).toEqual([
        minute(10),
        minute(15),
        minute(20),
      ]);
      const recorded = recordedTotals(CHECKOUT_JOB, 10, 25);
      expect(sums(inside)).toEqual({
        good: recorded.requests - recorded.errors,
        total: recorded.requests,
      });
    });

    it('gives the same buckets when the range is split into many requests', async () => {
      const split = await source(
        {},
        { maxPointsPerRequest: 1_000 },
      ).fetchBuckets(checkout('availability', ...WHOLE));
      const whole = await source().fetchBuckets(
        checkout('availability', ...WHOLE),
      );
      expect(split).toEqual(whole);
    });

    it('gives no bucket where there is no data, before and after the recording', async () => {
      const before = await source().fetchBuckets(
        checkout('availability', minute(-60), minute(10)),
      );
      expect(before.map(b => b.start)).toEqual(
        Array.from({ length: 10 }, (_, i) => minute(i)),
      );
      const after = await source().fetchBuckets(
        checkout(
          'availability',
          minute(RECORDING_MINUTES - 10),
          minute(RECORDING_MINUTES + 60),
        ),
      );
      expect(after).toHaveLength(10);
      const recorded = recordedTotals(
        CHECKOUT_JOB,
        RECORDING_MINUTES - 10,
        RECORDING_MINUTES,
      );
      expect(sums(after)).toEqual({
        good: recorded.requests - recorded.errors,
        total: recorded.requests,
      });
    });

    it('stays within the point limit that Prometheus really enforces', async () => {
      // Prometheus refuses (end − start) ÷ step > 11,000: 11,002 points.
      const range = checkout('availability', minute(0), minute(11_002));
      await expect(
        source({}, { maxPointsPerRequest: 11_002 }).fetchBuckets(range),
      ).rejects.toThrow(
        'exceeded maximum resolution of 11,000 points per timeseries',
      );
      const buckets = await source().fetchBuckets(range);
      expect(buckets).toHaveLength(RECORDING_MINUTES);
    });

    it('reports a query Prometheus cannot parse, naming the instance and the query', async () => {
      const broken = source({
        queries: {
          availability: {
            good: 'sum(increase(http_requests_total{ {{selector}} }[{{window}}])',
            total:
              'sum(increase(http_requests_total{ {{selector}} }[{{window}}]))',
          },
        },
      });
      await expect(
        broken.fetchBuckets(checkout('availability', minute(0), minute(5))),
      ).rejects.toThrow(
        new RegExp(
          `^Prometheus instance "real" \\(${PROMETHEUS_URL}\\) refused \\(HTTP 400\\): bad_data: .*parse error.*, for the query sum\\(increase\\(http_requests_total\\{ job="checkout" \\}\\[1m\\]\\)$`,
        ),
      );
    });

    it('reports an unreachable instance', async () => {
      const port = await new Promise<number>(resolve => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port: free } = probe.address() as { port: number };
          probe.close(() => resolve(free));
        });
      });
      await expect(
        source({ baseUrl: `http://127.0.0.1:${port}` }).fetchBuckets(
          checkout('availability', minute(0), minute(5)),
        ),
      ).rejects.toThrow(
        `Prometheus instance "real" (http://127.0.0.1:${port}) is unreachable (connect ECONNREFUSED 127.0.0.1:${port}), for the query`,
      );
    });
  },
);
