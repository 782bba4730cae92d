/**
 * Paved Road SLI source for Prometheus: the good and total events of SLA
 * objectives, read with query_range from configured Prometheus instances.
 *
 * @packageDocumentation
 */

export { platformProductsModulePrometheus as default } from './module';
export { PrometheusSliSource } from './PrometheusSliSource';
export type { PrometheusSliSourceOptions } from './PrometheusSliSource';
export { readPrometheusInstances } from './config/readPrometheusInstances';
export type { PrometheusInstance } from './config/readPrometheusInstances';
export type {
  ObjectiveQueries,
  PrometheusQueries,
} from './config/defaultQueries';
export { DEFAULT_QUERIES } from './config/defaultQueries';
