/**
 * Why an annotation value was not understood.
 *
 * @public
 */
export type AnnotationProblem = {
  /** The annotation key, such as `paved-road.io/sla-availability`. */
  annotation: string;
  /** The value as written. */
  value: string;
  /**
   * A sentence for people: names the annotation, quotes the value and says
   * what was expected.
   */
  message: string;
};

/**
 * What an annotation parser returns: the parsed value, or the problem with
 * it. Parsers return problems rather than throw, because annotations are
 * written by people and one typo must not break a page.
 *
 * @public
 */
export type AnnotationResult<T> =
  | { ok: true; value: T }
  | { ok: false; problem: AnnotationProblem };

/** A failed {@link AnnotationResult}, assignable to any `AnnotationResult<T>`. */
export type AnnotationFailure = { ok: false; problem: AnnotationProblem };

// Long values (a pasted file, say) would drown the message; the problem keeps
// the whole value in its `value` field.
const MAX_QUOTED_LENGTH = 120;

/** Quotes a value for a message, escaping quotes and line breaks. */
export function quoteAnnotationValue(value: string): string {
  const shown =
    value.length > MAX_QUOTED_LENGTH
      ? `${value.slice(0, MAX_QUOTED_LENGTH)}…`
      : value;
  return JSON.stringify(shown);
}

// Enough for any real part of a value; the whole value is quoted already.
const MAX_EXCERPT_LENGTH = 40;

/** A part of a value, shortened for a message that already quotes the value. */
export function excerpt(text: string): string {
  return text.length > MAX_EXCERPT_LENGTH
    ? `${text.slice(0, MAX_EXCERPT_LENGTH)}…`
    : text;
}

/** A successful {@link AnnotationResult}. */
export function annotationValue<T>(value: T): AnnotationResult<T> {
  return { ok: true, value };
}

/**
 * The problem with an annotation value, as
 * `<annotation>: "<value>" <description>`; the description says what is wrong
 * and what was expected.
 */
export function annotationProblem(
  annotation: string,
  value: string,
  description: string,
): AnnotationProblem {
  return {
    annotation,
    value,
    message: `${annotation}: ${quoteAnnotationValue(value)} ${description}`,
  };
}

/** A failed {@link AnnotationResult} with {@link annotationProblem}. */
export function annotationFailure(
  annotation: string,
  value: string,
  description: string,
): AnnotationFailure {
  return {
    ok: false,
    problem: annotationProblem(annotation, value, description),
  };
}
