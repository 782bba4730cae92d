/**
 * Wording and comparisons shared by the built-in check types, so that their messages read
 * alike and compare alike.
 */

/** A noun in both numbers, such as `link of type runbook` / `links of type runbook`. */
export interface Noun {
  one: string;
  many: string;
}

/** `no links`, `1 link`, `3 links`. */
export function countOf(count: number, noun: Noun): string {
  if (count === 0) {
    return `no ${noun.many}`;
  }
  return `${count} ${count === 1 ? noun.one : noun.many}`;
}

/**
 * Whether two texts are equal ignoring case, as the catalog compares kinds, lifecycles and
 * its filters: people write `Service`, `service` and `SERVICE` and mean the same thing.
 *
 * `toLowerCase()` maps as the catalog's `toLocaleLowerCase('en-US')` does (English has no
 * casing rules of its own), and returns a text that is lowercase already without copying
 * it; with a locale, every call allocated (a whole-catalog evaluation compares about a
 * million times).
 */
export function equalsIgnoringCase(a: string, b: string): boolean {
  return a === b || a.toLowerCase() === b.toLowerCase();
}

/** Whether a text contains another, ignoring case. */
export function containsIgnoringCase(text: string, part: string): boolean {
  return text.toLowerCase().includes(part.toLowerCase());
}

// Long values (a pasted description, say) would drown the message; the facts
// keep the whole value.
const MAX_SHOWN_LENGTH = 80;

function shorten(text: string): string {
  return text.length > MAX_SHOWN_LENGTH
    ? `${text.slice(0, MAX_SHOWN_LENGTH)}…`
    : text;
}

/**
 * Shows a value in a message: a string quoted (quotes and line breaks escaped), anything
 * else as JSON, so that `"3"` and `3` read differently.
 */
export function quote(value: unknown): string {
  return typeof value === 'string'
    ? JSON.stringify(shorten(value))
    : shorten(JSON.stringify(value));
}

/** `a, b and c` or `a, b or c`. */
export function joinList(
  items: readonly string[],
  conjunction: 'and' | 'or',
): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} ${conjunction} ${
        items[items.length - 1]
      }`;
}

/** `"a", "b" and "c"`: values shown with {@link quote}, for a message. */
export function quoteAll(
  values: readonly unknown[],
  conjunction: 'and' | 'or',
): string {
  return joinList(values.map(quote), conjunction);
}
