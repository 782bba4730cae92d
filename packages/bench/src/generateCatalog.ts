/*
 * A deterministic generator of a realistic software catalog, for benchmarks: an organisation
 * of departments and teams, their people, domains, systems, components and APIs, with the mix
 * of good and missing metadata that real catalogs have.
 */
import { Entity, EntityLink } from '@backstage/catalog-model';

/** What to generate. */
export interface GenerateCatalogOptions {
  /** Number of Component entities. */
  components: number;
  /** Number of Group entities, the organisation root included (at least 3). */
  groups: number;
  /** Seed of the pseudo-random generator: the same options give the same catalog. */
  seed: number;
}

/** The generated entities, and the names of some of them for looking things up. */
export interface GeneratedCatalog {
  /** Every entity, groups first, then users, domains, systems, APIs and components. */
  entities: Entity[];
  /** Name of the root Group (`spec.type: organization`). */
  root: string;
  /** Names of the department Groups, children of the root. */
  departments: string[];
  /** Names of the team Groups, children of the departments. */
  teams: string[];
  users: string[];
  domains: string[];
  systems: string[];
  apis: string[];
  components: string[];
}

/** A small, fast, seedable generator (mulberry32): values in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(private readonly random: () => number) {}

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.random() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** One of the keys, with probability proportional to its weight. */
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as Array<[K, number]>;
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.random() * total;
    for (const [key, weight] of entries) {
      roll -= weight;
      if (roll < 0) {
        return key;
      }
    }
    return entries[entries.length - 1][0];
  }

  /** An index of `weights`, with probability proportional to its weight: a count. */
  count(weights: readonly number[]): number {
    const total = weights.reduce((sum, weight) => sum + weight, 0);
    let roll = this.random() * total;
    for (let i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** `count` distinct items (fewer if there are not that many). */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<T>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) {
      chosen.add(this.pick(items));
    }
    return [...chosen];
  }
}

const AREAS = [
  'payments',
  'checkout',
  'search',
  'identity',
  'catalog',
  'pricing',
  'logistics',
  'inventory',
  'marketing',
  'analytics',
  'platform',
  'mobile',
  'web',
  'data',
  'security',
  'billing',
  'support',
  'growth',
  'ads',
  'messaging',
  'media',
  'recommendations',
  'fraud',
  'fulfilment',
  'onboarding',
  'loyalty',
  'partners',
  'finance',
  'hr',
  'legal',
] as const;

const WORDS = [
  'api',
  'gateway',
  'worker',
  'service',
  'engine',
  'store',
  'indexer',
  'router',
  'scheduler',
  'exporter',
  'importer',
  'sync',
  'cache',
  'proxy',
  'portal',
  'ui',
  'admin',
  'console',
  'ledger',
  'notifier',
  'tracker',
  'resolver',
  'builder',
  'validator',
  'adapter',
  'bridge',
  'monitor',
  'collector',
  'renderer',
  'sdk',
] as const;

const TAGS = [
  'java',
  'kotlin',
  'typescript',
  'go',
  'python',
  'rust',
  'ruby',
  'scala',
  'react',
  'spring',
  'grpc',
  'graphql',
  'rest',
  'kafka',
  'postgres',
  'mysql',
  'redis',
  'elasticsearch',
  'kubernetes',
  'lambda',
  'customer-facing',
  'internal',
  'pci',
  'gdpr',
  'tier-1',
  'tier-2',
  'tier-3',
  'batch',
  'streaming',
  'legacy',
] as const;

const FIRST_NAMES = [
  'ada',
  'alan',
  'grace',
  'linus',
  'margaret',
  'dennis',
  'barbara',
  'ken',
  'frances',
  'john',
  'radia',
  'tim',
  'hedy',
  'guido',
  'katherine',
  'edsger',
] as const;

const LINK_TYPES = ['runbook', 'dashboard', 'docs'] as const;

const LINK_TITLES: Record<(typeof LINK_TYPES)[number], string> = {
  runbook: 'On-call runbook',
  dashboard: 'Grafana dashboard',
  docs: 'Design documents',
};

const API_VERSION = 'backstage.io/v1alpha1';

/**
 * Generates a catalog: one organisation root, departments (about one group in 25) and teams
 * under them, about one user per 50 components, one domain per department, one system per
 * 20 components, the components, and APIs provided by some services.
 *
 * Components: types service 50% / website 20% / library 30%; lifecycles production 65% /
 * experimental 25% / deprecated 10%; owned by a team (88%), a department (4%) or a user (8%);
 * 80% with a description, about half with a TechDocs annotation, 0–4 tags, 85% in a system,
 * 0–3 links (runbook, dashboard, docs), 0–4 `dependsOn` other components; 35% of services
 * provide 1–2 APIs, and 30% of components consume some. Some services declare an availability
 * SLA and a few carry scorecard waivers, active or expired.
 */
