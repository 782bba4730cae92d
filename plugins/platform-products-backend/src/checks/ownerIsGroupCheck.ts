import {
  Entity,
  parseEntityRef,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import { rejectUnknownParams } from './params';
import { isRefOfKind, relationTargets } from './relations';
import { quote } from './text';
import { failed, passed, Verdict } from './verdict';

/** Where the owners were read from. */
type OwnerSource = 'relations' | 'spec.owner';

/** The owners of an entity, or why its `spec.owner` could not be read. */
type Owners =
  | { source: OwnerSource; refs: string[] }
  | { source: 'spec.owner'; invalidRef: string };

/**
 * The owners from the `ownedBy` relations the catalog emits; from `spec.owner` when there
 * are none (an entity not processed by the catalog yet). `spec.owner` defaults to kind
 * Group, as the catalog reads it.
 */
function readOwners(entity: Entity): Owners {
  const related = relationTargets(entity, RELATION_OWNED_BY);
  if (related.length > 0) {
    return { source: 'relations', refs: related };
  }
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || owner.trim() === '') {
    return { source: 'spec.owner', refs: [] };
  }
  try {
    const ref = parseEntityRef(owner, {
      defaultKind: 'Group',
      defaultNamespace: entity.metadata.namespace,
    });
    return { source: 'spec.owner', refs: [stringifyEntityRef(ref)] };
  } catch {
    return { source: 'spec.owner', invalidRef: owner };
  }
}

function judgeOwners(owners: Owners): Verdict {
  if ('invalidRef' in owners) {
    return failed(
      `spec.owner ${quote(owners.invalidRef)} is not an entity ref`,
    );
  }
  if (owners.refs.length === 0) {
    return failed('Has no owner');
  }
  const groups = owners.refs.filter(ref => isRefOfKind(ref, 'Group'));
  return groups.length > 0
    ? passed(`Owned by ${groups.join(', ')}`)
    : failed(`Owned by ${owners.refs.join(', ')}, not by a group`);
}

function evaluateOwner(entity: Entity): CheckOutcome {
  const owners = readOwners(entity);
  return {
    ...judgeOwners(owners),
    facts:
      'invalidRef' in owners
        ? { source: owners.source, owners: [], invalidRef: owners.invalidRef }
        : { source: owners.source, owners: owners.refs },
  };
}

/** `owner-is-group`: the entity is owned by a team, not by one person or nobody. */
export const ownerIsGroupCheckType: ScorecardCheckType<Record<string, never>> =
  {
    type: 'owner-is-group',
    description:
      'Passes when the entity is owned by a Group (its ownedBy relations, or spec.owner); fails when owned only by users or by nobody.',
    parseParams: (params: JsonObject) => {
      rejectUnknownParams(params, []);
      return {};
    },
    evaluate: ({ entity }) => evaluateOwner(entity),
  };
