import { PrometheusInstance } from '../config/readPrometheusInstances';
import { formatPromQlDuration } from '../promql/formatPromQlDuration';
import { parseMatrix, RangeValues } from './parseMatrix';
import { QueryRangeRequest } from './planQueryRange';

// Enough of an error page to recognise it, not a whole HTML document.
const BODY_EXCERPT = 300;

function describeInstance(instance: PrometheusInstance): string {
  return `Prometheus instance "${instance.name}" (${instance.baseUrl.replace(
    /\/$/,
    '',
  )})`;
}

// fetch reports "fetch failed" and keeps the useful part (connect ECONNREFUSED
// 127.0.0.1:9090, getaddrinfo ENOTFOUND …) in its cause.
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } })?.cause;
  if (typeof cause?.message === 'string' && cause.message) {
    return cause.message;
  }
  return String((error as { message?: unknown })?.message ?? error);
}

/**
 * Runs PromQL range queries on one Prometheus over its HTTP API, with the
 * instance's headers and timeout. Every failure becomes an `Error` whose
 * message names the instance and the query, for the entity's page.
 */
export class PrometheusClient {
  readonly #instance: PrometheusInstance;
  readonly #fetch: typeof fetch;

  constructor(instance: PrometheusInstance, fetchImpl: typeof fetch = fetch) {
    this.#instance = instance;
    this.#fetch = fetchImpl;
  }

  async queryRange(
    query: string,
    range: QueryRangeRequest,
    signal?: AbortSignal,
  ): Promise<RangeValues> {
    const instance = this.#instance;
    const url = new URL('api/v1/query_range', instance.baseUrl);
    url.searchParams.set('query', query);
    url.searchParams.set('start', String(range.start));
    url.searchParams.set('end', String(range.end));
    url.searchParams.set('step', String(range.step));
    // Prometheus stops evaluating when we stop waiting.
    url.searchParams.set(
      'timeout',
      `${Math.max(1, Math.ceil(instance.timeoutMs / 1000))}s`,
    );
    const fail = (what: string) =>
      new Error(
        `${describeInstance(instance)} ${what}, for the query ${query}`,
      );

    const timeout = AbortSignal.timeout(instance.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(url, {
        headers: { Accept: 'application/json', ...instance.headers },
        signal: combined,
      });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) {
        throw fail('was not asked further: the sync was cancelled');
      }
      if (timeout.aborted) {
        throw fail(
          `did not answer within ${formatPromQlDuration(
            Math.max(1, Math.round(instance.timeoutMs / 1000)),
          )} (the instance's timeout)`,
        );
      }
      throw fail(`is unreachable (${causeOf(error)})`);
    }

    let body: {
      status?: unknown;
      data?: unknown;
      errorType?: unknown;
      error?: unknown;
    };
    try {
      body = JSON.parse(text);
    } catch {
      throw fail(
        `answered HTTP ${response.status} ${
          response.statusText
        } with a body that is not JSON: ${JSON.stringify(
          text.slice(0, BODY_EXCERPT),
        )}`,
      );
    }
    // Prometheus answers errors with a 4xx/5xx status and this body.
    if (body?.status !== 'success') {
      const reason =
        typeof body?.error === 'string'
          ? `${
              typeof body.errorType === 'string' ? `${body.errorType}: ` : ''
            }${body.error}`
          : JSON.stringify(body).slice(0, BODY_EXCERPT);
      throw fail(`refused (HTTP ${response.status}): ${reason}`);
    }
    try {
      return parseMatrix(body.data);
    } catch (error) {
      throw fail(
        `gave an answer that cannot be read: ${(error as Error).message}`,
      );
    }
  }
}
