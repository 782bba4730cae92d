/*
 * Recorded SLI data for the tests against a real Prometheus: three days of
 * one-minute samples of the HTTP metrics the default query templates read,
 * written as OpenMetrics for `promtool tsdb create-blocks-from openmetrics`.
 *
 * Every count is a formula of the minute, so the tests know the exact good
 * and total of any bucket without asking Prometheus.
 */
import { quotePromQlString } from '../promql/renderSelector';

/** The first sample; counters are 0 here. */
export const RECORDING_START = new Date('2024-03-01T00:00:00Z');
/** Minutes of data: three days. The last sample is at the end of the last minute. */
export const RECORDING_MINUTES = 3 * 24 * 60;

/** The job of a service with errors, an incident and slow requests. */
export const CHECKOUT_JOB = 'checkout';
/** A job whose name needs escaping in PromQL, with only successful, fast requests. */
export const ESCAPED_JOB = 'we"ird\\job';

// The incident: 40 extra failing requests a minute on day 2, 10:00–10:30.
const INCIDENT_FROM = 24 * 60 + 10 * 60;
const INCIDENT_TO = INCIDENT_FROM + 30;

/** What happened in one minute of the recording. */
export type RecordedMinute = {
  requests: number;
  /** Requests answered with a 5xx code. */
  errors: number;
  /** Requests slower than 0.1 s, 0.3 s and 1 s. */
  slowerThan: { '0.1': number; '0.3': number; '1': number };
};

/** The events of `job` in minute `minute` (0-based) of the recording. */
export function recordedMinute(job: string, minute: number): RecordedMinute {
  if (job === ESCAPED_JOB) {
    return {
      requests: 7,
      errors: 0,
      slowerThan: { '0.1': 0, '0.3': 0, '1': 0 },
    };
  }
  const incident = minute >= INCIDENT_FROM && minute < INCIDENT_TO ? 40 : 0;
  return {
    requests: 100 + (minute % 5) + incident,
    errors: (minute % 10 === 0 ? 1 : 0) + incident,
    slowerThan: {
      '0.1': 20,
      '0.3': minute % 4 === 0 ? 2 : 1,
      '1': minute % 60 === 0 ? 1 : 0,
    },
  };
}

/** Adds up the events of `job` in minutes [from, to). */
export function recordedTotals(
  job: string,
  from: number,
  to: number,
): RecordedMinute {
  const sum: RecordedMinute = {
    requests: 0,
    errors: 0,
    slowerThan: { '0.1': 0, '0.3': 0, '1': 0 },
  };
  for (let minute = from; minute < to; minute++) {
    const counts = recordedMinute(job, minute);
    sum.requests += counts.requests;
    sum.errors += counts.errors;
    sum.slowerThan['0.1'] += counts.slowerThan['0.1'];
    sum.slowerThan['0.3'] += counts.slowerThan['0.3'];
    sum.slowerThan['1'] += counts.slowerThan['1'];
  }
  return sum;
}

// OpenMetrics label values use the same escapes as PromQL strings.
function labels(values: Record<string, string>): string {
  return `{${Object.entries(values)
    .map(([name, value]) => `${name}=${quotePromQlString(value)}`)
    .join(',')}}`;
}

/**
 * The recording as OpenMetrics text: counters sampled at every whole minute
 * from RECORDING_START, each the number of events before that minute.
 */
export function recordingAsOpenMetrics(): string {
  const lines: string[] = [];
  const startSeconds = RECORDING_START.getTime() / 1000;
  const jobs = [CHECKOUT_JOB, ESCAPED_JOB];
  // Each series, its samples in time order, as the TSDB appends them.
  const eachSample = (
    job: string,
    write: (totals: RecordedMinute, timestamp: number) => void,
  ) => {
    const totals = recordedTotals(job, 0, 0);
    for (let minute = 0; minute <= RECORDING_MINUTES; minute++) {
      write(totals, startSeconds + minute * 60);
      if (minute < RECORDING_MINUTES) {
        const counts = recordedMinute(job, minute);
        totals.requests += counts.requests;
        totals.errors += counts.errors;
        for (const le of ['0.1', '0.3', '1'] as const) {
          totals.slowerThan[le] += counts.slowerThan[le];
        }
      }
    }
  };

  lines.push('# TYPE http_requests counter');
  lines.push('# HELP http_requests Requests answered, by job and status code.');
  for (const job of jobs) {
    eachSample(job, (totals, timestamp) =>
      lines.push(
        `http_requests_total${labels({ job, code: '200' })} ${
          totals.requests - totals.errors
        } ${timestamp}`,
      ),
    );
    // A job that never failed has no 5xx series, as with real client libraries.
    if (recordedTotals(job, 0, RECORDING_MINUTES).errors > 0) {
      eachSample(job, (totals, timestamp) =>
        lines.push(
          `http_requests_total${labels({ job, code: '500' })} ${
            totals.errors
          } ${timestamp}`,
        ),
      );
    }
  }

  lines.push('# TYPE http_request_duration_seconds histogram');
  lines.push('# HELP http_request_duration_seconds Request latency.');
  for (const job of jobs) {
    eachSample(job, (totals, timestamp) => {
      for (const le of ['0.1', '0.3', '1'] as const) {
        lines.push(
          `http_request_duration_seconds_bucket${labels({ job, le })} ${
            totals.requests - totals.slowerThan[le]
          } ${timestamp}`,
        );
      }
      lines.push(
        `http_request_duration_seconds_bucket${labels({ job, le: '+Inf' })} ${
          totals.requests
        } ${timestamp}`,
      );
      lines.push(
        `http_request_duration_seconds_count${labels({ job })} ${
          totals.requests
        } ${timestamp}`,
      );
    });
  }
  lines.push('# EOF');
  return `${lines.join('\n')}\n`;
}
