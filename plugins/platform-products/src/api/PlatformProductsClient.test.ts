/**
 * @jest-environment node
 */
import { ResponseError } from '@backstage/errors';
import { PlatformProductsClient } from './PlatformProductsClient';

const checkout = { kind: 'Component', namespace: 'default', name: 'checkout' };

function client(status = 200, body: unknown = {}) {
  const fetch = jest.fn(
    async (_url: string, _init?: RequestInit) =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );
  const api = new PlatformProductsClient({
    discoveryApi: {
      getBaseUrl: async id => `http://backend/api/${id}`,
    },
    fetchApi: { fetch: fetch as any },
  });
  return { api, fetch };
}

describe('PlatformProductsClient', () => {
  it('reads from the platform-products backend with entity paths in lowercase', async () => {
    const { api, fetch } = client(200, { entityRef: 'x', results: [] });
    await expect(api.getEntityScorecards(checkout)).resolves.toEqual({
      entityRef: 'x',
      results: [],
    });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/platform-products/entities/component/default/checkout/scorecards',
      { method: 'GET' },
    );
  });

  it('sends query parameters, lists as repeated parameters', async () => {
    const { api, fetch } = client(200, { items: [] });
    await api.getScorecardResults('service-maturity', {
      owner: ['group:default/a', 'group:default/b'],
      level: 'none',
      limit: 10,
    });
    expect(fetch.mock.calls[0][0]).toBe(
      'http://backend/api/platform-products/scorecards/service-maturity/results?owner=group%3Adefault%2Fa&owner=group%3Adefault%2Fb&level=none&limit=10',
    );
    await api.getScorecardHistory('s', 'group:default/a', {
      from: '2026-01-01',
    });
    expect(fetch.mock.calls[1][0]).toBe(
      'http://backend/api/platform-products/scorecards/s/history?entityRef=group%3Adefault%2Fa&from=2026-01-01',
    );
  });

  it('puts survey answers as JSON', async () => {
    const { api, fetch } = client(200, { replaced: false });
    await api.answerSurvey(checkout, { score: 9, comment: 'good' });
    expect(fetch).toHaveBeenCalledWith(
      'http://backend/api/platform-products/entities/component/default/checkout/survey/response',
      {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ score: 9, comment: 'good' }),
      },
    );
  });

  it('calls every other endpoint at its path', async () => {
    const { api, fetch } = client(200, {});
    await api.getHealth();
    await api.listProducts();
    await api.getProductAdoption({ ...checkout, kind: 'PlatformProduct' });
    await api.getEntityProducts(checkout);
    await api.listScorecards();
    await api.refreshEntityScorecards(checkout);
    await api.getRollups({ kind: 'Group', namespace: 'default', name: 'a' });
    await api.getSurvey(checkout);
    await api.ingestMetrics({ points: [] });
    await api.getMetricSeries(checkout, 'lead-time-hours', { limit: 5 });
    await api.getEntitySla(checkout);
    await api.getEntitySlaHistory(checkout, { months: 6 });
    await api.getSlaOverview({ status: ['breached'] });
    await api.pushSlaSamples(checkout, { buckets: [] });
    const base = 'http://backend/api/platform-products';
    expect(
      fetch.mock.calls.map(c => `${c[1]?.method} ${c[0].slice(base.length)}`),
    ).toEqual([
      'GET /health',
      'GET /products',
      'GET /products/default/checkout/adoption',
      'GET /entities/component/default/checkout/products',
      'GET /scorecards',
      'POST /entities/component/default/checkout/scorecards/refresh',
      'GET /rollups/group/default/a',
      'GET /entities/component/default/checkout/survey',
      'POST /metrics',
      'GET /entities/component/default/checkout/metrics/lead-time-hours?limit=5',
      'GET /entities/component/default/checkout/sla',
      'GET /entities/component/default/checkout/sla/history?months=6',
      'GET /sla?status=breached',
      'POST /entities/component/default/checkout/sla/samples',
    ]);
  });

  it('rejects with a ResponseError carrying the backend message', async () => {
    const { api } = client(404, {
      error: {
        name: 'NotFoundError',
        message: 'No entity component:default/checkout',
      },
      response: { statusCode: 404 },
    });
    const error = await api.getEntitySla(checkout).catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error.message).toBe(
      'No entity component:default/checkout',
    );
  });
});
