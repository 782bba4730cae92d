import {
  computeSlaBreachHistory,
  computeSlaBurnDown,
  computeSlaObjectiveStatus,
  SlaAlertState,
  SlaObjectiveHistory,
  SlaObjectiveReport,
  SlaObjectiveStatusInput,
  SlaStatus,
  SlaSyncReport,
  SliBucketData,
} from '@paved-road/plugin-platform-products-common';
import {
  SlaStore,
  StoredSlaEntity,
  StoredSlaObjective,
} from '../database/SlaStore';
import { bucketsReadFrom, hourlyBefore } from './bucketsReadFrom';
import { EntitySla, ResolvedSlaObjective } from './EntitySla';
import { SlaAlertChange, SlaAlertNotifier } from './SlaAlertNotifier';
import { MINUTE_MS } from '../time';

// Worst first: what a summary of several objectives shows.
const STATUS_SEVERITY: Record<SlaStatus, number> = {
  breached: 3,
  'at-risk': 2,
  'no-data': 1,
  met: 0,
};
const ALERT_SEVERITY: Record<SlaAlertState, number> = {
  page: 2,
  ticket: 1,
  none: 0,
};

/** The worst status of several objectives; `met` for none. */
export function worstStatus(statuses: SlaStatus[]): SlaStatus {
  return statuses.reduce<SlaStatus>(
    (worst, status) =>
      STATUS_SEVERITY[status] > STATUS_SEVERITY[worst] ? status : worst,
    'met',
  );
}

/** The highest alert of several objectives; `none` for none. */
export function highestAlert(alerts: SlaAlertState[]): SlaAlertState {
  return alerts.reduce<SlaAlertState>(
    (highest, alert) =>
      ALERT_SEVERITY[alert] > ALERT_SEVERITY[highest] ? alert : highest,
    'none',
  );
}

/** End of the newest bucket with events, epoch ms; null when there is none. */
function latestDataEnd(buckets: readonly SliBucketData[]): number | null {
  for (let i = buckets.length - 1; i >= 0; i--) {
    if (buckets[i].total > 0) {
      return buckets[i].start + buckets[i].durationMs;
    }
  }
  return null;
}

/**
 * An objective as evaluated for the overview and alerts: its report without the burn-down,
 * which only the entity's page shows.
 */
export type SlaObjectiveEvaluation = Omit<SlaObjectiveReport, 'burnDown'>;

/** An objective evaluated, with the input of the math, to compute more from the same read. */
interface MeasuredObjective {
  evaluation: SlaObjectiveEvaluation;
  input: SlaObjectiveStatusInput;
}

export interface SlaEvaluatorOptions {
  store: SlaStore;
  /** Sends alert changes to owners; absent when notifications are not installed. */
  notifier?: SlaAlertNotifier;
  /** Data older than this is reported as stale. */
  staleAfterMs: number;
}

/**
 * Computes what the SLA math says about an entity's objectives from the stored buckets, and
 * keeps the summary that the overview and alerts read.
 */
export class SlaEvaluator {
  constructor(private readonly options: SlaEvaluatorOptions) {}

  /**
   * Every objective of the entity computed at `now`, with its burn-down within the window
   * from the buckets read for its status; reads, never writes.
   */
  async report(sla: EntitySla, now: Date): Promise<SlaObjectiveReport[]> {
    const measured = await this.measure(sla, now, await this.previousOf(sla));
    return measured.map(({ evaluation, input }) => ({
      ...evaluation,
      burnDown: computeSlaBurnDown(input),
    }));
  }

  /**
   * Computes the entity's objectives at `now`, stores its summary, and notifies the owner of
   * every objective whose alert state changed since the last evaluation.
   */
  async evaluate(
    sla: EntitySla,
    now: Date,
    syncError: string | null = null,
  ): Promise<SlaObjectiveEvaluation[]> {
    const { store, notifier } = this.options;
    const previous = await this.previousOf(sla);
    const reports = (await this.measure(sla, now, previous)).map(
      m => m.evaluation,
    );
    await store.saveEntity(summaryOf(sla, reports, now, syncError));

    if (notifier) {
      const changes: SlaAlertChange[] = reports
        .map(report => ({
          entityRef: sla.entityRef,
          ownerRef: sla.ownerRef,
          objective: report,
          // A new objective counts as quiet before: only an alert is news.
          previous: previous.get(report.id)?.alert ?? 'none',
        }))
        .filter(change => change.previous !== change.objective.alert.state);
      for (const change of changes) {
        await notifier.notify(change);
      }
    }
    return reports;
  }

  /** Compliance per calendar month of each objective, `months` months back from `now`. */
  async history(
    sla: EntitySla,
    months: number,
    now: Date,
  ): Promise<SlaObjectiveHistory[]> {
    // A day more than the months reach in UTC covers the first month's start in any zone;
    // the math cuts the periods itself.
    const start = new Date(now);
    start.setUTCDate(1);
    start.setUTCHours(0, 0, 0, 0);
    start.setUTCMonth(start.getUTCMonth() - (months - 1));
    return Promise.all(
      sla.objectives.map(async objective => {
        const buckets = await this.options.store.readBuckets({
          entityRef: sla.entityRef,
          objective: objective.id,
          from: start.getTime() - 24 * 60 * MINUTE_MS,
          to: now.getTime(),
        });
        const periods = computeSlaBreachHistory({
          objective,
          timezone: objective.timezone,
          maintenance: objective.maintenance,
          buckets,
          from: start,
          to: now,
        });
        // The first period may start before `start` in the zone: keep `months` of them.
        const kept = periods.slice(-months);
        return {
          id: objective.id,
          title: objective.title,
          target: objective.target,
          periods: kept,
          breaches: kept.filter(p => p.breached).length,
        };
      }),
    );
  }

