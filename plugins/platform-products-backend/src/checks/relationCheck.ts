import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import { gradeCount } from './gradeCount';
import {
  readOptionalInteger,
  readOptionalString,
  readString,
  rejectUnknownParams,
} from './params';
import { isRefOfKind, relationTargets } from './relations';
import { countOf, Noun } from './text';
import { failed, Verdict } from './verdict';

/** Params of the `relation` check type. */
export interface RelationCheckParams {
  /** The relation type, such as `dependsOn` or `ownedBy`, compared ignoring case. */
  type: string;
  /** The kind the targets must have, such as `Component`, compared ignoring case. */
  targetKind?: string;
  /** How many relations are required for a pass; 0 makes the check a pure maximum. */
  min: number;
  /** How many relations are allowed at most. */
  max?: number;
}

function parseRelationParams(params: JsonObject): RelationCheckParams {
  rejectUnknownParams(params, ['type', 'targetKind', 'min', 'max']);
  const min = readOptionalInteger(params, 'min', 0) ?? 1;
  const max = readOptionalInteger(params, 'max', 0);
  if (max !== undefined && max < min) {
    throw new InputError(
      `params.max must be at least params.min (${min}); got ${max}`,
    );
  }
  return {
    type: readString(params, 'type'),
    targetKind: readOptionalString(params, 'targetKind'),
    min,
    max,
  };
}

/** `dependsOn relations to entities of kind Component`. */
function relationNoun(params: RelationCheckParams): Noun {
  const { type, targetKind } = params;
  return targetKind === undefined
    ? { one: `${type} relation`, many: `${type} relations` }
    : {
        one: `${type} relation to an entity of kind ${targetKind}`,
        many: `${type} relations to entities of kind ${targetKind}`,
      };
}

function judgeCount(count: number, params: RelationCheckParams): Verdict {
  const noun = relationNoun(params);
  // Too many is no better than none: a maximum is a hard limit, not a target.
  if (params.max !== undefined && count > params.max) {
    return failed(
      `Has ${countOf(count, noun)}, ${
        count - params.max
      } more than the maximum of ${params.max}`,
    );
  }
  return gradeCount(count, params.min, noun);
}

function evaluateRelations(
  entity: Entity,
  params: RelationCheckParams,
): CheckOutcome {
  const { targetKind } = params;
  const targets = relationTargets(entity, params.type).filter(
    target => targetKind === undefined || isRefOfKind(target, targetKind),
  );
  return {
    ...judgeCount(targets.length, params),
    facts: { count: targets.length, targets },
  };
}

/** `relation`: the entity has enough (and not too many) relations of a type. */
export const relationCheckType: ScorecardCheckType<RelationCheckParams> = {
  type: 'relation',
  description:
    'Counts the relations of type params.type (to entities of kind params.targetKind when given); passes from params.min relations (default 1), partial credit below, and fails above params.max.',
  parseParams: parseRelationParams,
  evaluate: ({ entity, params }) => evaluateRelations(entity, params),
};
