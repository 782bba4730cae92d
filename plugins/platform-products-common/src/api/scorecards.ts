/**
 * HTTP response bodies (and the results query) of the scorecard endpoints of the
 * platform-products backend (`/api/platform-products`). Definitions and results are sent in
 * the scorecard domain's own types (`src/scorecards/types.ts`); the envelopes, history points
 * and rollups exist only on the wire, and are declared here once for the routes and the client.
 */

import { ScorecardDefinition, ScorecardResult } from '../scorecards/types';

/**
 * `GET /scorecards`: the configured scorecard definitions.
 *
 * @public
 */
export interface ListScorecardsResponse {
  /** In configuration order. */
  items: ScorecardDefinition[];
}

/**
 * `GET /entities/:kind/:namespace/:name/scorecards`, and `POST …/scorecards/refresh` with
 * the results it has just evaluated.
 *
 * @public
 */
export interface EntityScorecardsResponse {
  /** Lowercase full ref of the entity. */
  entityRef: string;
  /** One per scorecard that applies to the entity. */
  results: ScorecardResult[];
}

/**
 * Query parameters of `GET /scorecards/:id/results`.
 *
 * @public
 */
export interface ScorecardResultsQuery {
  /** Owner refs, e.g. `group:default/checkout`. */
  owner?: string[];
  /** Only entities of this kind, e.g. `component`. */
  kind?: string;
  /** A level name, or `none` for entities that reached no level. */
  level?: string;
  /** Default `entityRef`. Results without a score come last either way. */
  orderBy?: 'score' | 'entityRef';
  /** Default `asc`. */
  order?: 'asc' | 'desc';
  /** 1–500, default 50. */
  limit?: number;
  /** Default 0. */
  offset?: number;
}

/**
 * `GET /scorecards/:id/results`: one page of the results of a scorecard.
 *
 * @public
 */
export interface ScorecardResultsResponse {
  /** The page's results the caller may see in the catalog. */
  items: ScorecardResult[];
  /** How many results match the filters, over all pages. */
  totalItems: number;
  /** The page size used. */
  limit: number;
  /** How many matching results come before this page. */
  offset: number;
}

/**
 * The mean score of a set of entities on one day.
 *
 * @public
 */
export interface ScorecardHistoryPoint {
  /** `YYYY-MM-DD`, UTC. */
  day: string;
  /** Mean over the entities that have a score; null when none has. */
  meanScore: number | null;
  /** How many entities have a point on that day. */
  entities: number;
}

/**
 * `GET /scorecards/:id/history`: the daily mean score of one entity, or of what a group,
 * system or domain covers. Days without points are left out.
 *
 * @public
 */
export interface ScorecardHistoryResponse {
  /** The `id` of the scorecard's definition. */
  scorecardId: string;
  /** The entity asked for, as a full ref. */
  entityRef: string;
  /** First day, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  to: string;
  /** By day, oldest first. */
  points: ScorecardHistoryPoint[];
}

/**
 * A summary of the current results of one scorecard over the entities a group, system or
 * domain covers.
 *
 * @public
 */
export interface ScorecardRollup {
  /** The `id` of the scorecard's definition. */
  scorecardId: string;
  /** The scorecard's title, when it is still configured. */
  title?: string;
  /** How many entities in scope have a result of the scorecard. */
  entities: number;
  /** Mean over the entities that have a score; null when none has. */
  meanScore: number | null;
  /** Level name → entity count; key `none` for entities that reached no level. */
  levels: Record<string, number>;
  /**
   * The checks failing (status `fail` or `warn`) for the most entities, most first, at most
   * five; checks failing nowhere are left out.
   */
  worstChecks: Array<{ checkId: string; failing: number; total: number }>;
}

/**
 * `GET /rollups/:kind/:namespace/:name`: one rollup per scorecard that has results in scope,
 * with the scope it covers: the owning groups (a group and its descendants) or the systems
 * whose entities are counted.
 *
 * @public
 */
export interface ScorecardRollupsResponse {
  /** The group, system or domain, as a lowercase full ref. */
  entityRef: string;
  /** For a group: the group and its descendant groups. */
  ownerRefs?: string[];
  /** For a system, the system; for a domain, its systems. */
  systemRefs?: string[];
  /** By scorecard id. */
  rollups: ScorecardRollup[];
}
