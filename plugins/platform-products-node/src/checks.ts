import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';

/**
 * What a check says about one entity. The engine adds `waived` (from waiver annotations)
 * and `error` (when `evaluate` throws).
 *
 * @public
 */
export interface CheckOutcome {
  status: 'pass' | 'warn' | 'fail' | 'unknown';
  /** 0–1. Graded checks give partial credit, e.g. 2 of 3 required links = 0.67. */
  score: number;
  /** One sentence for the entity page, e.g. `Has 2 of the 3 links required`. */
  message: string;
  /**
   * What the check observed on the entity, shown with the result, e.g. `{ count: 2 }`; not
   * its params, which the scorecard definition already has and which would be stored again
   * with every result.
   */
  facts: JsonObject;
}

/** @public */
export interface CheckEvaluationContext<TParams> {
  entity: Entity;
  /** The check's params, as returned by `parseParams`. */
  params: TParams;
  /** The evaluation time, the same for every check of one run. */
  now: Date;
}

/**
 * A type of scorecard check, such as `annotation` or `relation`. Scorecards in app-config
 * name it in `checks[].type` and configure it with `checks[].params`.
 *
 * @public
 */
export interface ScorecardCheckType<TParams = unknown> {
  /** The name used in `checks[].type`, e.g. `annotation`. */
  type: string;
  /** One line for the scorecard documentation and the definitions endpoint. */
  description: string;
  /**
   * Validates and normalizes the params once, at start-up. Throws an `Error` whose
   * message names the param (e.g. `params.min must be a number`) for a bad one: the
   * plugin then refuses to start, naming the scorecard and the check.
   */
  parseParams(params: JsonObject): TParams;
  /** Evaluates one entity. May be async (e.g. reads a store). */
  evaluate(
    context: CheckEvaluationContext<TParams>,
  ): CheckOutcome | Promise<CheckOutcome>;
}
