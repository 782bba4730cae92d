export { parseOpenSlo } from './parseOpenSlo';
export type {
  OpenSloIndicator,
  OpenSloMetricSource,
  OpenSloObjective,
  OpenSloParseResult,
} from './types';
