import {
  AdoptionHistoryPoint,
  AdoptionSummary,
} from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { lowerRef } from '../entityRefs';
import { AdoptionStore, StoredProductAdoption } from './AdoptionStore';
import { inBatches } from './batches';
import { migrateDatabase } from './migrateDatabase';
import { DbTimestamp, toIsoTimestamp, toNumber } from './rows';

const CURRENT_TABLE = 'product_adoption';
const HISTORY_TABLE = 'product_adoption_history';
/** Under SQLite's bound-parameter limit with the widest row (8 columns). */
const ROWS_PER_INSERT = 100;

interface CurrentRow {
  product_ref: string;
  adopters: number | string;
  population: number | string;
  target: number | string | null;
  teams_adopting: number | string;
  teams_total: number | string;
  computed_at: DbTimestamp;
  detail: string;
}

interface HistoryRow {
  product_ref: string;
  day: string;
  adopters: number | string;
  population: number | string;
  teams_adopting: number | string;
}

/** What the `detail` column holds: everything but the headline figures. */
type Detail = Pick<
  StoredProductAdoption,
  'population' | 'adopters' | 'teams' | 'timeToMarket'
>;

function rateOf(adopters: number, population: number): number | null {
  return population > 0 ? adopters / population : null;
}

function summaryOf(row: CurrentRow): AdoptionSummary {
  const adopters = toNumber(row.adopters);
  const population = toNumber(row.population);
  const target = row.target === null ? null : toNumber(row.target);
  const rate = rateOf(adopters, population);
  const gap =
    target === null || rate === null ? null : Math.max(0, target - rate);
  return {
    adopters,
    population,
    rate,
    target,
    gap,
    belowTarget: gap !== null && gap > 0,
    teamsAdopting: toNumber(row.teams_adopting),
    teamsTotal: toNumber(row.teams_total),
    computedAt: toIsoTimestamp(row.computed_at),
  };
}

/** The knex implementation of {@link AdoptionStore}, for SQLite and PostgreSQL alike. */
export class DatabaseAdoptionStore implements AdoptionStore {
  static async create(options: {
    knex: Knex;
    skipMigrations?: boolean;
  }): Promise<DatabaseAdoptionStore> {
    if (!options.skipMigrations) {
      await migrateDatabase(options.knex);
    }
    return new DatabaseAdoptionStore(options.knex);
  }

  private constructor(private readonly db: Knex) {}

  async replaceAdoption(adoptions: StoredProductAdoption[]): Promise<void> {
    const current = adoptions.map(a => {
      const detail: Detail = {
        population: a.population,
        adopters: a.adopters,
        teams: a.teams,
        timeToMarket: a.timeToMarket,
      };
      return {
        product_ref: lowerRef(a.productRef),
        adopters: a.summary.adopters,
        population: a.summary.population,
        target: a.summary.target,
        teams_adopting: a.summary.teamsAdopting,
        teams_total: a.summary.teamsTotal,
        computed_at: new Date(a.summary.computedAt),
        detail: JSON.stringify(detail),
      };
    });
    const history = adoptions.map(a => ({
      product_ref: lowerRef(a.productRef),
      day: a.summary.computedAt.slice(0, 10),
      adopters: a.summary.adopters,
      population: a.summary.population,
      teams_adopting: a.summary.teamsAdopting,
    }));
    await this.db.transaction(async trx => {
      // All products at once, so a reader sees one run or the other, never a mix.
      await trx(CURRENT_TABLE).delete();
      for (const batch of inBatches(current, ROWS_PER_INSERT)) {
        await trx(CURRENT_TABLE).insert(batch);
      }
      for (const batch of inBatches(history, ROWS_PER_INSERT)) {
        await trx(HISTORY_TABLE)
          .insert(batch)
          .onConflict(['product_ref', 'day'])
          .merge(['adopters', 'population', 'teams_adopting']);
      }
    });
  }

  async getAdoption(
    productRef: string,
  ): Promise<StoredProductAdoption | undefined> {
    const row = await this.db<CurrentRow>(CURRENT_TABLE)
      .where({ product_ref: lowerRef(productRef) })
      .first();
    if (!row) {
      return undefined;
    }
    const detail = JSON.parse(row.detail) as Detail;
    return { productRef: row.product_ref, summary: summaryOf(row), ...detail };
  }

  async getSummaries(
    productRefs: string[],
  ): Promise<Map<string, AdoptionSummary>> {
    const summaries = new Map<string, AdoptionSummary>();
    for (const refs of inBatches(productRefs.map(lowerRef), 500)) {
      // Not the detail column: the products list needs only the figures.
      const rows = await this.db<CurrentRow>(CURRENT_TABLE)
        .select(
          'product_ref',
          'adopters',
          'population',
          'target',
          'teams_adopting',
          'teams_total',
          'computed_at',
        )
        .whereIn('product_ref', refs);
      for (const row of rows) {
        summaries.set(row.product_ref, summaryOf(row as CurrentRow));
      }
    }
    return summaries;
  }

  async getHistory(
    productRef: string,
    fromDay: string,
  ): Promise<AdoptionHistoryPoint[]> {
    const rows = await this.db<HistoryRow>(HISTORY_TABLE)
      .where({ product_ref: lowerRef(productRef) })
      .andWhere('day', '>=', fromDay)
      .orderBy('day', 'asc');
    return rows.map(row => {
      const adopters = toNumber(row.adopters);
      const population = toNumber(row.population);
      return {
        day: row.day,
        adopters,
        population,
        rate: rateOf(adopters, population),
        teamsAdopting: toNumber(row.teams_adopting),
      };
    });
  }
}
