import { UrlReaderService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import path from 'node:path';
import { readEntitySla } from './readEntitySla';
import { readOpenSloFile } from './readOpenSloFile';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

function component(annotations: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'checkout-web', namespace: 'default', annotations },
    spec: { owner: 'web-team' },
  };
}

const SLO_YAML = `apiVersion: openslo/v1
kind: SLO
metadata: { name: page-availability, displayName: Pages available }
spec:
  service: web
  indicator:
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: Prometheus, spec: { query: good } } }
        total: { metricSource: { type: Prometheus, spec: { query: total } } }
  timeWindow: [{ duration: 28d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.995 }]
`;

/** A UrlReader that serves one text at one URL, as an SCM integration would. */
function readerServing(url: string, text: string): UrlReaderService {
  return {
    async readUrl(requested: string) {
      if (requested !== url) {
        throw new Error(`NotFoundError: ${requested}`);
      }
      return { buffer: async () => Buffer.from(text) } as any;
    },
    readTree: jest.fn(),
    search: jest.fn(),
  };
}

describe('readEntitySla', () => {
  it('reads objectives, settings and problems from annotations', async () => {
    const sla = await readEntitySla(
      component({
        'paved-road.io/sla-availability': '99.9%',
        'paved-road.io/sla-latency-p99': '300ms',
        'paved-road.io/sla-error-rate': 'lots',
        'paved-road.io/sla-window': '1M',
        'paved-road.io/sla-timezone': 'Europe/Berlin',
        'paved-road.io/sla-source': 'prometheus:prod',
      }),
    );
    expect(sla).toMatchObject({
      entityRef: 'component:default/checkout-web',
      ownerRef: 'group:default/web-team',
      source: { type: 'prometheus', instance: 'prod' },
      sourceText: 'prometheus:prod',
      objectives: [
        {
          id: 'availability',
          title: 'Availability 99.9%',
          window: { type: 'calendar', unit: 'month' },
          timezone: 'Europe/Berlin',
        },
        { id: 'latency-p99', title: 'p99 latency ≤ 300ms', thresholdMs: 300 },
      ],
      problems: [{ annotation: 'paved-road.io/sla-error-rate' }],
    });
  });

  it('reads an OpenSLO file next to a local catalog file instead of the annotations', async () => {
    const entity = component({
      'backstage.io/managed-by-location': `file:${EXAMPLES}/components.yaml`,
      'paved-road.io/openslo': './openslo/checkout-slo.yaml',
      'paved-road.io/sla-availability': '99%',
    });
    const sla = await readEntitySla(entity, (e, ref) =>
      readOpenSloFile(readerServing('', ''), e, ref),
    );
    expect(sla.problems).toEqual([]);
    expect(sla.objectives).toEqual([
      expect.objectContaining({
        id: 'checkout-page-availability',
        title: 'Checkout pages available',
        target: 0.995,
        origin: {
          type: 'openslo',
          location: `${EXAMPLES}/openslo/checkout-slo.yaml`,
          name: 'checkout-page-availability',
        },
        window: expect.objectContaining({ type: 'rolling', text: '28d' }),
      }),
    ]);
  });

  it('resolves a relative path against a URL location with the UrlReader', async () => {
    const entity = component({
      'backstage.io/managed-by-location':
        'url:https://git.example.com/org/web/blob/main/catalog-info.yaml',
      'paved-road.io/openslo': './slo/web.yaml',
    });
    const reader = readerServing(
      'https://git.example.com/org/web/blob/main/slo/web.yaml',
      SLO_YAML,
    );
    const sla = await readEntitySla(entity, (e, ref) =>
      readOpenSloFile(reader, e, ref),
    );
    expect(sla.objectives.map(o => [o.id, o.target])).toEqual([
      ['page-availability', 0.995],
    ]);
  });

  it('reports a file that cannot be read as a problem, never an error', async () => {
    const entity = component({
      'backstage.io/managed-by-location':
        'url:https://git.example.com/org/web/blob/main/catalog-info.yaml',
      'paved-road.io/openslo': './missing.yaml',
    });
    const sla = await readEntitySla(entity, (e, ref) =>
      readOpenSloFile(readerServing('https://elsewhere', ''), e, ref),
    );
    expect(sla.objectives).toEqual([]);
    expect(sla.problems).toEqual([
      expect.objectContaining({
        annotation: 'paved-road.io/openslo',
        message: expect.stringContaining('could not be read: NotFoundError'),
      }),
    ]);
  });

  it('refuses local files that are not YAML or JSON', async () => {
    const entity = component({
      'backstage.io/managed-by-location': `file:${EXAMPLES}/components.yaml`,
      'paved-road.io/openslo': '../../etc/passwd',
    });
    const sla = await readEntitySla(entity, (e, ref) =>
      readOpenSloFile(readerServing('', ''), e, ref),
    );
    expect(sla.problems[0].message).toContain(
      'a local OpenSLO file must end in .yaml, .yml, .json',
    );
  });
});
