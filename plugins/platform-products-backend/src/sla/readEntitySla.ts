import { Entity } from '@backstage/catalog-model';
import {
  AnnotationProblem,
  OpenSloObjective,
  OpenSloRef,
  parseSlaObjectives,
  SlaObjective,
  SlaSource,
} from '@paved-road/plugin-platform-products-common';
import { entityRefOf, ownerRefOf } from '../entityRefs';
import { EntitySla, ResolvedSlaObjective } from './EntitySla';

/** What an entity's OpenSLO file holds, as far as it was understood. */
export interface OpenSloFile {
  /** Where it was read from: a URL or a local path. */
  location: string;
  objectives: OpenSloObjective[];
  problems: AnnotationProblem[];
}

/** Reads the OpenSLO file an entity's `paved-road.io/openslo` names; never throws. */
export type OpenSloReader = (
  entity: Entity,
  ref: OpenSloRef,
) => Promise<OpenSloFile>;

// Twelve significant digits hide binary rounding (0.9995 × 100 is 99.94999…).
function percent(ratio: number): string {
  return `${Number((ratio * 100).toPrecision(12))}%`;
}

/** A title for people: `Availability 99.9%`, `p99 latency ≤ 300ms`, `Error rate ≤ 0.1%`. */
export function objectiveTitle(objective: {
  kind: SlaObjective['kind'];
  target: number;
  percentile?: string;
  thresholdMs?: number;
  errorRateCeiling?: number;
}): string {
  switch (objective.kind) {
    case 'latency':
      return objective.thresholdMs !== undefined
        ? `${objective.percentile ?? 'Share of'} latency ≤ ${
            objective.thresholdMs
          }ms`
        : `Latency ${percent(objective.target)}`;
    case 'error-rate':
      return `Error rate ≤ ${percent(
        objective.errorRateCeiling ?? 1 - objective.target,
      )}`;
    default:
      return `Availability ${percent(objective.target)}`;
  }
}

/** `push` or `prometheus:prod`, as the annotation writes it. */
export function sourceText(source: SlaSource): string {
  return source.type === 'push' ? 'push' : `${source.type}:${source.instance}`;
}

/**
 * The SLA of an entity from its annotations, or from its OpenSLO file when
 * `paved-road.io/openslo` names one. Never throws for what people wrote: malformed
 * annotations and documents become `problems`, and the rest still works.
 */
export async function readEntitySla(
  entity: Entity,
  readOpenSlo?: OpenSloReader,
): Promise<EntitySla> {
  const definition = parseSlaObjectives(entity.metadata.annotations);
  const problems = [...definition.problems];
  let objectives: ResolvedSlaObjective[] = definition.objectives.map(
    objective => ({
      id: objective.id,
      kind: objective.kind,
      title: objectiveTitle(objective),
      origin: { type: 'annotation', annotation: objective.annotation },
      target: objective.target,
      ...(objective.percentile && { percentile: objective.percentile }),
      ...(objective.thresholdMs !== undefined && {
        thresholdMs: objective.thresholdMs,
      }),
      ...(objective.errorRateCeiling !== undefined && {
        errorRateCeiling: objective.errorRateCeiling,
      }),
      window: definition.window,
      timezone: definition.timezone,
      ...(definition.maintenance && { maintenance: definition.maintenance }),
    }),
  );

  if (definition.openSlo && readOpenSlo) {
    const file = await readOpenSlo(entity, definition.openSlo);
    problems.push(...file.problems);
    // The file's objectives replace the annotations' ones ("instead"); the entity's time
    // zone and maintenance still apply where the file says nothing.
    objectives = file.objectives.map(objective => ({
      id: objective.id,
      kind: objective.threshold ? 'latency' : 'availability',
      title: objective.title,
      origin: {
        type: 'openslo',
        location: file.location,
        name: objective.sloName,
      },
      target: objective.target,
      window: objective.window,
      timezone: objective.timezone ?? definition.timezone,
      ...(definition.maintenance && { maintenance: definition.maintenance }),
    }));
  }

  return {
    entityRef: entityRefOf(entity),
    ownerRef: ownerRefOf(entity),
    objectives,
    source: definition.source,
    sourceText: sourceText(definition.source),
    ...(definition.selector && { selector: definition.selector }),
    problems,
  };
}
