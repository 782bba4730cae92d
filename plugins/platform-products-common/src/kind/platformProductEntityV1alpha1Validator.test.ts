import { Entity } from '@backstage/catalog-model';
import {
  isPlatformProductEntity,
  platformProductEntityV1alpha1Validator as validator,
} from './platformProductEntityV1alpha1Validator';
import { platformProductEntityV1alpha1Schema } from './platformProductEntityV1alpha1Schema';

// The example from DESIGN.md.
function authPlatform(): Entity {
  return {
    apiVersion: 'paved-road.io/v1alpha1',
    kind: 'PlatformProduct',
    metadata: {
      name: 'auth-platform',
      title: 'Authentication Platform',
      description: 'Login, tokens and sessions for every product team.',
      annotations: {
        'backstage.io/techdocs-ref': 'dir:.',
        'paved-road.io/sla-availability': '99.95%',
      },
      links: [
        {
          url: 'https://example.com/auth/getting-started',
          title: 'Getting started',
          type: 'getting-started',
        },
      ],
    },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:identity',
      productManager: 'user:jane',
      system: 'identity',
      parts: ['component:auth-service', 'api:auth-api', 'resource:auth-db'],
      adoption: {
        population: { kind: 'Component', 'spec.type': 'service' },
        target: '80%',
      },
      value: { hoursSavedPerAdopter: 120, hourlyRate: 95, currency: 'USD' },
      support: { channel: '#auth-help', responseTime: '4h' },
    },
  };
}

type Spec = Record<string, unknown>;

function withSpec(change: (spec: Spec) => void): Entity {
  const entity = authPlatform();
  change(entity.spec as Spec);
  return entity;
}

function section(spec: Spec, name: string): Spec {
  return spec[name] as Spec;
}

