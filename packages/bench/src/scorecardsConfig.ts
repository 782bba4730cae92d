/**
 * The scorecards of the benchmark: 3 scorecards of 10 checks each, using all six built-in
 * check types with the kind of params real scorecards have. As they would be written under
 * `platformProducts.scorecards` in app-config.yaml.
 */
export const benchScorecards = [
  {
    id: 'service-maturity',
    title: 'Service maturity',
    description: 'The basics every production service should have.',
    filter: { kind: 'Component', 'spec.type': 'service' },
    levels: [
      { name: 'Bronze', score: 40 },
      { name: 'Silver', score: 70 },
      { name: 'Gold', score: 90 },
    ],
    checks: [
      {
        id: 'has-description',
        type: 'field',
        params: { path: 'metadata.description' },
      },
      {
        id: 'has-docs',
        type: 'annotation',
        params: { key: 'backstage.io/techdocs-ref' },
      },
      {
        id: 'has-runbook',
        type: 'link',
        params: { type: 'runbook' },
        weight: 2,
      },
      { id: 'has-dashboard', type: 'link', params: { type: 'dashboard' } },
      { id: 'owned-by-team', type: 'owner-is-group', weight: 2 },
      {
        id: 'in-a-system',
        type: 'relation',
        params: { type: 'partOf', targetKind: 'system' },
      },
      { id: 'provides-api', type: 'relation', params: { type: 'providesApi' } },
      {
        id: 'not-deprecated',
        type: 'lifecycle',
        params: { disallowed: ['deprecated'] },
      },
      {
        id: 'has-sla',
        type: 'annotation',
        params: {
          key: 'paved-road.io/sla-availability',
          matches: '^\\d+(\\.\\d+)?%$',
        },
        weight: 2,
      },
      {
        id: 'has-tier',
        type: 'field',
        params: {
          path: 'metadata.tags',
          oneOf: ['tier-1', 'tier-2', 'tier-3'],
        },
      },
    ],
  },
  {
    id: 'docs-quality',
    title: 'Documentation quality',
    description: 'Can a newcomer find out what this is and how to use it?',
    filter: { kind: 'Component' },
    levels: [
      { name: 'Bronze', score: 50 },
      { name: 'Silver', score: 75 },
      { name: 'Gold', score: 90 },
    ],
    checks: [
      {
        id: 'has-description',
        type: 'field',
        params: { path: 'metadata.description' },
      },
      {
        id: 'description-is-a-sentence',
        type: 'field',
        params: { path: 'metadata.description', matches: '^.{20,}\\.$' },
      },
      {
        id: 'has-techdocs',
        type: 'annotation',
        params: { key: 'backstage.io/techdocs-ref' },
        weight: 3,
      },
      {
        id: 'techdocs-in-repo',
        type: 'annotation',
        params: { key: 'backstage.io/techdocs-ref', matches: '^dir:' },
      },
      { id: 'has-docs-link', type: 'link', params: { type: 'docs' } },
      { id: 'has-two-links', type: 'link', params: { min: 2 } },
      { id: 'is-tagged', type: 'field', params: { path: 'metadata.tags' } },
      {
        id: 'has-source',
        type: 'annotation',
        params: { key: 'github.com/project-slug' },
      },
      {
        id: 'known-type',
        type: 'field',
        params: { path: 'spec.type', oneOf: ['service', 'website', 'library'] },
      },
      {
        id: 'supported-lifecycle',
        type: 'lifecycle',
        params: { allowed: ['production', 'experimental'] },
      },
    ],
  },
  {
    id: 'ownership',
    title: 'Ownership',
    description: 'Someone is accountable, and the dependencies are known.',
    filter: { kind: 'Component' },
    levels: [
      { name: 'Bronze', score: 40 },
      { name: 'Silver', score: 70 },
      { name: 'Gold', score: 95 },
    ],
    checks: [
      { id: 'owned-by-team', type: 'owner-is-group', weight: 3 },
      { id: 'has-owner', type: 'field', params: { path: 'spec.owner' } },
      {
        id: 'owner-is-a-ref',
        type: 'field',
        params: { path: 'spec.owner', matches: '^(group|user):' },
      },
      {
        id: 'in-a-system',
        type: 'relation',
        params: { type: 'partOf', targetKind: 'system' },
      },
      { id: 'names-system', type: 'field', params: { path: 'spec.system' } },
      {
        id: 'few-dependencies',
        type: 'relation',
        params: { type: 'dependsOn', min: 0, max: 3 },
      },
      {
        id: 'declares-dependencies',
        type: 'relation',
        params: { type: 'dependsOn', targetKind: 'component', min: 1 },
      },
      {
        id: 'known-lifecycle',
        type: 'lifecycle',
        params: { allowed: ['production', 'experimental', 'deprecated'] },
      },
      { id: 'has-oncall-link', type: 'link', params: { title: 'runbook' } },
      {
        id: 'repo-in-org',
        type: 'annotation',
        params: { key: 'github.com/project-slug', matches: '^acme/' },
      },
    ],
  },
];
