import { Entity } from '@backstage/catalog-model';
import { adoptionProductOf } from './adoptionProduct';
import { computeAdoption } from './computeAdoption';

const NOW = new Date('2026-11-26T12:00:00Z');

function entity(
  kind: string,
  name: string,
  fields: {
    owner?: string;
    type?: string;
    relations?: Array<[string, string]>;
    adopts?: string;
    spec?: Record<string, unknown>;
  } = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: {
      name,
      namespace: 'default',
      ...(fields.adopts && {
        annotations: { 'paved-road.io/adopts': fields.adopts },
      }),
    },
    spec: {
      type: fields.type ?? 'service',
      owner: fields.owner,
      ...fields.spec,
    },
    relations: (fields.relations ?? []).map(([type, targetRef]) => ({
      type,
      targetRef,
    })),
  };
}

function product(name: string, spec: Record<string, unknown>): Entity {
  return {
    apiVersion: 'paved-road.io/v1alpha1',
    kind: 'PlatformProduct',
    metadata: { name, namespace: 'default' },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'platform',
      ...spec,
    },
  };
}

function adoptionOf(products: Entity[], entities: Entity[]) {
  return computeAdoption(
    products.map(adoptionProductOf),
    [...products, ...entities],
    NOW,
  );
}

describe('computeAdoption', () => {
  it('finds adopters by dependsOn, consumesApi and the adopts annotation, with every way', () => {
    const auth = product('auth', {
      parts: ['component:auth-service', 'api:auth-api'],
    });
    const result = adoptionOf(
      [auth],
      [
        entity('Component', 'auth-service', { owner: 'platform' }),
        entity('Component', 'web', {
          owner: 'team-a',
          relations: [
            ['consumesApi', 'api:default/auth-api'],
            ['dependsOn', 'component:default/auth-service'],
          ],
          adopts: 'auth',
        }),
        entity('Component', 'batch', {
          owner: 'team-b',
          relations: [['dependsOn', 'platformproduct:default/auth']],
        }),
        entity('Component', 'idle', { owner: 'team-b' }),
      ],
    ).get('platformproduct:default/auth')!;

    expect(result.adopters).toEqual([
      {
        entityRef: 'component:default/batch',
        ownerRef: 'group:default/team-b',
        via: [
          { method: 'dependsOn', targetRef: 'platformproduct:default/auth' },
        ],
        inPopulation: true,
      },
      {
        entityRef: 'component:default/web',
        ownerRef: 'group:default/team-a',
        via: [
          { method: 'consumesApi', targetRef: 'api:default/auth-api' },
          { method: 'dependsOn', targetRef: 'component:default/auth-service' },
          { method: 'annotation', targetRef: 'platformproduct:default/auth' },
        ],
        inPopulation: true,
      },
    ]);
    // auth-service is a part of the product: in the population, but it depends on nothing.
    expect(result.summary).toMatchObject({
      adopters: 2,
      population: 4,
      rate: 0.5,
      teamsAdopting: 2,
      teamsTotal: 3,
      target: null,
      gap: null,
      belowTarget: false,
    });
  });

  it('counts a part depending on a sibling part as an adopter, as the rule is written', () => {
    const result = adoptionOf(
      [
        product('auth', {
          parts: ['component:auth-service', 'resource:auth-db'],
        }),
      ],
      [
        entity('Component', 'auth-service', {
          owner: 'identity',
          relations: [['dependsOn', 'resource:default/auth-db']],
        }),
      ],
    ).get('platformproduct:default/auth')!;
    expect(result.summary).toMatchObject({
      adopters: 1,
      population: 1,
      rate: 1,
    });
  });

  it('counts dependents of a shared part as adopters of every product that has it', () => {
    const result = adoptionOf(
      [
        product('auth', { parts: ['resource:shared-db'] }),
        product('data', { parts: ['resource:shared-db'] }),
      ],
      [
        entity('Component', 'web', {
          owner: 'team-a',
          relations: [['dependsOn', 'resource:default/shared-db']],
        }),
      ],
    );
    expect(result.get('platformproduct:default/auth')!.summary.adopters).toBe(
      1,
    );
    expect(result.get('platformproduct:default/data')!.summary.adopters).toBe(
      1,
    );
  });

  it('rates only adopters in the population and grades the gap to the target', () => {
    const result = adoptionOf(
      [
        product('ci', {
          adoption: { population: { 'spec.type': 'website' }, target: '75%' },
        }),
      ],
      [
        entity('Component', 'site', {
          type: 'website',
          owner: 'team-a',
          adopts: 'ci',
        }),
        entity('Component', 'other-site', { type: 'website', owner: 'team-a' }),
        entity('Component', 'svc', { owner: 'team-b', adopts: 'ci' }),
      ],
    ).get('platformproduct:default/ci')!;
    expect(result.summary).toMatchObject({
      adopters: 1,
      population: 2,
      rate: 0.5,
      target: 0.75,
      gap: 0.25,
      belowTarget: true,
      teamsAdopting: 1,
      teamsTotal: 1,
    });
    expect(result.adopters.map(a => [a.entityRef, a.inPopulation])).toEqual([
      ['component:default/site', true],
      ['component:default/svc', false],
    ]);
  });

  it('has no rate for an empty population, and ignores unknown products and malformed annotations', () => {
    const result = adoptionOf(
      [product('ci', { adoption: { population: { kind: 'Resource' } } })],
      [
        entity('Component', 'a', { adopts: 'ci, nope' }),
        entity('Component', 'b', { adopts: 'component:' }),
      ],
    ).get('platformproduct:default/ci')!;
    expect(result.summary).toMatchObject({
      population: 0,
      rate: null,
      adopters: 0,
    });
    expect(result.adopters).toHaveLength(1);
  });
});
