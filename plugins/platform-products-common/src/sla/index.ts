export type {
  SliBucketData,
  SlaObjectiveTarget,
  BurnRateSpan,
  SlaBurnRatesBySpan,
  SlaAlertRule,
  SlaAlertRuleEvaluation,
  SlaAlert,
  SlaErrorBudget,
  SlaMeasuredWindow,
  SlaObjectiveStatusInput,
  SlaObjectiveStatus,
  SlaBreachHistoryInput,
  SlaBreachPeriod,
  SlaBreachSpan,
  SlaBurnDownPoint,
  ComputeSlaObjectiveStatus,
  ComputeSlaBreachHistory,
} from './types';
export {
  BURN_RATE_SPAN_MS,
  BURN_RATE_SPANS,
  SLA_ALERT_RULES,
  SLA_AT_RISK_REMAINING_RATIO,
} from './burnRateAlerts';
export { computeSlaObjectiveStatus } from './computeSlaObjectiveStatus';
export { computeSlaBreachHistory } from './computeSlaBreachHistory';
export { computeSlaBurnDown } from './computeSlaBurnDown';
export * from './openSlo';
