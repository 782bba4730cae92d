import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import {
  readOptionalStringList,
  rejectUnknownParams,
  requireOneOfParams,
} from './params';
import { equalsIgnoringCase, quote, quoteAll } from './text';
import { failed, passed, Verdict } from './verdict';

/**
 * Params of the `lifecycle` check type: the lifecycles allowed, or those not allowed
 * (any other passes). Lifecycles are compared ignoring case.
 */
export type LifecycleCheckParams =
  | { allowed: string[] }
  | { disallowed: string[] };

function parseLifecycleParams(params: JsonObject): LifecycleCheckParams {
  rejectUnknownParams(params, ['allowed', 'disallowed']);
  // Both lists at once would leave unclear what happens to a lifecycle in neither.
  requireOneOfParams(params, ['allowed', 'disallowed']);
  const allowed = readOptionalStringList(params, 'allowed');
  return allowed
    ? { allowed }
    : { disallowed: readOptionalStringList(params, 'disallowed')! };
}

function isListed(lifecycle: string, list: string[]): boolean {
  return list.some(listed => equalsIgnoringCase(listed, lifecycle));
}

function judgeLifecycle(
  lifecycle: string | undefined,
  params: LifecycleCheckParams,
): Verdict {
  if (lifecycle === undefined) {
    return failed('Has no lifecycle (spec.lifecycle)');
  }
  if ('allowed' in params) {
    return isListed(lifecycle, params.allowed)
      ? passed(`Lifecycle ${quote(lifecycle)} is allowed`)
      : failed(
          `Lifecycle ${quote(lifecycle)} is not allowed; allowed are ${quoteAll(
            params.allowed,
            'and',
          )}`,
        );
  }
  return isListed(lifecycle, params.disallowed)
    ? failed(`Lifecycle ${quote(lifecycle)} is not allowed`)
    : passed(`Lifecycle ${quote(lifecycle)} is allowed`);
}

function readLifecycle(entity: Entity): string | undefined {
  const lifecycle = entity.spec?.lifecycle;
  return typeof lifecycle === 'string' && lifecycle.trim() !== ''
    ? lifecycle
    : undefined;
}

function evaluateLifecycle(
  entity: Entity,
  params: LifecycleCheckParams,
): CheckOutcome {
  const lifecycle = readLifecycle(entity);
  return {
    ...judgeLifecycle(lifecycle, params),
    facts: { lifecycle: lifecycle ?? null },
  };
}

/** `lifecycle`: the entity's lifecycle is one that is allowed. */
export const lifecycleCheckType: ScorecardCheckType<LifecycleCheckParams> = {
  type: 'lifecycle',
  description:
    'Passes when spec.lifecycle is one of params.allowed, or none of params.disallowed (give one of them; ignoring case); fails when the entity has no lifecycle.',
  parseParams: parseLifecycleParams,
  evaluate: ({ entity, params }) => evaluateLifecycle(entity, params),
};
