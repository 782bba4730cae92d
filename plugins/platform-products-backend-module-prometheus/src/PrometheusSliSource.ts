import { LoggerService } from '@backstage/backend-plugin-api';
import {
  ANNOTATION_SLA_SELECTOR,
  SlaObjective,
} from '@paved-road/plugin-platform-products-common';
import {
  SliBucket,
  SliFetchRequest,
  SliSource,
} from '@paved-road/plugin-platform-products-node';
import { ObjectiveQueries } from './config/defaultQueries';
import {
  INSTANCES_KEY,
  PrometheusInstance,
} from './config/readPrometheusInstances';
import { formatPromQlDuration } from './promql/formatPromQlDuration';
import { placeholdersOf, renderQueryTemplate } from './promql/queryTemplate';
import { renderSelector } from './promql/renderSelector';
import { PrometheusClient } from './query/PrometheusClient';
import { joinCounts } from './query/joinCounts';
import { planQueryRange, PROMETHEUS_MAX_POINTS } from './query/planQueryRange';

/**
 * Options of {@link PrometheusSliSource}.
 *
 * @public
 */
export type PrometheusSliSourceOptions = {
  instances: PrometheusInstance[];
  logger: LoggerService;
  /** Points per query_range request; Prometheus' limit of 11,000 by default. */
  maxPointsPerRequest?: number;
  fetch?: typeof fetch;
};

// 300 ms is written 0.3 in an `le` label; twelve significant digits drop the
// binary noise of the division (0.1 + 0.2) without losing a digit people write.
function thresholdSeconds(objective: SlaObjective): string {
  if (objective.thresholdMs === undefined) {
    throw new Error(
      `The latency objective ${objective.id} has no threshold to query`,
    );
  }
  return String(Number((objective.thresholdMs / 1000).toPrecision(12)));
}

/**
 * The SLI source `prometheus`: the good and total events of an objective in
 * buckets of the instance's step, from query_range on the instance named in
 * `paved-road.io/sla-source: prometheus:<instance>`.
 *
 * @public
 */
export class PrometheusSliSource implements SliSource {
  /** The source type of `paved-road.io/sla-source: prometheus:<instance>`. */
  readonly type = 'prometheus';
  readonly #instances: Map<string, PrometheusInstance>;
  readonly #clients: Map<string, PrometheusClient>;
  readonly #logger: LoggerService;
  readonly #maxPoints: number;

  constructor(options: PrometheusSliSourceOptions) {
    this.#instances = new Map(options.instances.map(i => [i.name, i]));
    this.#clients = new Map(
      options.instances.map(i => [
        i.name,
        new PrometheusClient(i, options.fetch),
      ]),
    );
    this.#logger = options.logger;
    this.#maxPoints = options.maxPointsPerRequest ?? PROMETHEUS_MAX_POINTS;
  }

  /** The configured instance names. */
  instances(): string[] {
    return [...this.#instances.keys()];
  }

  /**
   * The buckets of one objective of one entity in [from, to), in the
   * instance's step; see the README for how they are read.
   */
  async fetchBuckets(request: SliFetchRequest): Promise<SliBucket[]> {
    const { entityRef, objective } = request;
    const instance = this.#instances.get(request.instance);
    const client = this.#clients.get(request.instance);
    if (!instance || !client) {
      const known = this.instances();
      throw new Error(
        `${entityRef} names the Prometheus instance "${
          request.instance
        }", which is not configured; ${
          known.length
            ? `configured instances: ${known.join(', ')}`
            : 'no instance is configured'
        } (${INSTANCES_KEY})`,
      );
    }
    const queries: ObjectiveQueries = instance.queries[objective.kind];
    const [eventsQuery, totalQuery] = [queries.events, queries.total].map(
      template => this.#render(template, instance, request),
    );

    const buckets: SliBucket[] = [];
    let aboveTotal = 0;
    let negative = 0;
    let eventsSeen = false;
    // One request after the other: a long backfill should not crowd the
    // Prometheus server, and a failure stops the rest.
    for (const range of planQueryRange({
      from: request.from,
      to: request.to,
      stepSeconds: instance.stepSeconds,
      maxPoints: this.#maxPoints,
    })) {
      const [events, total] = await Promise.all([
        client.queryRange(eventsQuery, range, request.signal),
        client.queryRange(totalQuery, range, request.signal),
      ]);
      eventsSeen ||= events.size > 0;
      const joined = joinCounts({
        counts: queries.counts,
        events,
        total,
        stepSeconds: range.step,
      });
      buckets.push(...joined.buckets);
      aboveTotal += joined.aboveTotal;
      negative += joined.negative;
    }

    // No good answer at all while requests were made is no latency data: most
    // likely no histogram bucket has this le, and counting every request as
    // slow would report a breach that is not there.
    if (objective.kind === 'latency' && buckets.length > 0 && !eventsSeen) {
      throw new Error(
        `Prometheus instance "${
          instance.name
        }" has totals but no answer to the good query of ${
          objective.id
        } for ${entityRef}; check that the histogram has a bucket le="${thresholdSeconds(
          objective,
        )}": ${eventsQuery}`,
      );
    }
    if (aboveTotal > 0 || negative > 0) {
      this.#logger.warn(
        `Prometheus instance "${instance.name}", ${entityRef} ${objective.id}: ${aboveTotal} bucket(s) counted more ${queries.counts} events than total and were clamped to total, ${negative} had negative counts raised to 0; the ${queries.counts} and total queries do not count the same events`,
      );
    }
    return buckets;
  }

  #render(
    template: string,
    instance: PrometheusInstance,
    request: SliFetchRequest,
  ): string {
    const used = placeholdersOf(template);
    let selector: string | undefined;
    if (used.includes('selector')) {
      if (!request.selector || request.selector.matchers.length === 0) {
        throw new Error(
          `${request.entityRef} has no ${ANNOTATION_SLA_SELECTOR} annotation; Prometheus instance "${instance.name}" needs label matchers, such as job="checkout", to find its series`,
        );
      }
      selector = renderSelector(request.selector);
    }
    return renderQueryTemplate(template, {
      selector,
      window: formatPromQlDuration(instance.stepSeconds),
      threshold:
        request.objective.kind === 'latency'
          ? thresholdSeconds(request.objective)
          : undefined,
    });
  }
}