export function generateCatalog(
  options: GenerateCatalogOptions,
): GeneratedCatalog {
  const { components: componentCount, groups: groupCount, seed } = options;
  if (!Number.isInteger(componentCount) || componentCount < 1) {
    throw new Error(
      `components must be a positive integer, got ${componentCount}`,
    );
  }
  if (!Number.isInteger(groupCount) || groupCount < 3) {
    throw new Error(
      `groups must be an integer of at least 3, got ${groupCount}`,
    );
  }
  const dice = new Dice(seededRandom(seed));

  // Groups: root, departments, teams.
  const root = 'acme';
  const departmentCount = Math.max(1, Math.round(groupCount / 25));
  const teamCount = groupCount - 1 - departmentCount;
  const departments = Array.from(
    { length: departmentCount },
    (_, i) =>
      `dept-${AREAS[i % AREAS.length]}${i < AREAS.length ? '' : `-${i}`}`,
  );
  const teamDepartment: string[] = [];
  const teams = Array.from({ length: teamCount }, (_, i) => {
    // Every department gets teams; then randomly, so that their sizes vary.
    const department =
      i < departmentCount ? departments[i] : dice.pick(departments);
    teamDepartment.push(department);
    return `team-${department.slice('dept-'.length)}-${dice.pick(WORDS)}-${i}`;
  });
  const childrenOf = new Map<string, string[]>([[root, [...departments]]]);
  departments.forEach(d => childrenOf.set(d, []));
  teams.forEach((team, i) => childrenOf.get(teamDepartment[i])!.push(team));

  // Users: members of teams.
  const userCount = Math.max(1, Math.ceil(componentCount / 50));
  const users = Array.from(
    { length: userCount },
    (_, i) => `${dice.pick(FIRST_NAMES)}.${i}`,
  );
  const userTeam = users.map(() => dice.pick(teams));
  const membersOf = new Map<string, string[]>();
  users.forEach((user, i) => {
    membersOf.set(userTeam[i], [...(membersOf.get(userTeam[i]) ?? []), user]);
  });

  const groupEntities: Entity[] = [
    group(root, 'organization', undefined, childrenOf.get(root)!, []),
    ...departments.map(d =>
      group(d, 'department', root, childrenOf.get(d)!, []),
    ),
    ...teams.map((t, i) =>
      group(t, 'team', teamDepartment[i], [], membersOf.get(t) ?? []),
    ),
  ];
  const userEntities: Entity[] = users.map((user, i) => ({
    apiVersion: API_VERSION,
    kind: 'User',
    metadata: { name: user },
    spec: {
      profile: {
        displayName: user
          .replace(/\.\d+$/, '')
          .replace(/^./, c => c.toUpperCase()),
        email: `${user}@example.com`,
      },
      memberOf: [userTeam[i]],
    },
  }));

  // Domains: one per department.
  const domains = departments.map(d => `${d.slice('dept-'.length)}-domain`);
  const domainEntities: Entity[] = domains.map((domain, i) => ({
    apiVersion: API_VERSION,
    kind: 'Domain',
    metadata: {
      name: domain,
      description: `Everything ${departments[i]} runs.`,
    },
    spec: { owner: `group:${departments[i]}` },
  }));

  // Systems: owned by a team, in the domain of the team's department.
  const systemCount = Math.max(1, Math.round(componentCount / 20));
  const systemOwner: string[] = [];
  const systemDomain: string[] = [];
  const systems = Array.from({ length: systemCount }, (_, i) => {
    const teamIndex = dice.int(0, teams.length - 1);
    const department = teamDepartment[teamIndex];
    systemOwner.push(teams[teamIndex]);
    systemDomain.push(domains[departments.indexOf(department)]);
    return `sys-${department.slice('dept-'.length)}-${dice.pick(WORDS)}-${i}`;
  });
  const systemEntities: Entity[] = systems.map((system, i) => ({
    apiVersion: API_VERSION,
    kind: 'System',
    metadata: {
      name: system,
      ...(dice.chance(0.7) ? { description: `The ${system} system.` } : {}),
    },
    spec: {
      owner: `group:${systemOwner[i]}`,
      domain: systemDomain[i],
    },
  }));

  // Components and the APIs they provide.
  const components = Array.from(
    { length: componentCount },
    (_, i) => `${dice.pick(AREAS)}-${dice.pick(WORDS)}-${i}`,
  );
  const apis: string[] = [];
  const apiEntities: Entity[] = [];
  const componentEntities: Entity[] = components.map((name, i) => {
    const type = dice.weighted({ service: 50, website: 20, library: 30 });
    const lifecycle = dice.weighted({
      production: 65,
      experimental: 25,
      deprecated: 10,
    });
    const system = dice.chance(0.85)
      ? dice.int(0, systems.length - 1)
      : undefined;
    const ownerKind = dice.weighted({ team: 88, department: 4, user: 8 });
    let owner: string;
    if (ownerKind === 'user') {
      owner = `user:${dice.pick(users)}`;
    } else if (ownerKind === 'department') {
      owner = `group:${dice.pick(departments)}`;
    } else {
      // Mostly the team that owns the system.
      owner = `group:${
        system !== undefined && dice.chance(0.7)
          ? systemOwner[system]
          : dice.pick(teams)
      }`;
    }

    const annotations: Record<string, string> = {
      'github.com/project-slug': `acme/${name}`,
    };
    if (dice.chance(0.5)) {
      annotations['backstage.io/techdocs-ref'] = 'dir:.';
    }
    if (type === 'service' && dice.chance(0.3)) {
      annotations['paved-road.io/sla-availability'] = dice.pick([
        '99.9%',
        '99.95%',
        '99.5%',
      ]);
    }
    if (dice.chance(0.03)) {
      // Waivers as code: most active, some expired.
      annotations['paved-road.io/waive.service-maturity.has-runbook'] =
        dice.chance(0.7)
          ? '2099-12-31: runbook being rewritten'
          : '2024-01-31: migrating the wiki';
    }

    const links: EntityLink[] = dice
      .sample(LINK_TYPES, dice.count([30, 35, 25, 10]))
      .map(linkType => ({
        url: `https://${linkType}.example.com/${name}`,
        title: LINK_TITLES[linkType],
        type: linkType,
      }));

    const dependsOn = dice
      .sample(components, dice.count([35, 25, 20, 12, 8]))
      .filter(other => other !== name)
      .map(other => `component:${other}`);

    const providesApis: string[] = [];
    if (type === 'service' && dice.chance(0.35)) {
      for (let a = dice.int(1, 2); a > 0; a--) {
        const api = `${name}-api${a === 1 ? '' : `-v${a}`}`;
        providesApis.push(`api:${api}`);
        apis.push(api);
        apiEntities.push({
          apiVersion: API_VERSION,
          kind: 'API',
          metadata: { name: api, description: `The API of ${name}.` },
          spec: {
            type: dice.weighted({ openapi: 70, grpc: 20, asyncapi: 10 }),
            lifecycle,
            owner,
            ...(system !== undefined ? { system: systems[system] } : {}),
            definition: `# The ${api} API\n`,
          },
        });
      }
    }
    // APIs provided by components generated before this one: every ref resolves.
    const consumesApis =
      apis.length > 0 && dice.chance(0.3)
        ? dice
            .sample(apis, dice.int(1, 3))
            .filter(api => !providesApis.includes(`api:${api}`))
        : [];

    const tags = dice.sample(TAGS, dice.count([15, 25, 30, 20, 10]));

    return {
      apiVersion: API_VERSION,
      kind: 'Component',
      metadata: {
        name,
        ...(dice.chance(0.8)
          ? {
              description: `${name
                .split('-')
                .slice(0, 2)
                .join(' ')} (${type}) #${i}.`,
            }
          : {}),
        annotations,
        ...(tags.length > 0 ? { tags } : {}),
        ...(links.length > 0 ? { links } : {}),
      },
      spec: {
        type,
        lifecycle,
        owner,
        ...(system !== undefined ? { system: systems[system] } : {}),
        ...(dependsOn.length > 0 ? { dependsOn } : {}),
        ...(providesApis.length > 0 ? { providesApis } : {}),
        ...(consumesApis.length > 0
          ? { consumesApis: consumesApis.map(api => `api:${api}`) }
          : {}),
      },
    };
  });

  return {
    entities: [
      ...groupEntities,
      ...userEntities,
      ...domainEntities,
      ...systemEntities,
      ...apiEntities,
      ...componentEntities,
    ],
    root,
    departments,
    teams,
    users,
    domains,
    systems,
    apis,
    components,
  };
}

function group(
  name: string,
  type: 'organization' | 'department' | 'team',
  parent: string | undefined,
  children: string[],
  members: string[],
): Entity {
  return {
    apiVersion: API_VERSION,
    kind: 'Group',
    metadata: { name, description: `The ${name} ${type}.` },
    spec: {
      type,
      profile: { displayName: name },
      ...(parent ? { parent } : {}),
      children,
      ...(members.length > 0 ? { members } : {}),
    },
  };
}
