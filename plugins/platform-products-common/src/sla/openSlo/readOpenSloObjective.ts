import { OpenSloIndicator, OpenSloObjective } from './types';
import {
  ReadResult,
  isRecord,
  quote,
  readError,
  readValue,
} from './readResult';

const OPERATORS = ['lt', 'lte', 'gt', 'gte'] as const;

const SLICE_UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60 * 1000,
  h: 60 * 60 * 1000,
  d: 24 * 60 * 60 * 1000,
};

/** The part of an objective that depends on one entry of `objectives`. */
export type OpenSloObjectiveTarget = Pick<
  OpenSloObjective,
  'target' | 'timeslice' | 'threshold'
> & { displayName?: string };

function readTarget(objective: Record<string, unknown>): ReadResult<number> {
  const { target, targetPercent } = objective;
  if (target !== undefined && targetPercent !== undefined) {
    return readError('an objective has both target and targetPercent');
  }
  const ratio =
    typeof targetPercent === 'number' ? targetPercent / 100 : target;
  if (typeof ratio !== 'number' || !(ratio > 0 && ratio < 1)) {
    const written = target ?? targetPercent;
    return readError(
      `objective target ${quote(
        written,
      )} is not a ratio greater than 0 and less than 1 (or targetPercent greater than 0 and less than 100)`,
    );
  }
  return readValue(ratio);
}

// A number of seconds, or a shorthand such as "1m" or "30s".
function readSliceWindow(raw: unknown): number | undefined {
  if (typeof raw === 'number') {
    return raw > 0 ? raw * 1000 : undefined;
  }
  const match =
    typeof raw === 'string' ? /^(\d+)([smhd])$/.exec(raw.trim()) : null;
  const ms = match ? Number(match[1]) * SLICE_UNIT_MS[match[2]] : 0;
  return ms > 0 ? ms : undefined;
}

/**
 * Reads one entry of `spec.objectives`: its target, the time slices of
 * Timeslices budgeting, and the threshold of a threshold indicator.
 */
export function readOpenSloObjective(
  objective: unknown,
  indicator: OpenSloIndicator,
  budgetingMethod: OpenSloObjective['budgetingMethod'],
): ReadResult<OpenSloObjectiveTarget> {
  if (!isRecord(objective)) {
    return readError('an objective is not a map');
  }
  if (
    objective.indicator !== undefined ||
    objective.indicatorRef !== undefined
  ) {
    return readError(
      'composite SLOs (an indicator per objective) are not supported; write one SLO per indicator',
    );
  }
  const target = readTarget(objective);
  if (!target.ok) {
    return target;
  }
  const result: OpenSloObjectiveTarget = { target: target.value };
  if (typeof objective.displayName === 'string' && objective.displayName) {
    result.displayName = objective.displayName;
  }

  if (indicator.type === 'threshold') {
    const { op, value } = objective;
    const operator = OPERATORS.find(candidate => candidate === op);
    if (!operator || typeof value !== 'number' || !Number.isFinite(value)) {
      return readError(
        `a threshold indicator needs op (lt, lte, gt or gte) and a numeric value on each objective; got op ${quote(
          op,
        )}, value ${quote(value)}`,
      );
    }
    result.threshold = { op: operator, value };
  }

  if (budgetingMethod === 'Timeslices') {
    const sliceTarget = objective.timeSliceTarget;
    const windowMs = readSliceWindow(objective.timeSliceWindow);
    if (
      typeof sliceTarget !== 'number' ||
      !(sliceTarget > 0 && sliceTarget <= 1)
    ) {
      return readError(
        `Timeslices budgeting needs timeSliceTarget greater than 0 and at most 1; got ${quote(
          sliceTarget,
        )}`,
      );
    }
    if (windowMs === undefined) {
      return readError(
        `Timeslices budgeting needs timeSliceWindow, a number of seconds or a duration such as "1m"; got ${quote(
          objective.timeSliceWindow,
        )}`,
      );
    }
    result.timeslice = { target: sliceTarget, windowMs };
  }
  return readValue(result);
}
