import {
  NpsCounts,
  SurveyAnswer,
  SurveyComment,
} from '@paved-road/plugin-platform-products-common';

/** One user's answer about one entity in one period, as stored. */
export interface StoredSurveyAnswer {
  /** Lowercase full ref. */
  entityRef: string;
  /** Lowercase full ref of the signed-in user. */
  userRef: string;
  /** Period id, such as `2026-Q4`. */
  period: string;
  score: number;
  comment: string | null;
  answeredAt: Date;
}

/** Developer-satisfaction survey answers: one per user, entity and period. */
export interface SurveyStore {
  /** Stores an answer, replacing the user's earlier answer about the entity in that period. */
  saveAnswer(answer: StoredSurveyAnswer): Promise<{ replaced: boolean }>;

  /** The user's answer about the entity in the period. */
  getAnswer(
    entityRef: string,
    period: string,
    userRef: string,
  ): Promise<SurveyAnswer | undefined>;

  /** Answers by NPS category for each of these periods of one entity; periods without answers are left out. */
  countByPeriod(
    entityRef: string,
    periods: string[],
  ): Promise<Map<string, NpsCounts>>;

  /** Answers by NPS category of several entities in one period, by entity ref. */
  countByEntity(
    entityRefs: string[],
    period: string,
  ): Promise<Map<string, NpsCounts>>;

  /** The latest answers with a comment, newest first. */
  recentComments(entityRef: string, limit: number): Promise<SurveyComment[]>;
}
