import { SlaSelector } from '@paved-road/plugin-platform-products-common';

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const OPERATORS = new Set(['=', '!=', '=~', '!~']);

// Backslash and quote would end or break the string; line breaks and other
// control characters are written as escapes so that the query stays one line.
function escapeCharacter(char: string): string {
  switch (char) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  }
}

/**
 * Writes a string as a PromQL double-quoted string literal.
 */
export function quotePromQlString(value: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${value.replace(/[\\"\u0000-\u001f\u007f]/g, escapeCharacter)}"`;
}

/**
 * Writes an entity's label matchers back as PromQL, comma-separated and
 * without braces (`job="checkout",env!~"dev|test"`), for `{{selector}}`.
 *
 * It is rendered from the parsed matchers rather than pasted from the
 * annotation, so that whatever a value holds (quotes, backslashes, line
 * breaks) it cannot end the string and change the query.
 */
export function renderSelector(selector: SlaSelector): string {
  return selector.matchers
    .map(matcher => {
      if (!LABEL_NAME.test(matcher.name)) {
        throw new Error(
          `The label name ${JSON.stringify(
            matcher.name,
          )} in paved-road.io/sla-selector is not a Prometheus label name`,
        );
      }
      if (!OPERATORS.has(matcher.operator)) {
        throw new Error(
          `The operator ${JSON.stringify(
            matcher.operator,
          )} in paved-road.io/sla-selector is not one of =, !=, =~, !~`,
        );
      }
      return `${matcher.name}${matcher.operator}${quotePromQlString(
        matcher.value,
      )}`;
    })
    .join(',');
}
