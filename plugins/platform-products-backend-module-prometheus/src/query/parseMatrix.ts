/**
 * The values of a query_range answer, added up over its series, by
 * evaluation time (epoch seconds). Non-finite values (NaN, ±Inf) are left
 * out: they are not event counts, so their time has no data.
 */
export type RangeValues = Map<number, number>;

/**
 * Reads the `data` of a successful query_range answer. Throws with the reason
 * when it is not a matrix of `[time, "value"]` pairs.
 *
 * Several series are added up, so that a template without `sum(...)` still
 * counts all of the entity's instances.
 */
export function parseMatrix(data: unknown): RangeValues {
  const { resultType, result } = (data ?? {}) as {
    resultType?: unknown;
    result?: unknown;
  };
  if (resultType !== 'matrix') {
    throw new Error(
      `the answer is a ${String(
        resultType,
      )}, not a matrix; the query must be an instant vector expression, such as sum(increase(...[{{window}}]))`,
    );
  }
  if (!Array.isArray(result)) {
    throw new Error('the answer has no result list');
  }
  const values: RangeValues = new Map();
  for (const series of result) {
    const points = (series as { values?: unknown })?.values;
    if (!Array.isArray(points)) {
      throw new Error('a series of the answer has no values');
    }
    for (const point of points) {
      if (
        !Array.isArray(point) ||
        typeof point[0] !== 'number' ||
        typeof point[1] !== 'string'
      ) {
        throw new Error(
          `a point of the answer is not [time, "value"]: ${JSON.stringify(
            point,
          )?.slice(0, 100)}`,
        );
      }
      const value = Number(point[1]);
      if (!Number.isFinite(value)) {
        continue;
      }
      values.set(point[0], (values.get(point[0]) ?? 0) + value);
    }
  }
  return values;
}