  /** Where pulling the entity's SLI data stands. */
  async syncReport(sla: EntitySla): Promise<SlaSyncReport> {
    if (sla.source.type === 'push') {
      return {
        source: sla.sourceText,
        lastAttemptAt: null,
        lastSuccessAt: null,
        error: null,
      };
    }
    const ids = new Set(sla.objectives.map(o => o.id));
    const states = (
      await this.options.store.getSyncStates(sla.entityRef)
    ).filter(s => ids.has(s.objective) && s.source === sla.sourceText);
    const latest = (values: Array<string | null>) =>
      values.reduce<string | null>(
        (max, v) => (v !== null && (max === null || v > max) ? v : max),
        null,
      );
    // The entity is as synced as its least synced objective.
    const successes = states.map(s => s.lastSuccessAt);
    return {
      source: sla.sourceText,
      lastAttemptAt: latest(states.map(s => s.lastAttemptAt)),
      lastSuccessAt:
        states.length < ids.size || successes.includes(null)
          ? null
          : successes.reduce((min, v) => (v! < min! ? v : min)),
      error:
        states
          .filter(s => s.error)
          .map(s => `${s.objective}: ${s.error}`)
          .join('; ') || null,
    };
  }

  /** The objectives of the entity as last evaluated, by id. */
  private async previousOf(
    sla: EntitySla,
  ): Promise<Map<string, StoredSlaObjective>> {
    const stored = await this.options.store.getEntity(sla.entityRef);
    return new Map((stored?.objectives ?? []).map(o => [o.objective, o]));
  }

  /** Every objective of the entity evaluated at `now`. */
  private async measure(
    sla: EntitySla,
    now: Date,
    previous: Map<string, StoredSlaObjective>,
  ): Promise<MeasuredObjective[]> {
    return Promise.all(
      sla.objectives.map(objective =>
        this.measureObjective(sla, objective, now, previous.get(objective.id)),
      ),
    );
  }

  private async measureObjective(
    sla: EntitySla,
    objective: ResolvedSlaObjective,
    now: Date,
    previous: StoredSlaObjective | undefined,
  ): Promise<MeasuredObjective> {
    const nowMs = now.getTime();
    const buckets = await this.options.store.readBuckets({
      entityRef: sla.entityRef,
      objective: objective.id,
      from: bucketsReadFrom(objective.window, nowMs),
      to: nowMs,
      hourlyBefore: hourlyBefore(objective, nowMs),
    });
    const input: SlaObjectiveStatusInput = {
      objective,
      window: objective.window,
      timezone: objective.timezone,
      maintenance: objective.maintenance,
      buckets,
      now,
    };
    const status = computeSlaObjectiveStatus(input);
    const dataEnd = latestDataEnd(buckets);
    const ageMinutes =
      dataEnd === null ? null : Math.max(0, (nowMs - dataEnd) / MINUTE_MS);
    const evaluatedAt = now.toISOString();
    const sameAlert = previous?.alert === status.alert.state;
    const evaluation: SlaObjectiveEvaluation = {
      ...status,
      id: objective.id,
      kind: objective.kind,
      title: objective.title,
      origin: objective.origin,
      ...(objective.percentile && { percentile: objective.percentile }),
      ...(objective.thresholdMs !== undefined && {
        thresholdMs: objective.thresholdMs,
      }),
      ...(objective.errorRateCeiling !== undefined && {
        errorRateCeiling: objective.errorRateCeiling,
      }),
      timezone: objective.timezone,
      alert: {
        ...status.alert,
        since: sameAlert ? previous?.alertSince ?? null : evaluatedAt,
      },
      dataFreshness: {
        latestDataAt: status.latestDataAt,
        ageMinutes,
        coverage: status.dataCoverage,
        stale:
          ageMinutes === null ||
          ageMinutes * MINUTE_MS > this.options.staleAfterMs,
      },
      evaluatedAt,
    };
    return { evaluation, input };
  }
}

/** What the overview keeps of an entity's evaluation. */
function summaryOf(
  sla: EntitySla,
  reports: SlaObjectiveEvaluation[],
  now: Date,
  syncError: string | null,
): StoredSlaEntity {
  const budgets = reports
    .map(r => r.errorBudget.remainingRatio)
    .filter((b): b is number => b !== null);
  return {
    entityRef: sla.entityRef,
    ownerRef: sla.ownerRef,
    status: reports.length
      ? worstStatus(reports.map(r => r.status))
      : 'no-data',
    budgetRemaining: budgets.length ? Math.min(...budgets) : null,
    alert: highestAlert(reports.map(r => r.alert.state)),
    problemCount: sla.problems.length,
    syncError,
    evaluatedAt: now.toISOString(),
    objectives: reports.map(r => ({
      objective: r.id,
      title: r.title,
      target: r.target,
      status: r.status,
      compliance: r.compliance,
      budgetRemaining: r.errorBudget.remainingRatio,
      alert: r.alert.state,
      alertSince: r.alert.since,
      evaluatedAt: r.evaluatedAt,
    })),
  };
}
