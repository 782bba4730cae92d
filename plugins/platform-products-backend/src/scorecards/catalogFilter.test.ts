import { EntityFilter } from '@paved-road/plugin-platform-products-common';
import { catalogFilterOf } from './catalogFilter';

describe('catalogFilterOf', () => {
  it('reads everything when no scorecard or one without a filter', () => {
    expect(catalogFilterOf([])).toBeUndefined();
    expect(catalogFilterOf([{ kind: 'API' }, {}])).toBeUndefined();
  });

  it('drops filters that another covers, and repeats', () => {
    expect(
      catalogFilterOf([
        { kind: 'Component', 'spec.type': 'service' },
        { kind: 'component' },
        { kind: 'Component' },
        { kind: 'API' },
      ]),
    ).toEqual([{ kind: 'component' }, { kind: 'API' }]);
  });

  it('compares lists of values as sets', () => {
    expect(
      catalogFilterOf([
        { kind: ['Component', 'API'] },
        { kind: 'api', 'spec.lifecycle': 'production' },
        { kind: ['API', 'Resource'] },
      ]),
    ).toEqual([{ kind: ['Component', 'API'] }, { kind: ['API', 'Resource'] }]);
  });

  it('keeps filters on other keys, and narrower filters that are not covered', () => {
    const filters: EntityFilter[] = [
      { kind: 'Component', 'spec.type': 'service' },
      { kind: 'Component', 'spec.lifecycle': 'production' },
      { 'metadata.namespace': 'payments' },
    ];
    expect(catalogFilterOf(filters)).toEqual(filters);
  });
});
