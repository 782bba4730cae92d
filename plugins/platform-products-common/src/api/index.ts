export type {
  AdoptingTeam,
  Adopter,
  AdoptionChange,
  AdoptionHistoryPoint,
  AdoptionMethod,
  AdoptionSummary,
  AdoptionTrend,
  AdoptionVia,
  MetricGroupMedian,
  ProductAdoptionResponse,
  ProductValue,
  TimeToMarketComparison,
} from './adoption';
export type {
  NpsSummary,
  SurveyAnswer,
  SurveyComment,
  SurveyPeriodSummary,
  SurveyPeriodUnit,
  SurveyResponseRequest,
  SurveyResponseResponse,
  SurveySummaryResponse,
} from './surveys';
export { SURVEY_COMMENT_MAX_LENGTH } from './surveys';
export type {
  IngestMetricsRequest,
  IngestMetricsResponse,
  MetricPoint,
  MetricSeriesPoint,
  MetricSeriesResponse,
} from './metrics';
export { METRICS_BATCH_MAX_POINTS } from './metrics';
export type {
  AdoptedProduct,
  EntityProductsResponse,
  ListProductsResponse,
  ProductScorecardSummary,
  ProductSlaSummary,
  ProductSummary,
} from './products';
export type {
  EntityScorecardsResponse,
  ListScorecardsResponse,
  ScorecardHistoryPoint,
  ScorecardHistoryResponse,
  ScorecardResultsQuery,
  ScorecardResultsResponse,
  ScorecardRollup,
  ScorecardRollupsResponse,
} from './scorecards';
export type {
  EntitySlaHistoryResponse,
  EntitySlaResponse,
  SlaAlertReport,
  SlaAlertState,
  SlaDataFreshness,
  SlaObjectiveHistory,
  SlaObjectiveOrigin,
  SlaObjectiveReport,
  SlaOverviewItem,
  SlaOverviewObjective,
  SlaOverviewResponse,
  SlaSampleBucket,
  SlaSamplesRequest,
  SlaSamplesResponse,
  SlaStatus,
  SlaSyncReport,
} from './sla';
export { SLA_SAMPLES_MAX_BUCKETS } from './sla';
