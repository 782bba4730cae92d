import { CompoundEntityRef } from '@backstage/catalog-model';
import { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import type {
  EntityProductsResponse,
  EntityScorecardsResponse,
  EntitySlaHistoryResponse,
  EntitySlaResponse,
  IngestMetricsRequest,
  IngestMetricsResponse,
  ListProductsResponse,
  ListScorecardsResponse,
  MetricSeriesResponse,
  ProductAdoptionResponse,
  ScorecardHistoryResponse,
  ScorecardResultsQuery,
  ScorecardResultsResponse,
  ScorecardRollupsResponse,
  SlaOverviewResponse,
  SlaSamplesRequest,
  SlaSamplesResponse,
  SurveyResponseRequest,
  SurveyResponseResponse,
  SurveySummaryResponse,
} from '@paved-road/plugin-platform-products-common';
import {
  DayRange,
  PlatformProductsApi,
  SlaOverviewQuery,
} from './PlatformProductsApi';

type QueryValue = string | number | string[] | undefined;

function entityPath(entity: CompoundEntityRef): string {
  return [entity.kind, entity.namespace, entity.name]
    .map(part => encodeURIComponent(part.toLocaleLowerCase('en-US')))
    .join('/');
}

function queryString(query: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    // Lists go as repeated parameters, which the backend reads as a list.
    for (const item of Array.isArray(value) ? value : [value]) {
      params.append(key, String(item));
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * The {@link PlatformProductsApi} over HTTP, through the app's discovery and fetch APIs (the
 * fetch API adds the user's token).
 *
 * @public
 */
export class PlatformProductsClient implements PlatformProductsApi {
  private readonly discoveryApi: DiscoveryApi;
  private readonly fetchApi: FetchApi;

  constructor(options: { discoveryApi: DiscoveryApi; fetchApi: FetchApi }) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  private async request<T>(
    path: string,
    init?: { method: 'POST' | 'PUT'; body?: unknown },
  ): Promise<T> {
    const baseUrl = await this.discoveryApi.getBaseUrl('platform-products');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, {
      method: init?.method ?? 'GET',
      ...(init?.body !== undefined && {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(init.body),
      }),
    });
    if (!response.ok) {
      // Carries the backend's error body, so ResponseErrorPanel shows its message.
      throw await ResponseError.fromResponse(response);
    }
    return (await response.json()) as T;
  }

  getHealth(): Promise<{ status: string }> {
    return this.request('/health');
  }

  listProducts(): Promise<ListProductsResponse> {
    return this.request('/products');
  }

  getProductAdoption(
    product: CompoundEntityRef,
  ): Promise<ProductAdoptionResponse> {
    const namespace = encodeURIComponent(product.namespace);
    const name = encodeURIComponent(product.name);
    return this.request(`/products/${namespace}/${name}/adoption`);
  }

  getEntityProducts(
    entity: CompoundEntityRef,
  ): Promise<EntityProductsResponse> {
    return this.request(`/entities/${entityPath(entity)}/products`);
  }

  listScorecards(): Promise<ListScorecardsResponse> {
    return this.request('/scorecards');
  }

  getEntityScorecards(
    entity: CompoundEntityRef,
  ): Promise<EntityScorecardsResponse> {
    return this.request(`/entities/${entityPath(entity)}/scorecards`);
  }

  refreshEntityScorecards(
    entity: CompoundEntityRef,
  ): Promise<EntityScorecardsResponse> {
    return this.request(`/entities/${entityPath(entity)}/scorecards/refresh`, {
      method: 'POST',
    });
  }

  getScorecardResults(
    scorecardId: string,
    query: ScorecardResultsQuery = {},
  ): Promise<ScorecardResultsResponse> {
    return this.request(
      `/scorecards/${encodeURIComponent(scorecardId)}/results${queryString({
        ...query,
      })}`,
    );
  }

  getScorecardHistory(
    scorecardId: string,
    entityRef: string,
    range: DayRange = {},
  ): Promise<ScorecardHistoryResponse> {
    return this.request(
      `/scorecards/${encodeURIComponent(scorecardId)}/history${queryString({
        entityRef,
        ...range,
      })}`,
    );
  }

  getRollups(entity: CompoundEntityRef): Promise<ScorecardRollupsResponse> {
    return this.request(`/rollups/${entityPath(entity)}`);
  }

  getSurvey(entity: CompoundEntityRef): Promise<SurveySummaryResponse> {
    return this.request(`/entities/${entityPath(entity)}/survey`);
  }

  answerSurvey(
    entity: CompoundEntityRef,
    answer: SurveyResponseRequest,
  ): Promise<SurveyResponseResponse> {
    return this.request(`/entities/${entityPath(entity)}/survey/response`, {
      method: 'PUT',
      body: answer,
    });
  }

  ingestMetrics(request: IngestMetricsRequest): Promise<IngestMetricsResponse> {
    return this.request('/metrics', { method: 'POST', body: request });
  }

  getMetricSeries(
    entity: CompoundEntityRef,
    metric: string,
    options: { from?: string; to?: string; limit?: number } = {},
  ): Promise<MetricSeriesResponse> {
    return this.request(
      `/entities/${entityPath(entity)}/metrics/${encodeURIComponent(
        metric,
      )}${queryString(options)}`,
    );
  }

  getEntitySla(entity: CompoundEntityRef): Promise<EntitySlaResponse> {
    return this.request(`/entities/${entityPath(entity)}/sla`);
  }

  getEntitySlaHistory(
    entity: CompoundEntityRef,
    options: { months?: number } = {},
  ): Promise<EntitySlaHistoryResponse> {
    return this.request(
      `/entities/${entityPath(entity)}/sla/history${queryString(options)}`,
    );
  }

  getSlaOverview(query: SlaOverviewQuery = {}): Promise<SlaOverviewResponse> {
    return this.request(`/sla${queryString({ ...query })}`);
  }

  pushSlaSamples(
    entity: CompoundEntityRef,
    request: SlaSamplesRequest,
  ): Promise<SlaSamplesResponse> {
    return this.request(`/entities/${entityPath(entity)}/sla/samples`, {
      method: 'POST',
      body: request,
    });
  }
}
