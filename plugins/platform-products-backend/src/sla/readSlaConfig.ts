import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  RootConfigService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { readDurationFromConfig } from '@backstage/config';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/** The SLA tracker's settings, from `platformProducts.sla`. */
export interface SlaConfig {
  schedule: SchedulerServiceTaskScheduleDefinition;
  backfillMs: number;
  timeoutMs: number;
  staleAfterMs: number;
  retentionMs: number;
}

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 5 },
  timeout: { minutes: 4 },
  initialDelay: { seconds: 20 },
};

const DEFAULTS = {
  // As long as the default window, so a newly pulled entity is complete at once.
  backfill: { days: 30 },
  timeout: { seconds: 30 },
  staleAfter: { minutes: 15 },
  // Longer than the longest rolling window (400 days).
  retention: { days: 410 },
} satisfies Record<string, HumanDuration>;

function duration(
  config: RootConfigService,
  key: string,
  fallback: HumanDuration,
): number {
  const value = config.has(key)
    ? readDurationFromConfig(config, { key })
    : fallback;
  const ms = durationToMilliseconds(value);
  if (!(ms > 0)) {
    throw new Error(`${key} must be a positive duration`);
  }
  return ms;
}

/** Reads `platformProducts.sla`, with defaults for what is not given. */
export function readSlaConfig(config: RootConfigService): SlaConfig {
  const scheduleConfig = config.getOptionalConfig(
    'platformProducts.sla.sync.schedule',
  );
  return {
    schedule: scheduleConfig
      ? readSchedulerServiceTaskScheduleDefinitionFromConfig(scheduleConfig)
      : DEFAULT_SCHEDULE,
    backfillMs: duration(
      config,
      'platformProducts.sla.sync.backfill',
      DEFAULTS.backfill,
    ),
    timeoutMs: duration(
      config,
      'platformProducts.sla.sync.timeout',
      DEFAULTS.timeout,
    ),
    staleAfterMs: duration(
      config,
      'platformProducts.sla.staleAfter',
      DEFAULTS.staleAfter,
    ),
    retentionMs: duration(
      config,
      'platformProducts.sla.retention',
      DEFAULTS.retention,
    ),
  };
}
