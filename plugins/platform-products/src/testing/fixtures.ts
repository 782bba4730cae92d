import type { Entity } from '@backstage/catalog-model';
import type {
  EntityScorecardsResponse,
  EntitySlaHistoryResponse,
  EntityProductsResponse,
  EntitySlaResponse,
  ListProductsResponse,
  ProductAdoptionResponse,
  ScorecardDefinition,
  ScorecardRollupsResponse,
  SlaBurnDownPoint,
  SurveySummaryResponse,
} from '@paved-road/plugin-platform-products-common';
import { PlatformProductsApi } from '../api';

// Test data shaped like the backend's answers for the examples catalog.

export const productEntity: Entity = {
  apiVersion: 'paved-road.io/v1alpha1',
  kind: 'PlatformProduct',
  metadata: {
    name: 'auth-platform',
    namespace: 'default',
    title: 'Authentication Platform',
    description: 'Login, tokens and sessions for every product team.',
    links: [
      { url: 'https://example.com/auth/faq', title: 'FAQ' },
      {
        url: 'https://example.com/auth/getting-started',
        title: 'Getting started',
        type: 'getting-started',
      },
    ],
  },
  spec: {
    type: 'service',
    lifecycle: 'production',
    owner: 'group:identity',
    productManager: 'user:jane.okafor',
    // As people write it: no kind, which the card must resolve itself.
    system: 'identity',
    parts: ['component:auth-service', 'api:auth-api'],
    support: { channel: '#auth-help', responseTime: '4h' },
  },
};

export const componentEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'checkout-service', namespace: 'default' },
  spec: { type: 'service', lifecycle: 'production', owner: 'group:checkout' },
};

export const groupEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'checkout', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

export const scorecardDefinition: ScorecardDefinition = {
  id: 'service-maturity',
  title: 'Service maturity',
  filter: { kind: 'Component' },
  levels: [
    { name: 'Bronze', score: 50 },
    { name: 'Silver', score: 75 },
    { name: 'Gold', score: 90 },
  ],
  checks: [
    {
      id: 'has-docs',
      type: 'annotation',
      title: 'Has TechDocs',
      weight: 2,
      params: {},
      links: [
        { url: 'https://example.com/techdocs', title: 'How to add TechDocs' },
      ],
    },
    {
      id: 'has-owner',
      type: 'field',
      title: 'Has an owner',
      weight: 1,
      params: {},
      links: [],
    },
    {
      id: 'adoption',
      type: 'adoption-rate',
      title: 'Adopted',
      weight: 1,
      params: {},
      links: [],
    },
  ],
};

export const entityScorecards: EntityScorecardsResponse = {
  entityRef: 'component:default/checkout-service',
  results: [
    {
      entityRef: 'component:default/checkout-service',
      scorecardId: 'service-maturity',
      score: 62,
      level: 'Bronze',
      evaluatedAt: '2026-11-26T06:00:00Z',
      checks: [
        {
          checkId: 'has-docs',
          status: 'fail',
          score: 0,
          message: 'Annotation backstage.io/techdocs-ref is missing',
          facts: {},
        },
        {
          checkId: 'has-owner',
          status: 'pass',
          score: 1,
          message: 'Owned by group:checkout',
          facts: {},
        },
        {
          checkId: 'adoption',
          status: 'waived',
          score: 1,
          message: 'Adoption 25% below 60%',
          facts: {},
          waiver: {
            until: '2027-06-30',
            reason: 'native SDKs first',
            expired: false,
          },
        },
      ],
    },
  ],
};

export const rollups: ScorecardRollupsResponse = {
  entityRef: 'group:default/checkout',
  ownerRefs: ['group:default/checkout'],
  rollups: [
    {
      scorecardId: 'service-maturity',
      title: 'Service maturity',
      entities: 4,
      meanScore: 71.5,
      levels: { Gold: 1, Silver: 1, Bronze: 1, none: 1 },
      worstChecks: [{ checkId: 'has-docs', failing: 3, total: 4 }],
    },
  ],
};

