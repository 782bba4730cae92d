import { OpenSloIndicator, OpenSloMetricSource } from './types';
import { ReadResult, isRecord, readError, readValue } from './readResult';

function readMetricSource(
  raw: unknown,
  path: string,
): ReadResult<OpenSloMetricSource> {
  const source = isRecord(raw) ? raw.metricSource : undefined;
  if (!isRecord(source)) {
    return readError(`${path} must have a metricSource`);
  }
  const { type, metricSourceRef, spec } = source;
  if (spec !== undefined && !isRecord(spec)) {
    return readError(`${path}.metricSource.spec must be a map`);
  }
  return readValue({
    ...(typeof type === 'string' ? { type } : {}),
    ...(typeof metricSourceRef === 'string' ? { metricSourceRef } : {}),
    spec: spec ?? {},
  });
}

function readRatioMetric(
  ratio: Record<string, unknown>,
  name: string | undefined,
): ReadResult<OpenSloIndicator> {
  if (ratio.raw !== undefined) {
    return readError(
      'precomputed ratios (ratioMetric.raw) are not supported: the SLA math needs good (or bad) and total event counts',
    );
  }
  if ((ratio.good === undefined) === (ratio.bad === undefined)) {
    return readError('ratioMetric must have exactly one of good and bad');
  }
  const total = readMetricSource(ratio.total, 'ratioMetric.total');
  if (!total.ok) {
    return total;
  }
  const goodOrBad = ratio.good !== undefined ? 'good' : 'bad';
  const counted = readMetricSource(
    ratio[goodOrBad],
    `ratioMetric.${goodOrBad}`,
  );
  if (!counted.ok) {
    return counted;
  }
  return readValue({
    type: 'ratio',
    ...(name ? { name } : {}),
    counter: ratio.counter === true,
    ...(goodOrBad === 'good'
      ? { good: counted.value }
      : { bad: counted.value }),
    total: total.value,
  });
}

/**
 * Reads the `spec` of an SLI (inline `indicator.spec`, or an `SLI`
 * document's): a `ratioMetric` with good or bad and total, or a
 * `thresholdMetric`.
 */
export function readOpenSloIndicator(
  spec: unknown,
  name: string | undefined,
): ReadResult<OpenSloIndicator> {
  if (!isRecord(spec)) {
    return readError('the indicator has no spec');
  }
  const { ratioMetric, thresholdMetric } = spec;
  if ((ratioMetric === undefined) === (thresholdMetric === undefined)) {
    return readError(
      'the indicator must have exactly one of ratioMetric and thresholdMetric',
    );
  }
  if (ratioMetric !== undefined) {
    return isRecord(ratioMetric)
      ? readRatioMetric(ratioMetric, name)
      : readError('ratioMetric must be a map');
  }
  const metric = readMetricSource(thresholdMetric, 'thresholdMetric');
  return metric.ok
    ? readValue({
        type: 'threshold',
        ...(name ? { name } : {}),
        metric: metric.value,
      })
    : metric;
}
