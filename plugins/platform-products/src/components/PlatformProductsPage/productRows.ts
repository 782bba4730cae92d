import type { ProductSummary } from '@paved-road/plugin-platform-products-common';

/** One row of the products table: the summary flattened so columns can sort and filter. */
export interface ProductRow {
  id: string;
  entityRef: string;
  namespace: string;
  title: string;
  description?: string;
  owner: string;
  type: string;
  lifecycle: string;
  adoptionRate: number | null;
  adoptionTarget: number | null;
  belowTarget: boolean;
  /** Daily adoption rates of the last 90 days, oldest first; empty when unknown. */
  adoptionTrend: number[];
  nps: number | null;
  npsResponses: number;
  slaStatus: NonNullable<ProductSummary['sla']>['status'] | null;
  /** The first scorecard's level and score. */
  level: string | null;
  score: number | null;
  costSavings: number | null;
  currency: string | null;
}

// Worst first, so that sorting by SLA puts breached products on top.
const SLA_ORDER = ['breached', 'at-risk', 'no-data', 'met'];

export function slaRank(status: ProductRow['slaStatus']): number {
  return status === null ? SLA_ORDER.length : SLA_ORDER.indexOf(status);
}

/** Compares nullable numbers with unknown values last. */
export function compareNullable(a: number | null, b: number | null): number {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return a - b;
}

export function toProductRow(product: ProductSummary): ProductRow {
  const scorecard = product.scorecards[0];
  return {
    id: product.entityRef,
    entityRef: product.entityRef,
    namespace: product.namespace,
    title: product.title ?? product.name,
    description: product.description,
    owner: product.owner,
    type: product.type,
    lifecycle: product.lifecycle,
    adoptionRate: product.adoption?.rate ?? null,
    adoptionTarget: product.adoption?.target ?? null,
    belowTarget: product.adoption?.belowTarget ?? false,
    adoptionTrend: (product.adoption?.history ?? [])
      .map(p => p.rate)
      .filter((r): r is number => r !== null),
    nps: product.satisfaction?.nps ?? null,
    npsResponses: product.satisfaction?.responses ?? 0,
    slaStatus: product.sla?.status ?? null,
    level: scorecard?.level ?? null,
    score: scorecard?.score ?? null,
    costSavings: product.value?.costSavings ?? null,
    currency: product.value?.currency ?? null,
  };
}
