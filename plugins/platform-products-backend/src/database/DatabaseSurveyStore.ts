import {
  NpsCounts,
  SurveyAnswer,
  SurveyComment,
} from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { lowerRef } from '../entityRefs';
import { inBatches } from './batches';
import { migrateDatabase } from './migrateDatabase';
import { DbTimestamp, toIsoTimestamp, toNumber } from './rows';
import { StoredSurveyAnswer, SurveyStore } from './SurveyStore';

const TABLE = 'survey_responses';
const COUNTS_TABLE = 'survey_score_counts';

interface AnswerRow {
  entity_ref: string;
  user_ref: string;
  period: string;
  score: number | string;
  comment: string | null;
  answered_at: DbTimestamp;
}

interface CountRow {
  key: string;
  promoters: number | string | null;
  passives: number | string | null;
  detractors: number | string | null;
}

function toCounts(row: CountRow): NpsCounts {
  return {
    promoters: toNumber(row.promoters),
    passives: toNumber(row.passives),
    detractors: toNumber(row.detractors),
  };
}

/** The knex implementation of {@link SurveyStore}, for SQLite and PostgreSQL alike. */
export class DatabaseSurveyStore implements SurveyStore {
  static async create(options: {
    knex: Knex;
    skipMigrations?: boolean;
  }): Promise<DatabaseSurveyStore> {
    if (!options.skipMigrations) {
      await migrateDatabase(options.knex);
    }
    return new DatabaseSurveyStore(options.knex);
  }

  private constructor(private readonly db: Knex) {}

  /** Counts per NPS category from the per-score counts: at most 11 rows per period. */
  private countColumns(key: string) {
    return [
      this.db.raw('?? as ??', [key, 'key']),
      this.db.raw(
        'sum(case when score >= 9 then responses else 0 end) as ??',
        'promoters',
      ),
      this.db.raw(
        'sum(case when score >= 7 and score <= 8 then responses else 0 end) as ??',
        'passives',
      ),
      this.db.raw(
        'sum(case when score <= 6 then responses else 0 end) as ??',
        'detractors',
      ),
    ];
  }

  /** Adds `delta` answers of a score to the counts, in the answer's transaction. */
  private async addToCount(
    trx: Knex.Transaction,
    key: { entity_ref: string; period: string },
    score: number,
    delta: number,
  ) {
    await trx(COUNTS_TABLE)
      .insert({ ...key, score, responses: delta })
      .onConflict(['entity_ref', 'period', 'score'])
      .merge({
        responses: trx.raw('?? + ?', [`${COUNTS_TABLE}.responses`, delta]),
      });
  }

  async saveAnswer(answer: StoredSurveyAnswer): Promise<{ replaced: boolean }> {
    const key = {
      entity_ref: lowerRef(answer.entityRef),
      period: answer.period,
      user_ref: lowerRef(answer.userRef),
    };
    return this.db.transaction(async trx => {
      // Read for update: a concurrent replacement of the same answer waits for this one, so
      // the counts move from the score this transaction saw (SQLite writes one at a time).
      const existing = await trx(TABLE).where(key).forUpdate().first('score');
      await trx(TABLE)
        .insert({
          ...key,
          score: answer.score,
          comment: answer.comment,
          answered_at: answer.answeredAt,
        })
        .onConflict(['entity_ref', 'period', 'user_ref'])
        .merge(['score', 'comment', 'answered_at']);
      const counted = { entity_ref: key.entity_ref, period: key.period };
      if (existing !== undefined) {
        await this.addToCount(trx, counted, toNumber(existing.score), -1);
      }
      await this.addToCount(trx, counted, answer.score, 1);
      return { replaced: existing !== undefined };
    });
  }

  async getAnswer(
    entityRef: string,
    period: string,
    userRef: string,
  ): Promise<SurveyAnswer | undefined> {
    const row = await this.db<AnswerRow>(TABLE)
      .where({
        entity_ref: lowerRef(entityRef),
        period,
        user_ref: lowerRef(userRef),
      })
      .first();
    return row
      ? {
          period: row.period,
          score: toNumber(row.score),
          comment: row.comment,
          answeredAt: toIsoTimestamp(row.answered_at),
        }
      : undefined;
  }

  async countByPeriod(
    entityRef: string,
    periods: string[],
  ): Promise<Map<string, NpsCounts>> {
    const rows: CountRow[] = await this.db(COUNTS_TABLE)
      .select(this.countColumns('period'))
      .where('entity_ref', lowerRef(entityRef))
      .whereIn('period', periods)
      .groupBy('period');
    return new Map(rows.map(row => [row.key, toCounts(row)]));
  }

  async countByEntity(
    entityRefs: string[],
    period: string,
  ): Promise<Map<string, NpsCounts>> {
    const counts = new Map<string, NpsCounts>();
    for (const refs of inBatches(entityRefs.map(lowerRef), 500)) {
      const rows: CountRow[] = await this.db(COUNTS_TABLE)
        .select(this.countColumns('entity_ref'))
        .whereIn('entity_ref', refs)
        .andWhere('period', period)
        .groupBy('entity_ref');
      rows.forEach(row => counts.set(row.key, toCounts(row)));
    }
    return counts;
  }

  async recentComments(
    entityRef: string,
    limit: number,
  ): Promise<SurveyComment[]> {
    const rows = await this.db<AnswerRow>(TABLE)
      .select('score', 'comment', 'period', 'answered_at')
      .where('entity_ref', lowerRef(entityRef))
      .whereNotNull('comment')
      .orderBy('answered_at', 'desc')
      .limit(limit);
    return rows.map(row => ({
      score: toNumber(row.score),
      comment: row.comment!,
      period: row.period,
      answeredAt: toIsoTimestamp(row.answered_at),
    }));
  }
}
