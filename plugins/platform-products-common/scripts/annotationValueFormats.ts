import {
  ANNOTATION_ADOPTS,
  ANNOTATION_OPENSLO,
  ANNOTATION_SLA_AVAILABILITY,
  ANNOTATION_SLA_ERROR_RATE,
  ANNOTATION_SLA_MAINTENANCE,
  ANNOTATION_SLA_SELECTOR,
  ANNOTATION_SLA_SOURCE,
  ANNOTATION_SLA_TIMEZONE,
  ANNOTATION_SLA_WINDOW,
  LATENCY_PERCENTILES,
  SLA_LATENCY_ANNOTATIONS,
} from '../src/annotations/keys';

/** What an editor can check of an annotation value by a regular expression. */
export type AnnotationValueFormat = {
  /** ECMA-262 regular expression; surrounding whitespace is allowed, as the parsers trim. */
  pattern: string;
  /** Valid values, first one shown by editors; the test runs each through the parser. */
  examples: string[];
};

// The parsers in src/annotations are the authority: these patterns accept every value
// they accept and catch the common slips (a missing % or unit); ranges, calendar dates and
// RRULE details are left to the parsers (and `paved-road validate`).
const PERCENT = String.raw`^\s*\d+(\.\d+)?%\s*$`;
const DURATION = String.raw`^\s*\d+(\.\d+)?(ms|s|m|h|d|w)\s*$`;
const MATCHER = String.raw`[a-zA-Z_][a-zA-Z0-9_]*\s*(=~|!~|!=|=)\s*"([^"\\]|\\.)*"`;

/** The value format of every fixed-name annotation. */
export const ANNOTATION_VALUE_FORMATS: Readonly<
  Record<string, AnnotationValueFormat>
> = {
  [ANNOTATION_ADOPTS]: {
    pattern: String.raw`^\s*[^\s,]+(\s*,\s*[^\s,]+)*\s*$`,
    examples: [
      'cicd-paved-road',
      'auth-platform, platformproduct:default/payments-platform',
    ],
  },
  [ANNOTATION_SLA_AVAILABILITY]: { pattern: PERCENT, examples: ['99.9%'] },
  ...Object.fromEntries(
    LATENCY_PERCENTILES.map(percentile => [
      SLA_LATENCY_ANNOTATIONS[percentile],
      { pattern: DURATION, examples: ['300ms', '1.5s'] },
    ]),
  ),
  [ANNOTATION_SLA_ERROR_RATE]: { pattern: PERCENT, examples: ['0.1%'] },
  [ANNOTATION_SLA_WINDOW]: {
    pattern: String.raw`^\s*(\d+[hdw]|1[MQY])\s*$`,
    examples: ['30d', '4w', '1M', '1Q'],
  },
  [ANNOTATION_SLA_TIMEZONE]: {
    pattern: String.raw`^\s*[A-Za-z][A-Za-z0-9_+\-/]*\s*$`,
    examples: ['Europe/Berlin', 'UTC'],
  },
  [ANNOTATION_SLA_SOURCE]: {
    pattern: String.raw`^\s*(push|prometheus:[a-zA-Z0-9_-]+)\s*$`,
    examples: ['push', 'prometheus:prod'],
  },
  [ANNOTATION_SLA_SELECTOR]: {
    pattern: String.raw`^\s*${MATCHER}(\s*,\s*${MATCHER})*\s*$`,
    examples: ['job="checkout"', 'job="checkout", path=~"/api/.*"'],
  },
  [ANNOTATION_SLA_MAINTENANCE]: {
    pattern: String.raw`^\s*([Rr][Rr][Uu][Ll][Ee]:)?(?=.*[Ff][Rr][Ee][Qq]=)(?=.*[Dd][Uu][Rr][Aa][Tt][Ii][Oo][Nn]=)[A-Za-z0-9=;,:+-]+\s*$`,
    examples: ['FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H'],
  },
  [ANNOTATION_OPENSLO]: {
    pattern: String.raw`^\s*\S+\s*$`,
    examples: ['./openslo/checkout-slo.yaml'],
  },
};

/** The value format of waivers, `paved-road.io/waive.<scorecard>.<check>`. */
export const WAIVER_VALUE_FORMAT: AnnotationValueFormat = {
  pattern: String.raw`^\s*\d{4}-\d{2}-\d{2}\s*:\s*\S[\s\S]*$`,
  examples: ['2027-03-31: migration planned for Q1'],
};
