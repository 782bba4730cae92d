import { MaintenanceRule } from '../annotations/maintenance/MaintenanceRule';
import { maintenanceWindowsBetween } from '../annotations/maintenance/maintenanceWindowsBetween';

/**
 * How far past the end of a range maintenance windows are looked up, for
 * buckets that start in the range and end after it (no bucket is longer).
 */
const MAINTENANCE_LOOKAHEAD_MS = 24 * 60 * 60 * 1000;

/**
 * The maintenance windows of a range, asked about buckets in order of their
 * start. Keeps a cursor, so a pass over sorted buckets costs one step per
 * bucket and window, and allocates nothing per bucket.
 */
export class MaintenanceMask {
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private cursor = 0;

  /**
   * The windows of `rule` overlapping `[from, to)`; none without a rule.
   * `to` should reach past the end of the last bucket asked about.
   */
  static of(
    rule: MaintenanceRule | undefined,
    timezone: string,
    from: number,
    to: number,
  ): MaintenanceMask {
    const windows = rule
      ? maintenanceWindowsBetween(rule, timezone, new Date(from), new Date(to))
      : [];
    return new MaintenanceMask(
      windows.map(window => window.start.getTime()),
      windows.map(window => window.end.getTime()),
    );
  }

  /**
   * The windows that buckets starting in `[from, to)` may overlap: those of
   * the range and of the longest bucket past its end.
   */
  static forBucketsIn(
    rule: MaintenanceRule | undefined,
    timezone: string,
    from: number,
    to: number,
  ): MaintenanceMask {
    return MaintenanceMask.of(
      rule,
      timezone,
      from,
      to + MAINTENANCE_LOOKAHEAD_MS,
    );
  }

  /** Windows sorted, not overlapping: `[starts[i], ends[i])`. */
  constructor(starts: readonly number[], ends: readonly number[]) {
    this.starts = Float64Array.from(starts);
    this.ends = Float64Array.from(ends);
  }

  /**
   * Milliseconds of `[start, end)` inside maintenance. Calls must come in
   * order of `start` (sorted buckets).
   */
  overlapMs(start: number, end: number): number {
    const starts = this.starts;
    const ends = this.ends;
    const count = starts.length;
    while (this.cursor < count && ends[this.cursor] <= start) {
      this.cursor++;
    }
    let overlap = 0;
    for (let i = this.cursor; i < count && starts[i] < end; i++) {
      overlap += Math.min(ends[i], end) - Math.max(starts[i], start);
    }
    return overlap;
  }

  /**
   * Milliseconds of a bucket `[start, end)` covered by data at `now`: its time
   * up to now outside maintenance. `maintenanceMs` is `overlapMs(start, end)`,
   * already asked; calls come in order of `start`, as for `overlapMs`.
   */
  coveredMs(
    start: number,
    end: number,
    maintenanceMs: number,
    now: number,
  ): number {
    // Time after now (a bucket in progress) is neither covered nor maintenance yet.
    const coveredEnd = Math.min(end, now);
    return (
      coveredEnd -
      start -
      (coveredEnd === end ? maintenanceMs : this.overlapMs(start, coveredEnd))
    );
  }

  /** Milliseconds of `[from, to)` inside maintenance, without moving the cursor. */
  totalOverlapMs(from: number, to: number): number {
    let overlap = 0;
    for (let i = 0; i < this.starts.length; i++) {
      const start = Math.max(this.starts[i], from);
      const end = Math.min(this.ends[i], to);
      if (end > start) {
        overlap += end - start;
      }
    }
    return overlap;
  }
}