export const adoption: ProductAdoptionResponse = {
  productRef: 'platformproduct:default/auth-platform',
  summary: {
    adopters: 17,
    population: 20,
    rate: 0.85,
    target: 0.8,
    gap: 0,
    belowTarget: false,
    teamsAdopting: 6,
    teamsTotal: 8,
    computedAt: '2026-11-26T06:00:00Z',
  },
  population: { kind: 'Component', 'spec.type': 'service' },
  adopters: [
    {
      entityRef: 'component:default/checkout-service',
      title: 'Checkout service',
      ownerRef: 'group:default/checkout',
      via: [{ method: 'consumesApi', targetRef: 'api:default/auth-api' }],
      inPopulation: true,
    },
  ],
  teams: [
    { ownerRef: 'group:default/checkout', adopters: 5 },
    { ownerRef: 'group:default/search', adopters: 3 },
  ],
  history: [
    {
      day: '2026-11-24',
      adopters: 15,
      population: 20,
      rate: 0.75,
      teamsAdopting: 5,
    },
    {
      day: '2026-11-25',
      adopters: 16,
      population: 20,
      rate: 0.8,
      teamsAdopting: 6,
    },
    {
      day: '2026-11-26',
      adopters: 17,
      population: 20,
      rate: 0.85,
      teamsAdopting: 6,
    },
  ],
  trend: {
    last30Days: { since: '2026-10-27', rate: 0.1, adopters: 2 },
    last90Days: null,
  },
  value: {
    adopters: 17,
    hoursSavedPerAdopter: 120,
    hourlyRate: 95,
    currency: 'USD',
    hoursSaved: 2040,
    costSavings: 193800,
  },
  timeToMarket: null,
};

export const survey: SurveySummaryResponse = {
  entityRef: 'platformproduct:default/auth-platform',
  question:
    'How likely are you to recommend Authentication Platform to a colleague?',
  periodUnit: 'quarter',
  current: {
    period: '2026-Q4',
    start: '2026-10-01T00:00:00Z',
    end: '2027-01-01T00:00:00Z',
    promoters: 3,
    passives: 1,
    detractors: 1,
    responses: 5,
    nps: 40,
    marginOfError: 35.2,
  },
  history: [
    {
      period: '2026-Q3',
      start: '2026-07-01T00:00:00Z',
      end: '2026-10-01T00:00:00Z',
      promoters: 1,
      passives: 1,
      detractors: 1,
      responses: 3,
      nps: 0,
      marginOfError: 50,
    },
    {
      period: '2026-Q4',
      start: '2026-10-01T00:00:00Z',
      end: '2027-01-01T00:00:00Z',
      promoters: 3,
      passives: 1,
      detractors: 1,
      responses: 5,
      nps: 40,
      marginOfError: 35.2,
    },
  ],
  recentComments: [
    {
      score: 9,
      comment: 'Token refresh just works.',
      period: '2026-Q4',
      answeredAt: '2026-11-20T10:00:00Z',
    },
  ],
  myAnswer: null,
};

const budget = {
  allowedBad: 100,
  consumedBad: 40,
  remainingBad: 60,
  remainingRatio: 0.6,
  totalMinutes: 43.2,
  remainingMinutes: 25.92,
};

// The budget of `entitySla`'s objective over its 30-day window: 100,000 requests spread
// evenly, one bad a day from the second day and 12 in an incident on day 20: 60% left.
export const slaBurnDown: SlaBurnDownPoint[] = Array.from(
  { length: 30 },
  (_, day) => {
    const total = Math.round(((day + 1) * 100_000) / 30);
    const consumedBad = day < 20 ? day : 31 + (day - 20);
    const allowedBad = 0.001 * total;
    return {
      from: new Date(Date.UTC(2026, 9, 27 + day)).toISOString(),
      to: new Date(Date.UTC(2026, 9, 28 + day)).toISOString(),
      good: total - consumedBad,
      total,
      consumedBad,
      remainingRatio: (allowedBad - consumedBad) / allowedBad,
      coverage: 1,
    };
  },
);

