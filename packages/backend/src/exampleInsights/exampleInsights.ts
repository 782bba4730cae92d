import { surveyPeriodOf } from '@paved-road/plugin-platform-products-common';

/*
 * Example data for the dev app: survey answers of the example users in examples/org.yaml
 * and lead-time points of example components. Deterministic, so the dev app looks the same
 * on every start; clearly labelled in every comment it writes.
 */

const USERS = [
  'guest',
  'hannah.schmidt',
  'jane.okafor',
  'sam.lee',
  'miguel.santos',
  'noah.kim',
  'priya.raman',
  'olga.ivanova',
  'lena.fischer',
  'tom.becker',
  'aisha.khan',
  'chloe.martin',
  'raj.patel',
  'emma.wilson',
  'lucas.moreau',
  'sofia.rossi',
  'daniel.murphy',
];

/**
 * Per product, the scores of the last four quarters, oldest first: each list is dealt to the
 * users in order. Satisfaction grows for most products; experimentation starts low.
 */
const SCORES: Record<string, number[][]> = {
  'auth-platform': [
    [9, 8, 7, 6, 9, 10, 5, 8, 9, 7],
    [9, 9, 8, 7, 10, 10, 6, 8, 9, 8, 9],
    [10, 9, 8, 9, 10, 10, 7, 9, 9, 8, 9, 6],
    [10, 9, 9, 9, 10, 10, 8, 9, 10, 8, 9, 7],
  ],
  'payments-platform': [
    [6, 7, 8, 5, 9, 7],
    [7, 8, 8, 6, 9, 8, 9],
    [8, 8, 9, 6, 9, 9, 9, 7],
    [9, 8, 9, 7, 10, 9, 9, 8],
  ],
  'cicd-paved-road': [
    [5, 6, 7, 4, 8, 6, 7, 3, 8, 6, 7],
    [6, 7, 8, 5, 9, 7, 8, 4, 8, 7, 8, 6],
    [8, 8, 9, 6, 9, 8, 9, 6, 9, 8, 9, 7, 8],
    [9, 9, 9, 7, 10, 9, 9, 7, 10, 8, 9, 8, 9, 6],
  ],
  'design-system': [
    [7, 8, 9, 8, 6],
    [8, 8, 9, 9, 7, 10],
    [9, 9, 10, 9, 8, 10, 7],
    [9, 10, 10, 9, 8, 10, 8],
  ],
  'experimentation-platform': [
    [],
    [4, 6, 3, 8],
    [5, 7, 4, 8, 6, 9],
    [6, 8, 5, 9, 6, 10, 4],
  ],
  'cloud-landing-zone': [
    [7, 6, 8, 9],
    [7, 7, 8, 9, 6],
    [8, 7, 9, 9, 7, 8],
    [8, 8, 9, 10, 7, 9],
  ],
};

const COMMENTS: Array<[number, string]> = [
  [10, 'EXAMPLE: onboarding took an afternoon instead of a week.'],
  [3, 'EXAMPLE: the docs are out of date for the new SDK.'],
  [7, 'EXAMPLE: works well, but support takes a while to answer.'],
  [9, 'EXAMPLE: the getting-started guide is excellent.'],
];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The rows of `survey_responses` for the example answers of the last four quarters. */
export function exampleSurveyAnswers(now: Date) {
  const rows: Array<{
    entity_ref: string;
    period: string;
    user_ref: string;
    score: number;
    comment: string | null;
    answered_at: Date;
  }> = [];
  for (const [product, quarters] of Object.entries(SCORES)) {
    quarters.forEach((scores, index) => {
      // Four quarters back: index 3 is the current quarter.
      const back = new Date(now.getTime() - (3 - index) * 91 * DAY_MS);
      const period = surveyPeriodOf(back, 'quarter');
      const answeredAt = new Date(
        Math.min(now.getTime(), period.start.getTime() + 20 * DAY_MS),
      );
      scores.forEach((score, i) => {
        const comment =
          i < COMMENTS.length && COMMENTS[i][0] === score
            ? COMMENTS[i][1]
            : null;
        rows.push({
          entity_ref: `platformproduct:default/${product}`,
          period: period.id,
          user_ref: `user:default/${USERS[i % USERS.length]}`,
          score,
          comment:
            comment ??
            (i === 0
              ? `EXAMPLE: answer ${score}/10 from the seed data.`
              : null),
          answered_at: new Date(answeredAt.getTime() + i * 3_600_000),
        });
      });
    });
  }
  return rows;
}

/**
 * Lead time (hours) of components in the last 60 days: adopters of the CI/CD paved road
 * ship in about a day, the others in about three (see examples/README.md for who adopts).
 */
const LEAD_TIMES: Record<string, number> = {
  'checkout-web': 20,
  'checkout-service': 26,
  'storefront-web': 18,
  'search-service': 30,
  'order-service': 24,
  'warehouse-service': 80,
  'warehouse-console': 96,
  'ios-app': 70,
  'android-app': 66,
  'catalog-ingest-service': 110,
};

/** The rows of `metric_points` for the example lead times. */
export function exampleMetricPoints(now: Date) {
  const rows: Array<{
    entity_ref: string;
    metric: string;
    timestamp_ms: number;
    value: number;
  }> = [];
  for (const [component, hours] of Object.entries(LEAD_TIMES)) {
    for (let day = 1; day <= 60; day += 3) {
      // A little deterministic spread around each component's typical lead time.
      const wobble = ((day * 7) % 11) / 10 - 0.5;
      rows.push({
        entity_ref: `component:default/${component}`,
        metric: 'lead-time-hours',
        timestamp_ms:
          Math.floor((now.getTime() - day * DAY_MS) / 60_000) * 60_000,
        value: Math.round(hours * (1 + wobble * 0.4) * 10) / 10,
      });
    }
  }
  return rows;
}
