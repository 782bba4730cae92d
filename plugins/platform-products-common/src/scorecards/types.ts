import { JsonObject } from '@backstage/types';

/**
 * The status of one check for one entity.
 * `waived` counts as passed until the waiver's date; `unknown` (not enough data) and
 * `error` (the check itself failed) are left out of the scorecard score.
 *
 * @public
 */
export type CheckStatus =
  | 'pass'
  | 'warn'
  | 'fail'
  | 'waived'
  | 'unknown'
  | 'error';

/**
 * A catalog filter: each key a field path (`kind`, `spec.type`, `metadata.tags`), each value
 * the value, or any of the values, the field must have. Case-insensitive; a list field
 * (such as tags) matches when it contains the value.
 *
 * @public
 */
export type EntityFilter = Record<string, string | string[]>;

/** @public */
export interface ScorecardLevel {
  name: string;
  /** The score (0–100) from which the level is reached. */
  score: number;
}

/** @public */
export interface ScorecardCheckLink {
  url: string;
  title: string;
}

/** @public */
export interface ScorecardCheckDefinition {
  id: string;
  type: string;
  title: string;
  description?: string;
  /** Relative weight in the scorecard score; default 1. */
  weight: number;
  params: JsonObject;
  /** Where to read how to fix a failing check. */
  links: ScorecardCheckLink[];
}

/** @public */
export interface ScorecardDefinition {
  id: string;
  title: string;
  description?: string;
  /** Which entities the scorecard applies to; all entities when empty. */
  filter: EntityFilter;
  /** Sorted by score, lowest first. */
  levels: ScorecardLevel[];
  checks: ScorecardCheckDefinition[];
}

/**
 * A waiver of a check, read from the annotation
 * `paved-road.io/waive.<scorecard>.<check>: "YYYY-MM-DD: reason"`.
 *
 * @public
 */
export interface CheckWaiver {
  until: string;
  reason: string;
  /** An expired waiver is ignored: the check counts as it is. */
  expired: boolean;
}

/** @public */
export interface CheckResult {
  checkId: string;
  status: CheckStatus;
  /** 0–1; graded checks give partial credit. */
  score: number;
  message: string;
  /** What the check looked at, e.g. `{ count: 2, min: 3 }`. */
  facts: JsonObject;
  waiver?: CheckWaiver;
}

/** @public */
export interface ScorecardResult {
  entityRef: string;
  scorecardId: string;
  /** 0–100, or null when no check could be scored (all unknown or error). */
  score: number | null;
  /** The highest level reached, or null. */
  level: string | null;
  evaluatedAt: string;
  checks: CheckResult[];
}
