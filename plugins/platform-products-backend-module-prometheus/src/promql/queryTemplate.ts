/**
 * The placeholders a query template may use.
 *
 * - `selector`: the entity's label matchers (`job="checkout"`), without braces.
 * - `window`: the bucket length as a PromQL duration (`1m`).
 * - `threshold`: latency objectives, the bound in seconds as written in an
 *   `le` label (`0.3` for 300ms).
 */
export type QueryPlaceholder = 'selector' | 'window' | 'threshold';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN: ReadonlySet<string> = new Set<QueryPlaceholder>([
  'selector',
  'window',
  'threshold',
]);

/** The placeholders a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) {
    names.add(match[1]);
  }
  return [...names];
}

/**
 * Checks a template once, at start-up: every placeholder must be known and
 * allowed here, and the required ones must be there. Returns a reason, or
 * `undefined` when the template is fine.
 */
export function checkQueryTemplate(
  template: string,
  options: {
    allowed: readonly QueryPlaceholder[];
    required: readonly QueryPlaceholder[];
  },
): string | undefined {
  if (!template.trim()) {
    return 'is empty; expected a PromQL expression';
  }
  const used = placeholdersOf(template);
  const unknown = used.filter(
    name => !KNOWN.has(name) || !options.allowed.includes(name as any),
  );
  if (unknown.length > 0) {
    return `uses ${unknown
      .map(name => `{{${name}}}`)
      .join(', ')}, which is not a placeholder here; use ${options.allowed
      .map(name => `{{${name}}}`)
      .join(', ')}`;
  }
  const missing = options.required.filter(name => !used.includes(name));
  if (missing.length > 0) {
    return `does not use ${missing
      .map(name => `{{${name}}}`)
      .join(
        ', ',
      )}; without it the query would not match the bucket being asked for`;
  }
  return undefined;
}

/**
 * Replaces the placeholders of a checked template with their values.
 */
export function renderQueryTemplate(
  template: string,
  values: Partial<Record<QueryPlaceholder, string>>,
): string {
  return template.replace(PLACEHOLDER, (text, name: string) => {
    const value = values[name as QueryPlaceholder];
    if (value === undefined) {
      throw new Error(`The query template has no value for ${text}`);
    }
    return value;
  });
}
