import {
  Adopter,
  AdoptionHistoryPoint,
  AdoptionSummary,
  AdoptionVia,
} from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { compareAdopters } from '../adoption/computeAdoption';
import { lowerRef } from '../entityRefs';
import {
  AdoptionStore,
  StoredAdoptedProduct,
  StoredProductAdoption,
} from './AdoptionStore';
import { IN_LIST_SIZE, inBatches, maxParamsOf } from './batches';
import { migrateDatabase } from './migrateDatabase';
import { DbTimestamp, toIsoTimestamp, toNumber } from './rows';

const CURRENT_TABLE = 'product_adoption';
const HISTORY_TABLE = 'product_adoption_history';
const ADOPTERS_TABLE = 'product_adopters';
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

interface AdopterRow {
  product_ref: string;
  adopter_ref: string;
  title: string | null;
  owner_ref: string | null;
  /** A boolean from pg, 0 or 1 from SQLite. */
  in_population: boolean | number;
  /** JSON array of {@link AdoptionVia}. */
  via: string;
}

const ADOPTER_COLUMNS = 6;

interface HistoryRow {
  product_ref: string;
  day: string;
  adopters: number | string;
  population: number | string;
  teams_adopting: number | string;
}

/**
 * What the `detail` column holds: everything but the headline figures and the adopters,
 * which have a table of their own.
 */
type Detail = Pick<
  StoredProductAdoption,
  'population' | 'teams' | 'timeToMarket'
>;

/** The figures of `product_adoption`, without its detail. */
const SUMMARY_COLUMNS = [
  'product_ref',
  'adopters',
  'population',
  'target',
  'teams_adopting',
  'teams_total',
  'computed_at',
] as const;

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

function adopterOf(row: AdopterRow): Adopter {
  return {
    entityRef: row.adopter_ref,
    ...(row.title !== null && { title: row.title }),
    ownerRef: row.owner_ref,
    via: JSON.parse(row.via) as AdoptionVia[],
    inPopulation: Boolean(row.in_population),
  };
}

function historyPointOf(row: HistoryRow): AdoptionHistoryPoint {
  const adopters = toNumber(row.adopters);
  const population = toNumber(row.population);
  return {
    day: row.day,
    adopters,
    population,
    rate: rateOf(adopters, population),
    teamsAdopting: toNumber(row.teams_adopting),
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
    const adopters = adoptions.flatMap(a =>
      a.adopters.map(adopter => ({
        product_ref: lowerRef(a.productRef),
        adopter_ref: lowerRef(adopter.entityRef),
        title: adopter.title ?? null,
        owner_ref: adopter.ownerRef,
        in_population: adopter.inPopulation,
        via: JSON.stringify(adopter.via),
      })),
    );
    const history = adoptions.map(a => ({
      product_ref: lowerRef(a.productRef),
      day: a.summary.computedAt.slice(0, 10),
      adopters: a.summary.adopters,
      population: a.summary.population,
      teams_adopting: a.summary.teamsAdopting,
    }));
    await this.db.transaction(async trx => {
      // All products at once, so a reader sees one run or the other, never a mix.
      await trx(ADOPTERS_TABLE).delete();
      await trx(CURRENT_TABLE).delete();
      for (const batch of inBatches(current, ROWS_PER_INSERT)) {
        await trx(CURRENT_TABLE).insert(batch);
      }
      const adoptersPerInsert = Math.floor(maxParamsOf(trx) / ADOPTER_COLUMNS);
      for (const batch of inBatches(adopters, adoptersPerInsert)) {
        await trx(ADOPTERS_TABLE).insert(batch);
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
    const ref = lowerRef(productRef);
    const [row, adopterRows] = await Promise.all([
      this.db<CurrentRow>(CURRENT_TABLE).where({ product_ref: ref }).first(),
      this.db<AdopterRow>(ADOPTERS_TABLE).where({ product_ref: ref }),
    ]);
    if (!row) {
      return undefined;
    }
    const { population, teams, timeToMarket } = JSON.parse(
      row.detail,
    ) as Detail;
    return {
      productRef: row.product_ref,
      summary: summaryOf(row),
      population,
      // Sorted here rather than by SQL: the databases' collations order refs differently.
      adopters: adopterRows.map(adopterOf).sort(compareAdopters),
      teams,
      timeToMarket,
    };
  }

  async getSummaries(
    productRefs: string[],
  ): Promise<Map<string, AdoptionSummary>> {
    const summaries = new Map<string, AdoptionSummary>();
    for (const refs of inBatches(productRefs.map(lowerRef), IN_LIST_SIZE)) {
      // Not the detail column: the products list needs only the figures.
      const rows = await this.db<CurrentRow>(CURRENT_TABLE)
        .select(...SUMMARY_COLUMNS)
        .whereIn('product_ref', refs);
      for (const row of rows) {
        summaries.set(row.product_ref, summaryOf(row as CurrentRow));
      }
    }
    return summaries;
  }

  async getAdoptedProducts(
    adopterRef: string,
  ): Promise<StoredAdoptedProduct[]> {
    // One indexed read by adopter, joined with the figures of each product it adopts.
    const rows = await this.db(`${ADOPTERS_TABLE} as a`)
      .join(`${CURRENT_TABLE} as p`, 'p.product_ref', 'a.product_ref')
      .where('a.adopter_ref', lowerRef(adopterRef))
      .select(
        'a.via',
        'a.in_population',
        ...SUMMARY_COLUMNS.map(column => `p.${column}`),
      );
    return rows.map((row: CurrentRow & AdopterRow) => ({
      productRef: row.product_ref,
      via: JSON.parse(row.via) as AdoptionVia[],
      inPopulation: Boolean(row.in_population),
      summary: summaryOf(row),
    }));
  }

  async hasAdoption(): Promise<boolean> {
    return (await this.db(CURRENT_TABLE).first('product_ref')) !== undefined;
  }

  async getHistories(
    productRefs: string[],
    fromDay: string,
  ): Promise<Map<string, AdoptionHistoryPoint[]>> {
    const histories = new Map<string, AdoptionHistoryPoint[]>();
    // One statement for up to IN_LIST_SIZE products (the products list has at most 500).
    for (const refs of inBatches(productRefs.map(lowerRef), IN_LIST_SIZE)) {
      const rows = await this.db<HistoryRow>(HISTORY_TABLE)
        .whereIn('product_ref', refs)
        .andWhere('day', '>=', fromDay)
        .orderBy([
          { column: 'product_ref', order: 'asc' },
          { column: 'day', order: 'asc' },
        ]);
      for (const row of rows) {
        const points = histories.get(row.product_ref) ?? [];
        points.push(historyPointOf(row));
        histories.set(row.product_ref, points);
      }
    }
    return histories;
  }
}
