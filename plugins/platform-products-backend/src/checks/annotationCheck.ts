import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import {
  readOptionalRegExp,
  readOptionalString,
  readString,
  rejectCombinedParams,
  rejectUnknownParams,
} from './params';
import { equalsIgnoringCase, quote } from './text';
import { failed, passed, Verdict } from './verdict';

/** Params of the `annotation` check type. */
export interface AnnotationCheckParams {
  /** The annotation key, such as `backstage.io/techdocs-ref`. */
  key: string;
  /** The value the annotation must have, compared ignoring case. */
  equals?: string;
  /** A pattern the value must match (`RegExp.test`: anchor it for a whole-value match). */
  matches?: RegExp;
}

function parseAnnotationParams(params: JsonObject): AnnotationCheckParams {
  rejectUnknownParams(params, ['key', 'equals', 'matches']);
  // Both at once would either repeat or contradict each other.
  rejectCombinedParams(params, ['equals', 'matches']);
  return {
    key: readString(params, 'key'),
    equals: readOptionalString(params, 'equals'),
    matches: readOptionalRegExp(params, 'matches'),
  };
}

function judgeValue(value: string, params: AnnotationCheckParams): Verdict {
  const { key, equals, matches } = params;
  if (equals !== undefined) {
    return equalsIgnoringCase(value, equals)
      ? passed(`Annotation ${key} is ${quote(value)}`)
      : failed(
          `Annotation ${key} is ${quote(value)}; expected ${quote(equals)}`,
        );
  }
  if (matches !== undefined) {
    return matches.test(value)
      ? passed(`Annotation ${key} is ${quote(value)}`)
      : failed(
          `Annotation ${key} is ${quote(value)}, which does not match /${
            matches.source
          }/`,
        );
  }
  return passed(`Has annotation ${key}`);
}

function judgeAnnotation(
  value: string | undefined,
  params: AnnotationCheckParams,
): Verdict {
  if (value === undefined) {
    return failed(`Missing annotation ${params.key}`);
  }
  // An empty value points nowhere (`backstage.io/techdocs-ref: ""`), so it is no better
  // than a missing one.
  if (value.trim() === '') {
    return failed(`Annotation ${params.key} is empty`);
  }
  return judgeValue(value, params);
}

function evaluateAnnotation(
  entity: Entity,
  params: AnnotationCheckParams,
): CheckOutcome {
  const value = entity.metadata.annotations?.[params.key];
  return {
    ...judgeAnnotation(value, params),
    facts: { value: value ?? null },
  };
}

/**
 * `annotation`: the entity has an annotation, optionally with a given value or one
 * matching a pattern.
 */
export const annotationCheckType: ScorecardCheckType<AnnotationCheckParams> = {
  type: 'annotation',
  description:
    'Passes when the entity has the annotation params.key, optionally equal to params.equals (ignoring case) or matching the regular expression params.matches.',
  parseParams: parseAnnotationParams,
  evaluate: ({ entity, params }) => evaluateAnnotation(entity, params),
};
