/**
 * How long one survey answer lasts: each user answers once per entity per period.
 *
 * @public
 */
export type SurveyPeriodUnit = 'month' | 'quarter' | 'half-year' | 'year';

/**
 * The NPS figures of a set of answers.
 *
 * @public
 */
export interface NpsSummary {
  /** Answers 9–10. */
  promoters: number;
  /** Answers 7–8. */
  passives: number;
  /** Answers 0–6. */
  detractors: number;
  /** All answers. */
  responses: number;
  /** % promoters − % detractors, −100…100; null without answers. */
  nps: number | null;
  /**
   * Half-width of the 95% confidence interval of the NPS, in NPS points; null with fewer
   * than two answers.
   */
  marginOfError: number | null;
}

/**
 * The NPS of one survey period.
 *
 * @public
 */
export interface SurveyPeriodSummary extends NpsSummary {
  /** Period id: `2026-11` (month), `2026-Q4`, `2026-H2`, `2026` (year). */
  period: string;
  /** First instant of the period (ISO 8601, UTC). */
  start: string;
  /** First instant after the period. */
  end: string;
}

/**
 * A comment left with an answer. Respondents stay anonymous in the summary.
 *
 * @public
 */
export interface SurveyComment {
  score: number;
  /** Plain text as written. */
  comment: string;
  period: string;
  answeredAt: string;
}

/**
 * One user's answer for one entity and period.
 *
 * @public
 */
export interface SurveyAnswer {
  period: string;
  /** 0–10. */
  score: number;
  comment: string | null;
  answeredAt: string;
}

/**
 * `PUT /entities/:kind/:namespace/:name/survey/response` body. The respondent is the
 * signed-in user; any identity in the body is ignored.
 *
 * @public
 */
export interface SurveyResponseRequest {
  /** An integer 0–10. */
  score: number;
  /** Optional plain text, at most {@link SURVEY_COMMENT_MAX_LENGTH} characters. */
  comment?: string;
}

/**
 * Longest comment accepted with a survey answer, in characters.
 *
 * @public
 */
export const SURVEY_COMMENT_MAX_LENGTH = 2000;

/**
 * `PUT /entities/:kind/:namespace/:name/survey/response` response.
 *
 * @public
 */
export interface SurveyResponseResponse {
  entityRef: string;
  answer: SurveyAnswer;
  /** True when this replaced the caller's earlier answer in the same period. */
  replaced: boolean;
}

/**
 * `GET /entities/:kind/:namespace/:name/survey`.
 *
 * @public
 */
export interface SurveySummaryResponse {
  entityRef: string;
  /** The question asked, with the entity's title or name. */
  question: string;
  periodUnit: SurveyPeriodUnit;
  /** The current period. */
  current: SurveyPeriodSummary;
  /** Periods with answers and the current one, oldest first, at most the last 8. */
  history: SurveyPeriodSummary[];
  /** The latest comments, newest first, at most 10. */
  recentComments: SurveyComment[];
  /** The caller's answer in the current period; null when they have not answered. */
  myAnswer: SurveyAnswer | null;
}
