import { Entity } from '@backstage/catalog-model';
import { EntityFilter } from './types';

function valuesAt(entity: Entity, path: string): string[] {
  let current: unknown = entity;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') {
      return [];
    }
    current = (current as Record<string, unknown>)[part];
  }
  const values = Array.isArray(current) ? current : [current];
  return values
    .filter(v => ['string', 'number', 'boolean'].includes(typeof v))
    .map(v => String(v).toLowerCase());
}

/**
 * Whether an entity matches a catalog filter: every key must match one of its values,
 * case-insensitively, as the catalog's own filters do (its `toLocaleLowerCase('en-US')`
 * maps as `toLowerCase()`, which does not copy a text that is lowercase already). A list
 * field (such as `metadata.tags`) matches when it contains one of the values.
 *
 * @public
 */
export function matchesEntityFilter(
  entity: Entity,
  filter: EntityFilter,
): boolean {
  return Object.entries(filter).every(([path, expected]) => {
    const actual = valuesAt(entity, path);
    return [expected]
      .flat()
      .some(value => actual.includes(value.toLowerCase()));
  });
}
