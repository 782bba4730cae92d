import { MetricSeriesPoint } from '@paved-road/plugin-platform-products-common';

/** A validated metric point, ready to store. */
export interface StoredMetricPoint {
  /** Lowercase full ref. */
  entityRef: string;
  metric: string;
  /** Milliseconds since the epoch. */
  timestampMs: number;
  value: number;
}

/** Which points of one series to read. */
export interface MetricSeriesQuery {
  entityRef: string;
  metric: string;
  /** Inclusive. */
  from: Date;
  /** Inclusive. */
  to: Date;
  /** The latest this many points of the range. */
  limit: number;
}

/** Ingested metric points, keyed by entity, metric and timestamp. */
export interface MetricStore {
  /**
   * Stores points; a point whose entity, metric and timestamp are stored already replaces
   * the stored value, so a batch sent twice is stored once.
   */
  addPoints(points: StoredMetricPoint[]): Promise<void>;

  /** Points of one series, oldest first. */
  getSeries(query: MetricSeriesQuery): Promise<MetricSeriesPoint[]>;

  /** Every value of one metric in [from, to], by lowercase entity ref. */
  getValuesByEntity(
    metric: string,
    from: Date,
    to: Date,
  ): Promise<Map<string, number[]>>;
}
