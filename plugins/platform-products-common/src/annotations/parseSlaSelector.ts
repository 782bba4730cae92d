import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
  excerpt,
} from './AnnotationResult';

/**
 * A Prometheus label match operator.
 *
 * @public
 */
export type LabelMatchOperator = '=' | '!=' | '=~' | '!~';

/**
 * One Prometheus label matcher, such as `job="checkout"`.
 *
 * @public
 */
export type LabelMatcher = {
  name: string;
  operator: LabelMatchOperator;
  /** The value with escapes resolved (`a\"b` written gives `a"b`). */
  value: string;
};

/**
 * Label matchers that select an entity's series in the SLI source.
 *
 * @public
 */
export type SlaSelector = {
  matchers: LabelMatcher[];
  /**
   * The matchers re-written from their parsed form, comma-separated and
   * without braces, safe to place inside a PromQL `{…}`:
   * `job="checkout",env!="dev"`.
   */
  text: string;
};

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*/;
// Longest operators first, so that "=~" is not read as "=".
const OPERATORS: readonly LabelMatchOperator[] = ['=~', '!~', '!=', '='];

// The escapes PromQL double-quoted strings share with JSON and that people
// use. Others (\x.., \u...., octal) are valid PromQL but never needed here,
// and a lone "\." is a PromQL error, so they are refused with a hint.
const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\',
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
};

const UNESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
};

const EXAMPLE = 'job="checkout"';

type Scanned<T> =
  | { ok: true; value: T; end: number }
  | { ok: false; reason: string };

/**
 * Writes a label value as a PromQL double-quoted string.
 */
function quotePromQlString(value: string): string {
  return `"${value.replace(/[\\"\n\t\r]/g, char => UNESCAPES[char])}"`;
}

function skipWhitespace(text: string, position: number): number {
  let next = position;
  while (next < text.length && /\s/.test(text[next])) next++;
  return next;
}

/** Reads a double-quoted string starting at `start` (the opening quote). */
function scanQuotedValue(text: string, start: number): Scanned<string> {
  let value = '';
  for (let position = start + 1; position < text.length; position++) {
    const char = text[position];
    if (char === '"') {
      return { ok: true, value, end: position + 1 };
    }
    if (char === '\\') {
      const escaped = text[position + 1];
      if (escaped === undefined || !(escaped in ESCAPES)) {
        return {
          ok: false,
          reason: `has the unsupported escape \\${escaped ?? ''} at character ${
            position + 1
          }; write \\\\ for a backslash and \\" for a quote`,
        };
      }
      value += ESCAPES[escaped];
      position++;
      continue;
    }
    if (char < ' ') {
      return {
        ok: false,
        reason: `has a control character in a value at character ${
          position + 1
        }; write line breaks and tabs as \\n and \\t`,
      };
    }
    value += char;
  }
  return {
    ok: false,
    reason: `has a value that opens at character ${
      start + 1
    } but never closes with "`,
  };
}

function scanMatcher(text: string, start: number): Scanned<LabelMatcher> {
  const name = LABEL_NAME.exec(text.slice(start))?.[0];
  if (!name) {
    return {
      ok: false,
      reason: `has no label name at character ${
        start + 1
      }; expected a name of letters, digits and "_", such as ${EXAMPLE}`,
    };
  }
  let position = skipWhitespace(text, start + name.length);
  const operator = OPERATORS.find(op => text.startsWith(op, position));
  if (!operator) {
    return {
      ok: false,
      reason: `has no operator after the label ${excerpt(
        name,
      )}; expected =, !=, =~ or !~`,
    };
  }
  position = skipWhitespace(text, position + operator.length);
  if (text[position] !== '"') {
    return {
      ok: false,
      reason: `has no double-quoted value after ${excerpt(
        name,
      )}${operator}; expected one such as ${excerpt(
        name,
      )}${operator}"checkout"`,
    };
  }
  const value = scanQuotedValue(text, position);
  if (!value.ok) {
    return value;
  }
  return {
    ok: true,
    value: { name, operator, value: value.value },
    end: value.end,
  };
}

function scanMatchers(text: string): Scanned<LabelMatcher[]> {
  const matchers: LabelMatcher[] = [];
  let position = skipWhitespace(text, 0);
  for (;;) {
    const matcher = scanMatcher(text, position);
    if (!matcher.ok) {
      return matcher;
    }
    matchers.push(matcher.value);
    position = skipWhitespace(text, matcher.end);
    if (position === text.length) {
      return { ok: true, value: matchers, end: position };
    }
    if (text[position] !== ',') {
      return {
        ok: false,
        reason: `has ${JSON.stringify(text[position])} at character ${
          position + 1
        } where a comma between matchers was expected`,
      };
    }
    position = skipWhitespace(text, position + 1);
    if (position === text.length) {
      return { ok: false, reason: 'ends with a comma; remove it' };
    }
  }
}

/**
 * Reads Prometheus label matchers such as `job="checkout", env!~"dev|test"`:
 * comma-separated `name="value"`, `name!="value"`, `name=~"regex"` or
 * `name!~"regex"`, values in double quotes. The result is pasted into PromQL
 * queries, so anything else (braces, unquoted or single-quoted values,
 * trailing commas) is refused rather than guessed at. Regular expressions are
 * not checked here: Prometheus uses RE2, which JavaScript cannot compile.
 *
 * @public
 */
export function parseSlaSelector(
  annotation: string,
  raw: string,
): AnnotationResult<SlaSelector> {
  const text = raw.trim();
  if (!text) {
    return annotationFailure(
      annotation,
      raw,
      `is empty; expected one or more label matchers, such as ${EXAMPLE}`,
    );
  }
  if (text.startsWith('{') || text.endsWith('}')) {
    return annotationFailure(
      annotation,
      raw,
      `is not a valid label selector: write the matchers without braces, such as ${EXAMPLE}`,
    );
  }
  // Scans the value as written, so that character positions match it.
  const scanned = scanMatchers(raw);
  if (!scanned.ok) {
    return annotationFailure(
      annotation,
      raw,
      `is not a valid label selector: it ${scanned.reason}`,
    );
  }
  return annotationValue({
    matchers: scanned.value,
    text: scanned.value
      .map(m => `${m.name}${m.operator}${quotePromQlString(m.value)}`)
      .join(','),
  });
}