export const entitySla: EntitySlaResponse = {
  entityRef: 'component:default/checkout-service',
  status: 'met',
  problems: [],
  sync: {
    source: 'push',
    lastAttemptAt: null,
    lastSuccessAt: null,
    error: null,
  },
  objectives: [
    {
      id: 'availability',
      objective: 'availability',
      kind: 'availability',
      title: 'Availability 99.9%',
      origin: {
        type: 'annotation',
        annotation: 'paved-road.io/sla-availability',
      },
      target: 0.999,
      timezone: 'UTC',
      window: {
        text: '30d',
        type: 'rolling',
        from: '2026-10-27T00:00:00Z',
        to: '2026-11-26T00:00:00Z',
        periodEnd: '2026-11-26T00:00:00Z',
      },
      good: 99960,
      total: 100000,
      compliance: 0.9996,
      dataCoverage: 1,
      latestDataAt: '2026-11-26T05:59:00Z',
      errorBudget: budget,
      burnRates: {
        '5m': 0,
        '30m': 0.5,
        '1h': 0.4,
        '2h': 0.4,
        '6h': 0.3,
        '1d': 0.3,
        '3d': 0.2,
      },
      alert: { state: 'none', rule: null, rules: [], since: null },
      timeToExhaustionMinutes: 1800,
      status: 'met',
      dataFreshness: {
        latestDataAt: '2026-11-26T05:59:00Z',
        ageMinutes: 1,
        coverage: 1,
        stale: false,
      },
      evaluatedAt: '2026-11-26T06:00:00Z',
      burnDown: slaBurnDown,
    },
  ],
} as EntitySlaResponse;

export const slaHistory: EntitySlaHistoryResponse = {
  entityRef: 'component:default/checkout-service',
  months: 6,
  problems: [],
  objectives: [
    {
      id: 'availability',
      title: 'Availability 99.9%',
      target: 0.999,
      breaches: 1,
      periods: [
        {
          period: '2026-10',
          from: '2026-10-01T00:00:00Z',
          to: '2026-11-01T00:00:00Z',
          good: 998,
          total: 1000,
          compliance: 0.998,
          breached: true,
          budgetConsumed: 2,
          breaches: [
            { from: '2026-10-12T10:00:00Z', to: '2026-10-31T00:00:00Z' },
          ],
        },
        {
          period: '2026-11',
          from: '2026-11-01T00:00:00Z',
          to: '2026-11-26T06:00:00Z',
          good: 9996,
          total: 10000,
          compliance: 0.9996,
          breached: false,
          budgetConsumed: 0.4,
          breaches: [],
        },
      ],
    },
  ],
};

export const products: ListProductsResponse = {
  items: [
    {
      entityRef: 'platformproduct:default/auth-platform',
      namespace: 'default',
      name: 'auth-platform',
      title: 'Authentication Platform',
      type: 'service',
      lifecycle: 'production',
      owner: 'group:identity',
      adoption: { ...adoption.summary, history: adoption.history },
      satisfaction: { ...survey.current, period: '2026-Q4' },
      sla: { status: 'met', objectives: 2 },
      scorecards: [
        { scorecardId: 'product-readiness', score: 92, level: 'Gold' },
      ],
      value: adoption.value,
    },
    {
      entityRef: 'platformproduct:default/experimentation-platform',
      namespace: 'default',
      name: 'experimentation-platform',
      title: 'Experimentation Platform',
      type: 'tooling',
      lifecycle: 'experimental',
      owner: 'experimentation',
      adoption: {
        ...adoption.summary,
        history: [],
        rate: 0.25,
        target: 0.5,
        gap: 0.25,
        belowTarget: true,
      },
      satisfaction: null,
      sla: { status: 'breached', objectives: 1 },
      scorecards: [
        { scorecardId: 'product-readiness', score: 40, level: null },
      ],
      value: null,
    },
  ],
};

/** What `GET /entities/component/default/checkout-service/products` answers. */
export const entityProducts: EntityProductsResponse = {
  entityRef: 'component:default/checkout-service',
  items: [
    {
      productRef: 'platformproduct:default/auth-platform',
      title: 'Authentication Platform',
      via: [{ method: 'consumesApi', targetRef: 'api:default/auth-api' }],
      inPopulation: true,
      adoption: adoption.summary,
      satisfaction: { ...survey.current, period: '2026-Q4' },
      sla: { status: 'met', objectives: 2 },
    },
    {
      productRef: 'platformproduct:default/design-system',
      via: [
        {
          method: 'annotation',
          targetRef: 'platformproduct:default/design-system',
        },
      ],
      inPopulation: false,
      adoption: { ...adoption.summary, rate: 0.4, belowTarget: true },
      satisfaction: null,
    },
  ],
};

/** An API whose every method fails the test unless the test gives it an answer. */
export function mockApi(
  overrides: Partial<PlatformProductsApi>,
): PlatformProductsApi {
  return new Proxy(overrides as PlatformProductsApi, {
    get(target, prop: string) {
      if (prop in target) return (target as any)[prop];
      return () => Promise.reject(new Error(`unexpected call of ${prop}`));
    },
  });
}
