import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import { SlaStore, StoredSlaObjective } from '../database/SlaStore';
import { entityRefOf } from '../entityRefs';
import { readOptionalPercent } from './params';
import { readOptionalString, rejectUnknownParams } from './params';

/** Params shared by the SLA check types: which objective, or all of them. */
interface SlaObjectiveParams {
  /** One objective id (`availability`, `latency-p99`, …); all objectives when absent. */
  objective?: string;
}

/** Params of the `error-budget` check type. */
export interface ErrorBudgetCheckParams extends SlaObjectiveParams {
  /** Share of the error budget that must be left, 0–1. */
  min: number;
}

function percent(ratio: number): string {
  return `${Math.round(ratio * 1000) / 10}%`;
}

/** What a check judges: the objectives, those of them with data, and the facts. */
interface Judged {
  judged: StoredSlaObjective[];
  withData: StoredSlaObjective[];
  facts: { objectives: ReturnType<typeof objectiveFacts> };
}

/**
 * The objectives a check looks at, from the SLA summary the tracker keeps (refreshed every
 * round and at each push), or the outcome when there is nothing to judge: `fail` when the
 * entity declares none, `unknown` when none has data by `hasData`.
 */
async function objectivesToJudge(
  store: SlaStore,
  ref: string,
  params: SlaObjectiveParams,
  hasData: (objective: StoredSlaObjective) => boolean,
): Promise<Judged | CheckOutcome> {
  const stored = await store.getEntity(ref);
  const objectives = (stored?.objectives ?? []).filter(
    o => params.objective === undefined || o.objective === params.objective,
  );
  if (objectives.length === 0) {
    return {
      status: 'fail',
      score: 0,
      message: params.objective
        ? `Has no SLA objective ${params.objective}`
        : 'Declares no SLA objective',
      facts: { objectives: [] },
    };
  }
  const facts = { objectives: objectiveFacts(objectives) };
  const withData = objectives.filter(hasData);
  if (withData.length === 0) {
    return {
      status: 'unknown',
      score: 0,
      message: 'No SLI data for any SLA objective',
      facts,
    };
  }
  return { judged: objectives, withData, facts };
}

function objectiveFacts(objectives: StoredSlaObjective[]) {
  return objectives.map(o => ({
    objective: o.objective,
    status: o.status,
    compliance: o.compliance,
    budgetRemaining: o.budgetRemaining,
  }));
}

const STATUS_CREDIT = { met: 1, 'at-risk': 0.5, breached: 0, 'no-data': 0 };

/** `sla-compliance`: every objective of the entity (or the one named) is met. */
export function slaComplianceCheckType(
  store: SlaStore,
): ScorecardCheckType<SlaObjectiveParams> {
  return {
    type: 'sla-compliance',
    description:
      'Passes when every SLA objective of the entity (or params.objective) is met over its window; warns when one is at risk or has no data, fails when one is breached or the entity declares none. Graded: at-risk objectives count half.',
    parseParams(params: JsonObject) {
      rejectUnknownParams(params, ['objective']);
      return { objective: readOptionalString(params, 'objective') };
    },
    async evaluate({ entity, params }) {
      const found = await objectivesToJudge(
        store,
        entityRefOf(entity),
        params,
        o => o.status !== 'no-data',
      );
      if (!('judged' in found)) {
        return found;
      }
      const { judged, facts } = found;
      const score =
        judged.reduce((sum, o) => sum + STATUS_CREDIT[o.status], 0) /
        judged.length;
      const named = (status: string) =>
        judged
          .filter(o => o.status === status)
          .map(o => o.objective)
          .join(', ');
      if (judged.some(o => o.status === 'breached')) {
        return {
          status: 'fail',
          score,
          message: `SLA breached: ${named('breached')}`,
          facts,
        };
      }
      if (score < 1) {
        const parts = [
          named('at-risk') && `at risk: ${named('at-risk')}`,
          named('no-data') && `no data: ${named('no-data')}`,
        ].filter(Boolean);
        return {
          status: 'warn',
          score,
          message: `SLA ${parts.join('; ')}`,
          facts,
        };
      }
      return {
        status: 'pass',
        score: 1,
        message:
          judged.length === 1
            ? `SLA objective ${judged[0].objective} met`
            : `All ${judged.length} SLA objectives met`,
        facts,
      };
    },
  };
}

/** `error-budget`: every objective has at least a share of its error budget left. */
export function errorBudgetCheckType(
  store: SlaStore,
): ScorecardCheckType<ErrorBudgetCheckParams> {
  return {
    type: 'error-budget',
    description:
      'Passes when every SLA objective of the entity (or params.objective) has at least params.min of its error budget left (default "0%": not overspent). Graded by the share of objectives that do; unknown without SLI data.',
    parseParams(params: JsonObject) {
      rejectUnknownParams(params, ['objective', 'min']);
      return {
        objective: readOptionalString(params, 'objective'),
        min: readOptionalPercent(params, 'min') ?? 0,
      };
    },
    async evaluate({ entity, params }) {
      const found = await objectivesToJudge(
        store,
        entityRefOf(entity),
        params,
        o => o.budgetRemaining !== null,
      );
      if (!('judged' in found)) {
        return found;
      }
      const { judged, withData, facts } = found;
      const least = withData.reduce((a, b) =>
        b.budgetRemaining! < a.budgetRemaining! ? b : a,
      );
      const enough = withData.filter(o => o.budgetRemaining! >= params.min);
      const summary = `Least error budget left: ${percent(
        least.budgetRemaining!,
      )} (${least.objective}); at least ${percent(params.min)} required`;
      if (enough.length === judged.length) {
        return { status: 'pass', score: 1, message: summary, facts };
      }
      const score = enough.length / judged.length;
      return {
        status: score > 0 ? 'warn' : 'fail',
        score,
        message: summary,
        facts,
      };
    },
  };
}

/** The built-in check types that read the SLA tracker's summaries. */
export function slaCheckTypes(store: SlaStore): ScorecardCheckType<any>[] {
  return [slaComplianceCheckType(store), errorBudgetCheckType(store)];
}
