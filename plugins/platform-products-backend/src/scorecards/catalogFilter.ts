import { EntityFilter } from '@paved-road/plugin-platform-products-common';

function lowerValues(value: string | string[]): Set<string> {
  return new Set([value].flat().map(v => v.toLocaleLowerCase('en-US')));
}

/**
 * Whether every entity that matches `narrow` also matches `wide`: each key of `wide` is in
 * `narrow`, with values among those `wide` accepts (keys and values compared as the
 * catalog does, values ignoring case).
 */
function isWithin(narrow: EntityFilter, wide: EntityFilter): boolean {
  return Object.entries(wide).every(([key, values]) => {
    if (!(key in narrow)) {
      return false;
    }
    const accepted = lowerValues(values);
    return [...lowerValues(narrow[key])].every(value => accepted.has(value));
  });
}

/**
 * The catalog filter that reads every entity some scorecard may apply to: the scorecards'
 * filters OR-ed, without those another one covers (`{ kind: Component }` covers
 * `{ kind: Component, spec.type: service }`), since the catalog checks each alternative
 * on every page it serves. Undefined, no filter at all, when a scorecard applies to every
 * entity.
 */
export function catalogFilterOf(
  filters: EntityFilter[],
): EntityFilter[] | undefined {
  if (filters.length === 0 || filters.some(f => Object.keys(f).length === 0)) {
    return undefined;
  }
  return filters.filter(
    (filter, index) =>
      !filters.some(
        (other, otherIndex) =>
          otherIndex !== index &&
          isWithin(filter, other) &&
          // Of two filters that cover each other, the first stays.
          (otherIndex < index || !isWithin(other, filter)),
      ),
  );
}
