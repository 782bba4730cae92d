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

async function runCheck(
  check: CompiledCheck,
  entity: Entity,
  now: Date,
): Promise<Omit<CheckResult, 'waiver'>> {
  const checkId = check.definition.id;
  let outcome: CheckOutcome;
  try {
    outcome = await check.checkType.evaluate({
      entity,
      params: check.params,
      now,
    });
  } catch (error) {
    // One broken check must not cost the entity its other results.
    return {
      checkId,
      status: 'error',
      score: 0,
      message: `The check could not be evaluated: ${(error as Error).message}`,
      facts: {},
    };
  }
  if (
    !OUTCOME_STATUSES.has(outcome.status) ||
    !Number.isFinite(outcome.score)
  ) {
    return {
      checkId,
      status: 'error',
      score: 0,
      message: `Check type ${check.definition.type} returned an invalid outcome`,
      facts: {},
    };
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

/** Evaluates every check of a scorecard for one entity and scores the result. */
export async function evaluateScorecard(
  scorecard: CompiledScorecard,
  entity: Entity,
  now: Date,
): Promise<{
  score: number | null;
  level: string | null;
  checks: CheckResult[];
}> {
  const { definition } = scorecard;
  const checks = await Promise.all(
    scorecard.checks.map(async check =>
      applyWaiver(
        await runCheck(check, entity, now),
        definition.id,
        entity,
        now,
      ),
    ),
  );
  const score = scoreChecks(
    checks.map((result, index) => ({
      status: result.status,
      score: result.score,
      weight: scorecard.checks[index].definition.weight,
    })),
  );
  return { score, level: levelForScore(definition.levels, score), checks };
}
