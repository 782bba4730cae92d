import { MetricSeriesPoint } from '@paved-road/plugin-platform-products-common';
import { Knex } from 'knex';
import { lowerRef } from '../entityRefs';
import { inBatches, maxParamsOf } from './batches';
import { migrateDatabase } from './migrateDatabase';
import { toNumber } from './rows';
import {
  MetricSeriesQuery,
  MetricStore,
  StoredMetricPoint,
} from './MetricStore';

const TABLE = 'metric_points';
const KEY = ['entity_ref', 'metric', 'timestamp_ms'];
const COLUMNS_PER_ROW = 4;

interface PointRow {
  entity_ref: string;
  metric: string;
  timestamp_ms: number | string;
  value: number | string;
}

/** The knex implementation of {@link MetricStore}, for SQLite and PostgreSQL alike. */
export class DatabaseMetricStore implements MetricStore {
  static async create(options: {
    knex: Knex;
    skipMigrations?: boolean;
  }): Promise<DatabaseMetricStore> {
    if (!options.skipMigrations) {
      await migrateDatabase(options.knex);
    }
    return new DatabaseMetricStore(options.knex);
  }

  private readonly rowsPerInsert: number;

  private constructor(private readonly db: Knex) {
    this.rowsPerInsert = Math.floor(maxParamsOf(db) / COLUMNS_PER_ROW);
  }

  async addPoints(points: StoredMetricPoint[]): Promise<void> {
    // The same point twice in one statement: PostgreSQL refuses an upsert touching a row
    // twice, so the last one given wins here.
    const byKey = new Map<string, PointRow>();
    for (const point of points) {
      const row = {
        entity_ref: lowerRef(point.entityRef),
        metric: point.metric,
        timestamp_ms: point.timestampMs,
        value: point.value,
      };
      byKey.set(
        `${row.entity_ref}\u0000${row.metric}\u0000${row.timestamp_ms}`,
        row,
      );
    }
    await this.db.transaction(async trx => {
      for (const batch of inBatches([...byKey.values()], this.rowsPerInsert)) {
        await trx(TABLE).insert(batch).onConflict(KEY).merge(['value']);
      }
    });
  }

  async getSeries(query: MetricSeriesQuery): Promise<MetricSeriesPoint[]> {
    const rows = await this.db<PointRow>(TABLE)
      .select('timestamp_ms', 'value')
      .where({ entity_ref: lowerRef(query.entityRef), metric: query.metric })
      .andWhere('timestamp_ms', '>=', query.from.getTime())
      .andWhere('timestamp_ms', '<=', query.to.getTime())
      .orderBy('timestamp_ms', 'desc')
      .limit(query.limit);
    return rows.reverse().map(row => ({
      timestamp: new Date(toNumber(row.timestamp_ms)).toISOString(),
      value: toNumber(row.value),
    }));
  }

  async getValuesByEntity(
    metric: string,
    from: Date,
    to: Date,
  ): Promise<Map<string, number[]>> {
    const rows = await this.db<PointRow>(TABLE)
      .select('entity_ref', 'value')
      .where({ metric })
      .andWhere('timestamp_ms', '>=', from.getTime())
      .andWhere('timestamp_ms', '<=', to.getTime());
    const values = new Map<string, number[]>();
    for (const row of rows) {
      const list = values.get(row.entity_ref) ?? [];
      list.push(toNumber(row.value));
      values.set(row.entity_ref, list);
    }
    return values;
  }
}
