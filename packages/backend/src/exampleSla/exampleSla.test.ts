import {
  computeSlaObjectiveStatus,
  parseSlaObjectives,
  SlaStatus,
} from '@paved-road/plugin-platform-products-common';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { EXAMPLE_SLA_PROFILES, exampleSlaBuckets } from './exampleSla';

const NOW = new Date('2026-11-26T10:07:00Z');

/** Every example entity with an SLA, by ref, as the catalog would read it. */
function exampleEntities() {
  const dir = path.resolve(__dirname, '../../../../examples');
  const entities = new Map<string, any>();
  for (const file of ['components.yaml', 'platform-products.yaml']) {
    for (const doc of YAML.parseAllDocuments(
      fs.readFileSync(path.join(dir, file), 'utf8'),
    )) {
      const entity = doc.toJS();
      if (entity?.metadata) {
        entities.set(
          `${entity.kind}:default/${entity.metadata.name}`.toLowerCase(),
          entity,
        );
      }
    }
  }
  return entities;
}

function statusOf(entityRef: string, objectiveId: string): SlaStatus {
  const entity = exampleEntities().get(entityRef);
  const sla = parseSlaObjectives(entity.metadata.annotations);
  const objective = sla.objectives.find(o => o.id === objectiveId)!;
  const buckets = exampleSlaBuckets(NOW)
    .filter(b => b.entityRef === entityRef && b.objective === objectiveId)
    .map(b => ({
      start: Date.parse(b.start),
      durationMs: b.durationSeconds * 1000,
      good: b.good,
      total: b.total,
    }));
  return computeSlaObjectiveStatus({
    objective,
    window: sla.window,
    timezone: sla.timezone,
    maintenance: sla.maintenance,
    buckets,
    now: NOW,
  }).status;
}

describe('example SLI buckets', () => {
  it('match objectives the example entities declare, with their targets', () => {
    const entities = exampleEntities();
    for (const profile of EXAMPLE_SLA_PROFILES) {
      const entity = entities.get(profile.entityRef);
      expect(entity).toBeDefined();
      const objective = parseSlaObjectives(
        entity.metadata.annotations,
      ).objectives.find(o => o.id === profile.objective);
      expect(objective?.target).toBe(profile.target);
    }
  });

  it('show every status', () => {
    expect(statusOf('component:default/auth-service', 'availability')).toBe(
      'met',
    );
    expect(statusOf('component:default/auth-service', 'latency-p99')).toBe(
      'at-risk',
    );
    expect(statusOf('component:default/token-service', 'availability')).toBe(
      'breached',
    );
    expect(statusOf('component:default/order-service', 'latency-p90')).toBe(
      'no-data',
    );
    // Met over the window, at risk while the last hour burns 15× too fast.
    expect(statusOf('component:default/ledger-service', 'availability')).toBe(
      'at-risk',
    );
  });

  it('are valid push buckets: whole minutes, good within total', () => {
    const buckets = exampleSlaBuckets(NOW);
    expect(buckets.length).toBeGreaterThan(100_000);
    const invalid = buckets.filter(
      b =>
        Date.parse(b.start) % 60_000 !== 0 ||
        Date.parse(b.start) >= NOW.getTime() ||
        !(b.good >= 0 && b.good <= b.total),
    );
    expect(invalid).toEqual([]);
  });
});
