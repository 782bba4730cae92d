import type {
  ScorecardDefinition,
  ScorecardResult,
} from '@paved-road/plugin-platform-products-common';

// The scorecard endpoints' response shapes. Their items (ScorecardResult,
// ScorecardDefinition) come from the common package; the envelopes below are
// declared by the backend's routes only, so the client states what it reads.

/** `GET /scorecards`. @public */
export interface ListScorecardsResponse {
  items: ScorecardDefinition[];
}

/** `GET /entities/:kind/:namespace/:name/scorecards` and its `refresh`. @public */
export interface EntityScorecardsResponse {
  entityRef: string;
  results: ScorecardResult[];
}

/** Filters of `GET /scorecards/:id/results`. @public */
export interface ScorecardResultsQuery {
  /** Owner refs, e.g. `group:default/checkout`. */
  owner?: string[];
  kind?: string;
  /** A level name, or `none` for entities that reached no level. */
  level?: string;
  orderBy?: 'score' | 'entityRef';
  order?: 'asc' | 'desc';
  limit?: number;
  offset?: number;
}

/** `GET /scorecards/:id/results`. @public */
export interface ScorecardResultsResponse {
  items: ScorecardResult[];
  totalItems: number;
  limit: number;
  offset: number;
}

/** The mean score of the entities covered on one day. @public */
export interface ScorecardHistoryPoint {
  /** `YYYY-MM-DD`. */
  day: string;
  meanScore: number | null;
  entities: number;
}

/** `GET /scorecards/:id/history`. @public */
export interface ScorecardHistoryResponse {
  scorecardId: string;
  entityRef: string;
  from: string;
  to: string;
  points: ScorecardHistoryPoint[];
}

/** The current results of one scorecard over a group, system or domain. @public */
export interface ScorecardRollup {
  scorecardId: string;
  title?: string;
  entities: number;
  meanScore: number | null;
  /** Level name → entity count; key `none` for entities that reached no level. */
  levels: Record<string, number>;
  worstChecks: Array<{ checkId: string; failing: number; total: number }>;
}

/** `GET /rollups/:kind/:namespace/:name`. @public */
export interface ScorecardRollupsResponse {
  entityRef: string;
  ownerRefs?: string[];
  systemRefs?: string[];
  rollups: ScorecardRollup[];
}
