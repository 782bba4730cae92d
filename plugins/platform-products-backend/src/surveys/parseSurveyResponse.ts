import { InputError } from '@backstage/errors';
import { SURVEY_COMMENT_MAX_LENGTH } from '@paved-road/plugin-platform-products-common';

/** A validated survey answer body. */
export interface SurveyResponseInput {
  score: number;
  comment: string | null;
}

// Control characters other than tab and line breaks have no place in a comment; they are
// dropped rather than refused, as pasted text carries them by accident.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Validates a `PUT …/survey/response` body: an integer score 0–10 and an optional plain-text
 * comment. Other fields (such as a user) are ignored: the respondent is the caller.
 */
export function parseSurveyResponse(body: unknown): SurveyResponseInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError('The body must be an object with a score');
  }
  const { score, comment } = body as Record<string, unknown>;
  if (
    typeof score !== 'number' ||
    !Number.isInteger(score) ||
    score < 0 ||
    score > 10
  ) {
    throw new InputError(
      `score must be a whole number from 0 to 10, got ${JSON.stringify(
        score ?? null,
      )}`,
    );
  }
  if (comment === undefined || comment === null) {
    return { score, comment: null };
  }
  if (typeof comment !== 'string') {
    throw new InputError('comment must be a string');
  }
  const text = comment.replace(CONTROL_CHARACTERS, '').trim();
  if (text.length > SURVEY_COMMENT_MAX_LENGTH) {
    throw new InputError(
      `comment must be at most ${SURVEY_COMMENT_MAX_LENGTH} characters, got ${text.length}`,
    );
  }
  return { score, comment: text === '' ? null : text };
}