describe('platformProductEntityV1alpha1Validator', () => {
  it('accepts the example from the design', async () => {
    await expect(validator.check(authPlatform())).resolves.toBe(true);
  });

  it('accepts a timeToMarket with only its metric', async () => {
    const entity = withSpec(spec => {
      spec.timeToMarket = { metric: 'lead-time-hours' };
    });
    await expect(validator.check(entity)).resolves.toBe(true);
  });

  it('accepts a product with only the required fields', async () => {
    const entity: Entity = {
      apiVersion: 'paved-road.io/v1alpha1',
      kind: 'PlatformProduct',
      metadata: { name: 'ci' },
      spec: { type: 'tooling', lifecycle: 'experimental', owner: 'platform' },
    };
    await expect(validator.check(entity)).resolves.toBe(true);
  });

  it('accepts a population value that is a list, and edge values', async () => {
    const entity = withSpec(spec => {
      section(spec, 'adoption').population = {
        kind: ['Component', 'Resource'],
      };
      section(spec, 'adoption').target = '100%';
      section(spec, 'value').hourlyRate = 0;
      section(spec, 'support').responseTime = '1.5d';
    });
    await expect(validator.check(entity)).resolves.toBe(true);
  });

  it('returns false for other kinds, valid or not', async () => {
    const component: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'auth-service' },
      spec: { type: 'service', lifecycle: 'production', owner: 'identity' },
    };
    await expect(validator.check(component)).resolves.toBe(false);
    await expect(validator.check({ ...component, spec: {} })).resolves.toBe(
      false,
    );
  });

  it('returns false for another apiVersion of the kind', async () => {
    const entity = { ...authPlatform(), apiVersion: 'paved-road.io/v2' };
    await expect(validator.check(entity)).resolves.toBe(false);
  });

  it.each<[string, (spec: Spec) => void, string[]]>([
    ['a missing owner', spec => delete spec.owner, ['spec.owner is required']],
    [
      'an empty owner',
      spec => (spec.owner = ''),
      ['spec.owner must not be empty'],
    ],
    ['a missing type', spec => delete spec.type, ['spec.type is required']],
    [
      'a missing lifecycle',
      spec => delete spec.lifecycle,
      ['spec.lifecycle is required'],
    ],
    [
      'parts that are not a list',
      spec => (spec.parts = 'component:auth-service'),
      ['spec.parts must be a list'],
    ],
    [
      'a part that is not a string',
      spec => (spec.parts = ['component:a', 7]),
      ['spec.parts[1] must be a string'],
    ],
    [
      'an empty part',
      spec => (spec.parts = ['']),
      ['spec.parts[0] must not be empty'],
    ],
    [
      'a target without %',
      spec => (section(spec, 'adoption').target = '80'),
      [
        'spec.adoption.target "80" is not valid; expected a value such as "80%"',
      ],
    ],
    [
      'a target over 100%',
      spec => (section(spec, 'adoption').target = '101%'),
      ['spec.adoption.target "101%" is not valid'],
    ],
    [
      'a numeric target',
      spec => (section(spec, 'adoption').target = 80),
      ['spec.adoption.target must be a string'],
    ],
    [
      'an empty population value',
      spec => (section(spec, 'adoption').population = { kind: '' }),
      ['spec.adoption.population.kind must be a string or a list'],
    ],
    [
      'a negative hourlyRate',
      spec => (section(spec, 'value').hourlyRate = -1),
      ['spec.value.hourlyRate must be at least 0'],
    ],
    [
      'a textual hoursSavedPerAdopter',
      spec => (section(spec, 'value').hoursSavedPerAdopter = '120'),
      ['spec.value.hoursSavedPerAdopter must be a number'],
    ],
    [
      'a lowercase currency',
      spec => (section(spec, 'value').currency = 'usd'),
      [
        'spec.value.currency "usd" is not valid; expected a value such as "USD"',
      ],
    ],
    [
      'a timeToMarket without metric',
      spec => (spec.timeToMarket = { baseline: 72 }),
      ['spec.timeToMarket'],
    ],
    [
      'a timeToMarket metric with capitals',
      spec => (spec.timeToMarket = { metric: 'Lead Time' }),
      ['spec.timeToMarket.metric'],
    ],
    [
      'a negative timeToMarket baseline',
      spec => (spec.timeToMarket = { metric: 'lead-time-hours', baseline: -1 }),
      ['spec.timeToMarket.baseline must be at least 0'],
    ],
    [
      'a fractional timeToMarket window',
      spec =>
        (spec.timeToMarket = { metric: 'lead-time-hours', windowDays: 1.5 }),
      ['spec.timeToMarket.windowDays'],
    ],
    [
      'a currency of four letters',
      spec => (section(spec, 'value').currency = 'USDT'),
      ['spec.value.currency "USDT" is not valid'],
    ],
    [
      'a responseTime without unit',
      spec => (section(spec, 'support').responseTime = '4'),
      [
        'spec.support.responseTime "4" is not valid; expected a value such as "4h"',
      ],
    ],
    [
      'an unknown spec key',
      spec => (spec.owners = ['group:identity']),
      ['spec.owners is not a known field'],
    ],
    [
      'a misspelt spec key',
      spec => (spec.productManger = 'user:jane'),
      [
        'spec.productManger is not a known field (did you mean spec.productManager?)',
      ],
    ],
    [
      'an unknown adoption key',
      spec => (section(spec, 'adoption').goal = '80%'),
      ['spec.adoption.goal is not a known field'],
    ],
    [
      'an unknown value key',
      spec => (section(spec, 'value').rate = 95),
      ['spec.value.rate is not a known field'],
    ],
    [
      'an unknown support key',
      spec => (section(spec, 'support').slack = '#x'),
      ['spec.support.slack is not a known field'],
    ],
  ])('rejects %s, naming the field', async (_, change, expected) => {
    const error = await validator.check(withSpec(change)).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(TypeError);
    for (const fragment of expected) {
      expect(error?.message).toContain(fragment);
    }
  });

  it('rejects a product without spec', async () => {
    const { spec: _spec, ...entity } = authPlatform();
    await expect(validator.check(entity)).rejects.toThrow('spec is required');
  });

  it('names every problem of the spec at once', async () => {
    const entity = withSpec(spec => {
      delete spec.owner;
      spec.parts = 'component:auth-service';
      section(spec, 'value').hourlyRate = -1;
    });
    await expect(validator.check(entity)).rejects.toThrow(
      'spec.owner is required; spec.parts must be a list; spec.value.hourlyRate must be at least 0',
    );
  });

  it.each([
    ['spec.owner', (spec: Spec) => (spec.owner = 'group:')],
    [
      'spec.productManager',
      (spec: Spec) => (spec.productManager = 'user:default/'),
    ],
    ['spec.system', (spec: Spec) => (spec.system = 'system:default/')],
    // Parts have no default kind, so a bare name is not a reference.
    [
      'spec.parts[1]',
      (spec: Spec) => ((spec.parts as string[])[1] = 'auth-db'),
    ],
  ])('rejects %s when it is not an entity reference', async (field, change) => {
    await expect(validator.check(withSpec(change))).rejects.toThrow(
      new RegExp(
        `^${field.replace(
          /[[\]]/g,
          '\\$&',
        )} ".*" is not a valid entity reference`,
      ),
    );
  });

  it('leaves problems outside the spec to the catalog validator', async () => {
    const entity = authPlatform();
    entity.metadata.name = 7 as unknown as string;
    await expect(validator.check(entity)).rejects.toThrow('/metadata/name');
  });
});

describe('platformProductEntityV1alpha1Schema', () => {
  // Walks every `properties` map and checks each entry has a description, so
  // the schema stays readable as documentation.
  function undocumented(schema: unknown, path: string): string[] {
    if (Array.isArray(schema)) {
      return schema.flatMap((item, i) => undocumented(item, `${path}/${i}`));
    }
    if (typeof schema !== 'object' || schema === null) {
      return [];
    }
    const record = schema as Record<string, unknown>;
    const missing: string[] = [];
    const properties = record.properties as
      | Record<string, Record<string, unknown>>
      | undefined;
    for (const [name, property] of Object.entries(properties ?? {})) {
      if (typeof property.description !== 'string') {
        missing.push(`${path}/${name}`);
      }
    }
    for (const [key, value] of Object.entries(record)) {
      if (key !== 'examples') {
        missing.push(...undocumented(value, `${path}/${key}`));
      }
    }
    return missing;
  }

  it('describes every property', () => {
    expect(undocumented(platformProductEntityV1alpha1Schema, '')).toEqual([]);
  });

  it('accepts its own example', async () => {
    const examples = platformProductEntityV1alpha1Schema.examples as Entity[];
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      await expect(validator.check(example)).resolves.toBe(true);
    }
  });
});

describe('isPlatformProductEntity', () => {
  it('recognizes platform products by kind', () => {
    expect(isPlatformProductEntity(authPlatform())).toBe(true);
    expect(
      isPlatformProductEntity({ ...authPlatform(), kind: 'platformproduct' }),
    ).toBe(true);
    expect(
      isPlatformProductEntity({ ...authPlatform(), kind: 'Component' }),
    ).toBe(false);
  });
});
