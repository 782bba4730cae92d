/**
 * DEV APP ONLY: generated SLI buckets for the example entities, so that the dev app shows
 * every SLA status through the API: met, at-risk, breached, and no data (objectives left
 * without buckets on purpose).
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How an example objective behaves: the share of its error budget spent over the data. */
interface ExampleProfile {
  entityRef: string;
  objective: string;
  /** Ratio of good events required, as the entity's annotation says. */
  target: number;
  /** Share of the error budget spent over the seeded days: 0.1 met, 0.85 at risk, 1.6 breached. */
  budgetSpent: number;
  /** Errors at this many times the sustainable rate in the last hour: a burn-rate alert. */
  lastHourBurn?: number;
}

/** What each example shows; objectives not listed here show `no-data`. */
export const EXAMPLE_SLA_PROFILES: readonly ExampleProfile[] = [
  // Met, and at risk: 85% of the latency budget is gone.
  {
    entityRef: 'component:default/auth-service',
    objective: 'availability',
    target: 0.9995,
    budgetSpent: 0.1,
  },
  {
    entityRef: 'component:default/auth-service',
    objective: 'latency-p99',
    target: 0.99,
    budgetSpent: 0.85,
  },
  // Breached: 160% of the budget spent.
  {
    entityRef: 'component:default/token-service',
    objective: 'availability',
    target: 0.9999,
    budgetSpent: 1.6,
  },
  {
    entityRef: 'component:default/payments-gateway',
    objective: 'availability',
    target: 0.9995,
    budgetSpent: 0.2,
  },
  {
    entityRef: 'component:default/payments-gateway',
    objective: 'error-rate',
    target: 0.999,
    budgetSpent: 0.3,
  },
  // Met over the window, but burning 15× too fast in the last hour: a page while it lasts.
  {
    entityRef: 'component:default/ledger-service',
    objective: 'availability',
    target: 0.999,
    budgetSpent: 0.2,
    lastHourBurn: 15,
  },
  {
    entityRef: 'component:default/ledger-service',
    objective: 'latency-p95',
    target: 0.95,
    budgetSpent: 0.5,
  },
  {
    entityRef: 'component:default/feature-flag-service',
    objective: 'availability',
    target: 0.999,
    budgetSpent: 0.05,
  },
  {
    entityRef: 'component:default/feature-flag-service',
    objective: 'latency-p50',
    target: 0.5,
    budgetSpent: 0.4,
  },
  {
    entityRef: 'component:default/refund-service',
    objective: 'error-rate',
    target: 0.995,
    budgetSpent: 1.3,
  },
  {
    entityRef: 'component:default/mobile-bff',
    objective: 'availability',
    target: 0.995,
    budgetSpent: 0.3,
  },
  // order-service latency-p90 and all of search-service have no data.
  {
    entityRef: 'component:default/order-service',
    objective: 'availability',
    target: 0.999,
    budgetSpent: 0.6,
  },
  {
    entityRef: 'component:default/warehouse-service',
    objective: 'availability',
    target: 0.995,
    budgetSpent: 0.15,
  },
  {
    entityRef: 'platformproduct:default/auth-platform',
    objective: 'availability',
    target: 0.9995,
    budgetSpent: 0.15,
  },
  {
    entityRef: 'platformproduct:default/auth-platform',
    objective: 'latency-p99',
    target: 0.99,
    budgetSpent: 0.9,
  },
  {
    entityRef: 'platformproduct:default/payments-platform',
    objective: 'availability',
    target: 0.9995,
    budgetSpent: 0.25,
  },
  {
    entityRef: 'platformproduct:default/cicd-paved-road',
    objective: 'availability',
    target: 0.995,
    budgetSpent: 1.2,
  },
  // cloud-landing-zone has no data.
];

/** A bucket as the platform-products push API takes it, with its entity. */
export interface ExampleBucket {
  entityRef: string;
  objective: string;
  start: string;
  durationSeconds: number;
  good: number;
  total: number;
}

/**
 * Buckets for the last `days` days up to `now`: 5-minute buckets, then minute buckets over
 * the last three hours (the short burn-rate spans). Traffic follows a daily curve; the
 * budget is spent evenly, except for a profile's last-hour burn.
 */
export function exampleSlaBuckets(now: Date, days = 35): ExampleBucket[] {
  const end = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const fine = end - 3 * 60 * MINUTE;
  const buckets: ExampleBucket[] = [];
  for (const profile of EXAMPLE_SLA_PROFILES) {
    const allowedBad = 1 - profile.target;
    let start = Math.floor((end - days * DAY) / (5 * MINUTE)) * 5 * MINUTE;
    while (start < end) {
      const minutes = start < fine ? 5 : 1;
      const hourOfDay = (start % DAY) / (60 * MINUTE);
      // 20 requests/s at night to 60 at the daily peak.
      const perMinute =
        1200 * (2 + Math.sin(((hourOfDay - 8) / 24) * 2 * Math.PI));
      const total = Math.round(perMinute * minutes);
      const burning =
        profile.lastHourBurn !== undefined && start >= end - 60 * MINUTE;
      const badRatio = burning
        ? allowedBad * profile.lastHourBurn!
        : allowedBad * profile.budgetSpent;
      buckets.push({
        entityRef: profile.entityRef,
        objective: profile.objective,
        start: new Date(start).toISOString(),
        durationSeconds: minutes * 60,
        good: total - total * badRatio,
        total,
      });
      start += minutes * MINUTE;
    }
  }
  return buckets;
}
