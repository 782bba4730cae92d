import { CompoundEntityRef } from '@backstage/catalog-model';
import { createApiRef } from '@backstage/core-plugin-api';
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
  SlaStatus,
  SurveyResponseRequest,
  SurveyResponseResponse,
  SurveySummaryResponse,
} from '@paved-road/plugin-platform-products-common';

/** Filters of {@link PlatformProductsApi.getSlaOverview}. @public */
export interface SlaOverviewQuery {
  owner?: string[];
  status?: SlaStatus[];
  limit?: number;
  offset?: number;
}

/** A time range of days, `YYYY-MM-DD`, both optional. @public */
export interface DayRange {
  from?: string;
  to?: string;
}

/**
 * The platform-products backend (`/api/platform-products`), one method per endpoint.
 * Every method rejects with a `ResponseError` (from `@backstage/errors`) when the backend
 * answers with an error status.
 *
 * @public
 */
export interface PlatformProductsApi {
  getHealth(): Promise<{ status: string }>;

  listProducts(): Promise<ListProductsResponse>;
  getProductAdoption(
    product: CompoundEntityRef,
  ): Promise<ProductAdoptionResponse>;
  /** The platform products this entity adopts, and how. */
  getEntityProducts(entity: CompoundEntityRef): Promise<EntityProductsResponse>;

  listScorecards(): Promise<ListScorecardsResponse>;
  getEntityScorecards(
    entity: CompoundEntityRef,
  ): Promise<EntityScorecardsResponse>;
  refreshEntityScorecards(
    entity: CompoundEntityRef,
  ): Promise<EntityScorecardsResponse>;
  getScorecardResults(
    scorecardId: string,
    query?: ScorecardResultsQuery,
  ): Promise<ScorecardResultsResponse>;
  getScorecardHistory(
    scorecardId: string,
    entityRef: string,
    range?: DayRange,
  ): Promise<ScorecardHistoryResponse>;
  getRollups(entity: CompoundEntityRef): Promise<ScorecardRollupsResponse>;

  getSurvey(entity: CompoundEntityRef): Promise<SurveySummaryResponse>;
  answerSurvey(
    entity: CompoundEntityRef,
    answer: SurveyResponseRequest,
  ): Promise<SurveyResponseResponse>;

  ingestMetrics(request: IngestMetricsRequest): Promise<IngestMetricsResponse>;
  getMetricSeries(
    entity: CompoundEntityRef,
    metric: string,
    options?: { from?: string; to?: string; limit?: number },
  ): Promise<MetricSeriesResponse>;

  getEntitySla(entity: CompoundEntityRef): Promise<EntitySlaResponse>;
  getEntitySlaHistory(
    entity: CompoundEntityRef,
    options?: { months?: number },
  ): Promise<EntitySlaHistoryResponse>;
  getSlaOverview(query?: SlaOverviewQuery): Promise<SlaOverviewResponse>;
  pushSlaSamples(
    entity: CompoundEntityRef,
    request: SlaSamplesRequest,
  ): Promise<SlaSamplesResponse>;
}

/** @public */
export const platformProductsApiRef = createApiRef<PlatformProductsApi>({
  id: 'plugin.platform-products.service',
});
