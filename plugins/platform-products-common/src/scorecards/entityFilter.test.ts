import { Entity } from '@backstage/catalog-model';
import { matchesEntityFilter } from './entityFilter';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout', tags: ['java', 'customer-facing'] },
  spec: { type: 'service', lifecycle: 'production', replicas: 3 },
};

describe('matchesEntityFilter', () => {
  it('matches every key, case-insensitively', () => {
    expect(
      matchesEntityFilter(entity, {
        kind: 'component',
        'spec.type': 'Service',
      }),
    ).toBe(true);
    expect(
      matchesEntityFilter(entity, {
        kind: 'Component',
        'spec.type': 'website',
      }),
    ).toBe(false);
  });

  it('matches any of a list of values', () => {
    expect(matchesEntityFilter(entity, { kind: ['API', 'Component'] })).toBe(
      true,
    );
  });

  it('matches a list field when it contains the value', () => {
    expect(
      matchesEntityFilter(entity, { 'metadata.tags': 'customer-facing' }),
    ).toBe(true);
    expect(matchesEntityFilter(entity, { 'metadata.tags': 'python' })).toBe(
      false,
    );
  });

  it('compares numbers as text and never matches missing or object fields', () => {
    expect(matchesEntityFilter(entity, { 'spec.replicas': '3' })).toBe(true);
    expect(matchesEntityFilter(entity, { 'spec.owner': 'x' })).toBe(false);
    expect(matchesEntityFilter(entity, { spec: 'x' })).toBe(false);
    expect(matchesEntityFilter(entity, { 'metadata.name.first': 'x' })).toBe(
      false,
    );
  });

  it('matches everything with an empty filter', () => {
    expect(matchesEntityFilter(entity, {})).toBe(true);
  });
});
