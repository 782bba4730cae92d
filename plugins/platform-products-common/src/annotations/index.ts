export * from './keys';
export type { AnnotationProblem, AnnotationResult } from './AnnotationResult';
export { parsePercent } from './parsePercent';
export type { PercentRange } from './parsePercent';
export { parseDuration } from './parseDuration';
export type { ParseDurationOptions } from './parseDuration';
export { parseSlaWindow, DEFAULT_SLA_WINDOW } from './parseSlaWindow';
export type {
  SlaWindow,
  RollingSlaWindow,
  CalendarSlaWindow,
} from './parseSlaWindow';
export { parseTimezone, DEFAULT_SLA_TIMEZONE } from './parseTimezone';
export type {
  MaintenanceFrequency,
  MaintenanceRule,
  MaintenanceWeekday,
  MaintenanceWindow,
  Weekday,
} from './maintenance/MaintenanceRule';
export { parseMaintenanceRule } from './maintenance/parseMaintenanceRule';
export { maintenanceWindowsBetween } from './maintenance/maintenanceWindowsBetween';
export { parseEntityRefList } from './parseEntityRefList';
export type { ParseEntityRefListOptions } from './parseEntityRefList';
export { parseSlaSource, DEFAULT_SLA_SOURCE } from './parseSlaSource';
export type { SlaSource } from './parseSlaSource';
export { parseSlaSelector } from './parseSlaSelector';
export type {
  LabelMatchOperator,
  LabelMatcher,
  SlaSelector,
} from './parseSlaSelector';
export { parseOpenSloRef } from './parseOpenSloRef';
export type { OpenSloRef } from './parseOpenSloRef';
export { parseWaiver, isWaiverActive, SCORECARD_ID_PATTERN } from './waivers';
export type { Waiver } from './waivers';
export { parseSlaObjectives } from './parseSlaObjectives';
export type {
  SlaDefinition,
  SlaObjective,
  SlaObjectiveId,
  SlaObjectiveKind,
} from './parseSlaObjectives';
export { findAnnotationProblems } from './findAnnotationProblems';
