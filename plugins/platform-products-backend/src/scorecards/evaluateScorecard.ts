import { Entity } from '@backstage/catalog-model';
import {
  CheckResult,
  isWaiverActive,
  levelForScore,
  parseWaiver,
  scoreChecks,
  WAIVER_ANNOTATION_PREFIX,
} from '@paved-road/plugin-platform-products-common';
import { CheckOutcome } from '@paved-road/plugin-platform-products-node';
import { CompiledCheck, CompiledScorecard } from './readScorecards';

const OUTCOME_STATUSES = new Set(['pass', 'warn', 'fail', 'unknown']);

function errorResult(
  checkId: string,
  message: string,
): Omit<CheckResult, 'waiver'> {
  return { checkId, status: 'error', score: 0, message, facts: {} };
}

function toCheckResult(
  check: CompiledCheck,
  outcome: CheckOutcome,
): Omit<CheckResult, 'waiver'> {
  const checkId = check.definition.id;
  if (
    !OUTCOME_STATUSES.has(outcome?.status) ||
    !Number.isFinite(outcome.score)
  ) {
    return errorResult(
      checkId,
      `Check type ${check.definition.type} returned an invalid outcome`,
    );
  }
  return {
    checkId,
    status: outcome.status,
    score: Math.min(1, Math.max(0, outcome.score)),
    message: outcome.message,
    facts: outcome.facts,
  };
}

/**
 * Runs one check. Synchronous check types (all built-in ones) stay synchronous: a
 * whole-catalog evaluation runs 250,000 checks, and a promise for each was most of its
 * allocations.
 */
function runCheck(
  check: CompiledCheck,
  entity: Entity,
  now: Date,
): Omit<CheckResult, 'waiver'> | Promise<Omit<CheckResult, 'waiver'>> {
  // One broken check must not cost the entity its other results.
  const failed = (error: unknown) =>
    errorResult(
      check.definition.id,
      `The check could not be evaluated: ${(error as Error)?.message ?? error}`,
    );
  try {
    const outcome = check.checkType.evaluate({
      entity,
      params: check.params,
      now,
    });
    if (outcome instanceof Promise) {
      return outcome.then(o => toCheckResult(check, o), failed);
    }
    return toCheckResult(check, outcome);
  } catch (error) {
    return failed(error);
  }
}

/**
 * Applies the waiver annotation of a check, if any. An active waiver makes the check count
 * as passed (its own outcome stays in the facts); an expired one is shown and ignored; a
 * malformed one is reported on the check and ignored.
 */
function applyWaiver(
  result: Omit<CheckResult, 'waiver'>,
  scorecardId: string,
  entity: Entity,
  now: Date,
): CheckResult {
  const key = `${WAIVER_ANNOTATION_PREFIX}${scorecardId}.${result.checkId}`;
  const raw = entity.metadata.annotations?.[key];
  if (raw === undefined) {
    return result;
  }
  const parsed = parseWaiver(key, raw);
  if (!parsed.ok) {
    return {
      ...result,
      facts: { ...result.facts, waiverProblem: parsed.problem.message },
    };
  }
  const { until, reason } = parsed.value;
  if (!isWaiverActive(parsed.value, now)) {
    return { ...result, waiver: { until, reason, expired: true } };
  }
  return {
    ...result,
    status: 'waived',
    score: 1,
    message: `Waived until ${until}: ${reason}`,
    facts: {
      ...result.facts,
      waivedStatus: result.status,
      waivedMessage: result.message,
    },
    waiver: { until, reason, expired: false },
  };
}

function hasWaivers(entity: Entity): boolean {
  const annotations = entity.metadata.annotations;
  if (!annotations) {
    return false;
  }
  for (const key in annotations) {
    if (key.startsWith(WAIVER_ANNOTATION_PREFIX)) {
      return true;
    }
  }
  return false;
}

/** Evaluates every check of a scorecard for one entity and scores the result. */
export function evaluateScorecard(
  scorecard: CompiledScorecard,
  entity: Entity,
  now: Date,
): ScoredChecks | Promise<ScoredChecks> {
  const ran = scorecard.checks.map(check => runCheck(check, entity, now));
  if (ran.some(result => result instanceof Promise)) {
    return Promise.all(ran).then(results =>
      scoreResults(scorecard, entity, now, results),
    );
  }
  return scoreResults(
    scorecard,
    entity,
    now,
    ran as Array<Omit<CheckResult, 'waiver'>>,
  );
}

/** What one scorecard says of one entity. */
export interface ScoredChecks {
  score: number | null;
  level: string | null;
  checks: CheckResult[];
}

function scoreResults(
  scorecard: CompiledScorecard,
  entity: Entity,
  now: Date,
  results: Array<Omit<CheckResult, 'waiver'>>,
): ScoredChecks {
  const { definition } = scorecard;
  // Most entities waive nothing: one look at their annotations spares a lookup per check.
  const checks = hasWaivers(entity)
    ? results.map(result => applyWaiver(result, definition.id, entity, now))
    : results;
  const score = scoreChecks(
    checks.map((result, index) => ({
      status: result.status,
      score: result.score,
      weight: scorecard.checks[index].definition.weight,
    })),
  );
  return { score, level: levelForScore(definition.levels, score), checks };
}
