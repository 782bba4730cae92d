import { LoggerService } from '@backstage/backend-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { NotificationService } from '@backstage/plugin-notifications-node';
import { SlaAlertState } from '@paved-road/plugin-platform-products-common';
import type { SlaObjectiveEvaluation } from './SlaEvaluator';

/** An objective whose alert state changed at an evaluation. */
export interface SlaAlertChange {
  entityRef: string;
  ownerRef: string | null;
  objective: SlaObjectiveEvaluation;
  previous: SlaAlertState;
}

const SEVERITY = {
  page: 'critical',
  ticket: 'high',
  none: 'normal',
} as const;

function formatBurnRate(value: number | null): string {
  return value === null ? 'no data' : `${Number(value.toPrecision(3))}×`;
}

/** The entity page of a ref, as the catalog's routes shape it. */
function entityLink(entityRef: string): string {
  const { kind, namespace, name } = parseEntityRef(entityRef);
  return `/catalog/${namespace}/${kind}/${name}`;
}

function describe(change: SlaAlertChange): {
  title: string;
  description: string;
} {
  const { entityRef, objective, previous } = change;
  const state = objective.alert.state;
  const rule = objective.alert.rule;
  const title =
    state === 'none'
      ? `SLA alert resolved: ${objective.title} of ${entityRef}`
      : `SLA ${state}: ${objective.title} of ${entityRef}`;
  const burning = rule
    ? `Error budget burning at ${formatBurnRate(
        objective.burnRates[rule.longWindow],
      )} over ${rule.longWindow} and ${formatBurnRate(
        objective.burnRates[rule.shortWindow],
      )} over ${rule.shortWindow} (threshold ${rule.threshold}×).`
    : `No burn-rate alert fires any more (was ${previous}).`;
  const remaining = objective.errorBudget.remainingRatio;
  const budget =
    remaining === null
      ? 'No data in the window.'
      : `${Math.round(remaining * 1000) / 10}% of the error budget left.`;
  return { title, description: `${burning} ${budget}` };
}

/**
 * Tells an entity's owner when an objective's burn-rate alert changes, through Backstage
 * notifications. Created only when the notifications plugin is installed.
 */
export class SlaAlertNotifier {
  constructor(
    private readonly notifications: NotificationService,
    private readonly logger: LoggerService,
  ) {}

  async notify(change: SlaAlertChange): Promise<void> {
    if (!change.ownerRef) {
      this.logger.info(
        `SLA alert of ${change.entityRef} ${change.objective.id} changed to ${change.objective.alert.state}, but the entity has no owner to notify`,
      );
      return;
    }
    const { title, description } = describe(change);
    try {
      await this.notifications.send({
        recipients: { type: 'entity', entityRef: change.ownerRef },
        payload: {
          title,
          description,
          link: entityLink(change.entityRef),
          severity: SEVERITY[change.objective.alert.state],
          topic: 'platform-products.sla',
          // A newer alert of the same objective replaces the older one in the inbox.
          scope: `sla:${change.entityRef}:${change.objective.id}`,
          metadata: {
            entityRef: change.entityRef,
            objective: change.objective.id,
            alert: change.objective.alert.state,
            previous: change.previous,
          },
        },
      });
    } catch (error) {
      // The alert state is stored either way; a lost notification must not fail the
      // evaluation that found it.
      this.logger.warn(
        `Could not notify ${change.ownerRef} of the SLA alert of ${change.entityRef} ${change.objective.id}: ${error}`,
      );
    }
  }
}
