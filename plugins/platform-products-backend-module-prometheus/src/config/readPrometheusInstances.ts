import { Config, readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds } from '@backstage/types';
import { SlaObjectiveKind } from '@paved-road/plugin-platform-products-common';
import { QueryPlaceholder, checkQueryTemplate } from '../promql/queryTemplate';
import {
  DEFAULT_QUERIES,
  ObjectiveQueries,
  PrometheusQueries,
} from './defaultQueries';

/**
 * One configured Prometheus, checked and with defaults filled in.
 *
 * @public
 */
export type PrometheusInstance = {
  name: string;
  /** Ends with `/`, so that API paths resolve below it. */
  baseUrl: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** The bucket length and query_range step: a whole number of minutes. */
  stepSeconds: number;
  queries: PrometheusQueries;
};

/** Where the instances are configured. */
export const INSTANCES_KEY = 'platformProducts.prometheus.instances';

const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_STEP_SECONDS = 60;
const MAX_STEP_SECONDS = 86_400;
// The same names parseSlaSource accepts in `prometheus:<instance>`.
const INSTANCE_NAME = /^[a-zA-Z0-9_-]+$/;

type KindSpec = {
  counts: 'good' | 'bad';
  allowed: QueryPlaceholder[];
  /** Placeholders the events query must use. */
  required: QueryPlaceholder[];
};

const KINDS: Record<SlaObjectiveKind, KindSpec> = {
  availability: {
    counts: 'good',
    allowed: ['selector', 'window'],
    required: ['window'],
  },
  // Without {{threshold}} every latency objective would get the same count.
  latency: {
    counts: 'good',
    allowed: ['selector', 'window', 'threshold'],
    required: ['window', 'threshold'],
  },
  'error-rate': {
    counts: 'bad',
    allowed: ['selector', 'window'],
    required: ['window'],
  },
};

function readDurationMs(
  config: Config,
  key: string,
  where: string,
  fallbackMs: number,
): number {
  if (!config.has(key)) {
    return fallbackMs;
  }
  let ms: number;
  try {
    ms = durationToMilliseconds(readDurationFromConfig(config, { key }));
  } catch (error) {
    throw new Error(`${where}.${key} is not a duration: ${error}`);
  }
  if (!(ms > 0)) {
    throw new Error(`${where}.${key} must be longer than zero`);
  }
  return ms;
}

function readQueries(
  config: Config,
  where: string,
): Record<SlaObjectiveKind, ObjectiveQueries> {
  const queries = { ...DEFAULT_QUERIES };
  const configured = config.getOptionalConfig('queries');
  if (!configured) {
    return queries;
  }
  for (const key of configured.keys()) {
    if (!(key in KINDS)) {
      throw new Error(
        `${where}.queries.${key} is not an objective kind; expected ${Object.keys(
          KINDS,
        ).join(', ')}`,
      );
    }
  }
  for (const [kind, spec] of Object.entries(KINDS) as [
    SlaObjectiveKind,
    KindSpec,
  ][]) {
    const kindConfig = configured.getOptionalConfig(kind);
    if (!kindConfig) {
      continue;
    }
    const read = (field: string, required: QueryPlaceholder[]) => {
      const key = `${where}.queries.${kind}.${field}`;
      const template = kindConfig.getOptionalString(field);
      if (template === undefined) {
        throw new Error(
          `${key} is missing; ${kind} needs both ${spec.counts} and total`,
        );
      }
      const problem = checkQueryTemplate(template, {
        allowed: spec.allowed,
        required,
      });
      if (problem) {
        throw new Error(`${key} ${problem}`);
      }
      return template;
    };
    const wrong = spec.counts === 'good' ? 'bad' : 'good';
    if (kindConfig.has(wrong)) {
      throw new Error(
        `${where}.queries.${kind}.${wrong} is not read; ${kind} takes ${spec.counts} and total`,
      );
    }
    queries[kind] = {
      counts: spec.counts,
      events: read(spec.counts, spec.required),
      total: read('total', ['window']),
    } as ObjectiveQueries;
  }
  return queries;
}

function readBaseUrl(config: Config, where: string): string {
  const raw = config.getString('baseUrl');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `${where}.baseUrl ${JSON.stringify(
        raw,
      )} is not a URL; expected one such as http://prometheus:9090`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${where}.baseUrl must be an http or https URL`);
  }
  // fetch refuses URLs with credentials, and messages show the URL.
  if (url.username || url.password) {
    throw new Error(
      `${where}.baseUrl must not hold credentials; send them in ${where}.headers, e.g. Authorization: Basic …`,
    );
  }
  if (url.search || url.hash) {
    throw new Error(
      `${where}.baseUrl must not have a query or fragment; /api/v1/query_range is added to it`,
    );
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

function readInstance(config: Config, index: number): PrometheusInstance {
  const at = `${INSTANCES_KEY}[${index}]`;
  const name = config.getString('name');
  if (!INSTANCE_NAME.test(name)) {
    throw new Error(
      `${at}.name ${JSON.stringify(
        name,
      )} is not an instance name; use letters, digits, "_" and "-", as in paved-road.io/sla-source: prometheus:prod`,
    );
  }
  // Later messages name the instance, which a person finds faster than an index.
  const where = `${at} (${name})`;
  const headersConfig = config.getOptionalConfig('headers');
  const headers: Record<string, string> = {};
  for (const header of headersConfig?.keys() ?? []) {
    headers[header] = headersConfig!.getString(header);
  }
  const stepMs = readDurationMs(
    config,
    'step',
    where,
    DEFAULT_STEP_SECONDS * 1000,
  );
  if (stepMs % 60_000 !== 0 || stepMs > MAX_STEP_SECONDS * 1000) {
    throw new Error(
      `${where}.step must be a whole number of minutes between 1 minute and 1 day, so that buckets line up with minute buckets`,
    );
  }
  return {
    name,
    baseUrl: readBaseUrl(config, where),
    headers,
    timeoutMs: readDurationMs(config, 'timeout', where, DEFAULT_TIMEOUT_MS),
    stepSeconds: stepMs / 1000,
    queries: readQueries(config, where),
  };
}

/**
 * Reads and checks `platformProducts.prometheus.instances`, so that a mistake
 * stops the backend at start-up with a message naming the instance and key,
 * rather than failing every sync.
 *
 * @public
 */
export function readPrometheusInstances(config: Config): PrometheusInstance[] {
  const instances = (config.getOptionalConfigArray(INSTANCES_KEY) ?? []).map(
    readInstance,
  );
  const seen = new Set<string>();
  for (const instance of instances) {
    if (seen.has(instance.name)) {
      throw new Error(
        `${INSTANCES_KEY} names the instance "${instance.name}" more than once`,
      );
    }
    seen.add(instance.name);
  }
  return instances;
}
