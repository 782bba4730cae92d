import {
  createServer,
  IncomingMessage,
  Server,
  ServerResponse,
} from 'node:http';
import { AddressInfo } from 'node:net';
import { DEFAULT_QUERIES } from '../config/defaultQueries';
import { PrometheusInstance } from '../config/readPrometheusInstances';
import { PrometheusClient } from './PrometheusClient';

// An HTTP server that answers as the test says, so that the client's real
// fetch, timeout and error handling are exercised.
let server: Server;
let baseUrl: string;
let handle: (req: IncomingMessage, res: ServerResponse) => void;
const requests: IncomingMessage[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req);
    handle(req, res);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/prom`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise(resolve => server.close(resolve));
});

beforeEach(() => {
  requests.length = 0;
});

function instance(overrides: Partial<PrometheusInstance> = {}) {
  return {
    name: 'prod',
    baseUrl: `${baseUrl}/`,
    headers: { 'X-Scope-OrgID': 'team-a' },
    timeoutMs: 2_000,
    stepSeconds: 60,
    queries: DEFAULT_QUERIES,
    ...overrides,
  };
}

function json(status: number, body: unknown) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify(body));
  };
}

const RANGE = { start: 120, end: 240, step: 60 };
const QUERY = 'sum(increase(up[1m]))';

describe('PrometheusClient', () => {
  it('sends GET /api/v1/query_range with the range, timeout and headers', async () => {
    handle = json(200, {
      status: 'success',
      data: {
        resultType: 'matrix',
        result: [{ metric: {}, values: [[120, '5']] }],
      },
    });
    const values = await new PrometheusClient(instance()).queryRange(
      QUERY,
      RANGE,
    );
    expect([...values]).toEqual([[120, 5]]);
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0].url!, baseUrl);
    expect(requests[0].method).toBe('GET');
    expect(url.pathname).toBe('/prom/api/v1/query_range');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      query: QUERY,
      start: '120',
      end: '240',
      step: '60',
      timeout: '2s',
    });
    expect(requests[0].headers['x-scope-orgid']).toBe('team-a');
  });

  it('reports a Prometheus error body with its type, the instance and the query', async () => {
    handle = json(400, {
      status: 'error',
      errorType: 'bad_data',
      error: '1:5: parse error: unexpected "}"',
    });
    await expect(
      new PrometheusClient(instance()).queryRange(QUERY, RANGE),
    ).rejects.toThrow(
      `Prometheus instance "prod" (${baseUrl}) refused (HTTP 400): bad_data: 1:5: parse error: unexpected "}", for the query ${QUERY}`,
    );
  });

  it('reports an HTTP error page that is not JSON', async () => {
    handle = (_req, res) => {
      res.writeHead(502, 'Bad Gateway', { 'Content-Type': 'text/html' });
      res.end('<html>upstream down</html>');
    };
    await expect(
      new PrometheusClient(instance()).queryRange(QUERY, RANGE),
    ).rejects.toThrow(
      'answered HTTP 502 Bad Gateway with a body that is not JSON: "<html>upstream down</html>", for the query',
    );
  });

  it('reports an answer that is not a matrix', async () => {
    handle = json(200, {
      status: 'success',
      data: { resultType: 'vector', result: [] },
    });
    await expect(
      new PrometheusClient(instance()).queryRange(QUERY, RANGE),
    ).rejects.toThrow(
      'gave an answer that cannot be read: the answer is a vector, not a matrix',
    );
  });

  it('gives up after the instance timeout', async () => {
    handle = () => {}; // never answers
    const started = Date.now();
    await expect(
      new PrometheusClient(instance({ timeoutMs: 300 })).queryRange(
        QUERY,
        RANGE,
      ),
    ).rejects.toThrow(
      `Prometheus instance "prod" (${baseUrl}) did not answer within 1s (the instance's timeout), for the query ${QUERY}`,
    );
    // Near the 300 ms timeout, with room for a busy machine.
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('stops when the caller aborts', async () => {
    handle = () => {};
    const controller = new AbortController();
    const pending = new PrometheusClient(instance()).queryRange(
      QUERY,
      RANGE,
      controller.signal,
    );
    controller.abort();
    await expect(pending).rejects.toThrow('the sync was cancelled');
  });

  it('reports an unreachable instance with the reason', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise(resolve => closed.close(resolve));
    await expect(
      new PrometheusClient(
        instance({ baseUrl: `http://127.0.0.1:${port}/` }),
      ).queryRange(QUERY, RANGE),
    ).rejects.toThrow(
      `Prometheus instance "prod" (http://127.0.0.1:${port}) is unreachable (connect ECONNREFUSED 127.0.0.1:${port}), for the query ${QUERY}`,
    );
  });
});
