import {
  apiEntityV1alpha1Validator,
  componentEntityV1alpha1Validator,
  domainEntityV1alpha1Validator,
  Entity,
  entitySchemaValidator,
  groupEntityV1alpha1Validator,
  KindValidator,
  parseEntityRef,
  stringifyEntityRef,
  systemEntityV1alpha1Validator,
  userEntityV1alpha1Validator,
} from '@backstage/catalog-model';
import { generateCatalog, seededRandom } from './generateCatalog';

const catalog = generateCatalog({ components: 2000, groups: 100, seed: 42 });

const byKind = (kind: string) => catalog.entities.filter(e => e.kind === kind);
const spec = (entity: Entity) => entity.spec as Record<string, any>;
const refOf = (entity: Entity) =>
  stringifyEntityRef(entity).toLocaleLowerCase('en-US');

/** Like the catalog: a ref in a spec field defaults to a kind and the default namespace. */
function fullRef(ref: string, defaultKind: string): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
  ).toLocaleLowerCase('en-US');
}

describe('seededRandom', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every(x => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateCatalog', () => {
  it('generates the requested numbers of components and groups', () => {
    expect(byKind('Component')).toHaveLength(2000);
    expect(byKind('Group')).toHaveLength(100);
    expect(catalog.components).toHaveLength(2000);
    expect(1 + catalog.departments.length + catalog.teams.length).toBe(100);
    expect(byKind('System')).toHaveLength(100); // one per 20 components
    expect(byKind('User')).toHaveLength(40); // one per 50 components
    expect(byKind('Domain')).toHaveLength(catalog.departments.length);
    expect(byKind('API').length).toBe(catalog.apis.length);
  });

  it('gives every entity a unique ref', () => {
    const refs = catalog.entities.map(refOf);
    expect(new Set(refs).size).toBe(refs.length);
  });

  it('is deterministic: the same seed gives the same catalog, another seed another', () => {
    const again = generateCatalog({ components: 2000, groups: 100, seed: 42 });
    expect(again).toEqual(catalog);
    const other = generateCatalog({ components: 2000, groups: 100, seed: 43 });
    expect(other.entities).not.toEqual(catalog.entities);
  });

  it('generates entities the catalog accepts', async () => {
    const validators: Record<string, KindValidator> = {
      Component: componentEntityV1alpha1Validator,
      Group: groupEntityV1alpha1Validator,
      User: userEntityV1alpha1Validator,
      System: systemEntityV1alpha1Validator,
      Domain: domainEntityV1alpha1Validator,
      API: apiEntityV1alpha1Validator,
    };
    for (const entity of catalog.entities) {
      expect(() => entitySchemaValidator()(entity)).not.toThrow();
      await expect(validators[entity.kind].check(entity)).resolves.toBe(true);
    }
  });

  it('only refers to entities that exist', () => {
    const refs = new Set(catalog.entities.map(refOf));
    const missing: string[] = [];
    const expectRef = (from: Entity, ref: string, defaultKind: string) => {
      const target = fullRef(ref, defaultKind);
      if (!refs.has(target)) {
        missing.push(`${refOf(from)} -> ${target}`);
      }
    };
    for (const entity of catalog.entities) {
      const s = spec(entity);
      if (s.owner) expectRef(entity, s.owner, 'Group');
      if (s.system) expectRef(entity, s.system, 'System');
      if (s.domain) expectRef(entity, s.domain, 'Domain');
      if (s.parent) expectRef(entity, s.parent, 'Group');
      for (const ref of s.children ?? []) expectRef(entity, ref, 'Group');
      for (const ref of s.members ?? []) expectRef(entity, ref, 'User');
      for (const ref of s.memberOf ?? []) expectRef(entity, ref, 'Group');
      for (const ref of s.dependsOn ?? []) expectRef(entity, ref, 'Component');
      for (const ref of s.providesApis ?? []) expectRef(entity, ref, 'API');
      for (const ref of s.consumesApis ?? []) expectRef(entity, ref, 'API');
    }
    expect(missing).toEqual([]);
  });

  it('builds a consistent group hierarchy: root, departments, teams', () => {
    const groups = new Map(
      byKind('Group').map(g => [g.metadata.name, spec(g)]),
    );
    const root = groups.get(catalog.root)!;
    expect(root.type).toBe('organization');
    expect(root.parent).toBeUndefined();
    expect([...root.children].sort()).toEqual([...catalog.departments].sort());
    for (const [name, group] of groups) {
      // Every child names this group as its parent, and every parent lists its child.
      for (const child of group.children) {
        expect(groups.get(child)!.parent).toBe(name);
      }
      const siblings = group.parent
        ? groups.get(group.parent)!.children
        : [name];
      expect(siblings).toContain(name);
    }
    for (const department of catalog.departments) {
      expect(groups.get(department)!.type).toBe('department');
      expect(groups.get(department)!.parent).toBe(catalog.root);
      expect(groups.get(department)!.children.length).toBeGreaterThan(0);
    }
    for (const team of catalog.teams) {
      expect(groups.get(team)!.type).toBe('team');
      expect(catalog.departments).toContain(groups.get(team)!.parent);
      expect(groups.get(team)!.children).toEqual([]);
    }
    // Users and teams agree on membership.
    for (const user of byKind('User')) {
      for (const team of spec(user).memberOf) {
        expect(groups.get(team)!.members).toContain(user.metadata.name);
      }
    }
  });

  it('mixes metadata like a real catalog', () => {
    const components = byKind('Component');
    const share = (predicate: (e: Entity) => boolean) =>
      components.filter(predicate).length / components.length;
    const near = (value: number, expected: number) => {
      expect(value).toBeGreaterThan(expected - 0.05);
      expect(value).toBeLessThan(expected + 0.05);
    };
    near(
      share(e => Boolean(e.metadata.description)),
      0.8,
    );
    near(
      share(e =>
        Boolean(e.metadata.annotations?.['backstage.io/techdocs-ref']),
      ),
      0.5,
    );
    near(
      share(e => spec(e).type === 'service'),
      0.5,
    );
    near(
      share(e => spec(e).lifecycle === 'production'),
      0.65,
    );
    near(
      share(e => spec(e).owner.startsWith('user:')),
      0.08,
    );
    near(
      share(e => Boolean(spec(e).system)),
      0.85,
    );
    expect(share(e => (e.metadata.links ?? []).length === 0)).toBeGreaterThan(
      0.2,
    );
    expect(share(e => (e.metadata.links ?? []).length === 3)).toBeGreaterThan(
      0.05,
    );
    expect(share(e => (e.metadata.tags ?? []).length > 0)).toBeGreaterThan(0.7);
    expect(share(e => (spec(e).dependsOn ?? []).length > 0)).toBeGreaterThan(
      0.5,
    );
    expect(share(e => (spec(e).providesApis ?? []).length > 0)).toBeGreaterThan(
      0.1,
    );
    const linkTypes = new Set(
      components.flatMap(e => (e.metadata.links ?? []).map(l => l.type)),
    );
    expect([...linkTypes].sort()).toEqual(['dashboard', 'docs', 'runbook']);
    // Every team-owned system's team exists; some components carry waivers.
    expect(
      components.some(e =>
        Object.keys(e.metadata.annotations ?? {}).some(k =>
          k.startsWith('paved-road.io/waive.'),
        ),
      ),
    ).toBe(true);
  });

  it('refuses sizes it cannot generate', () => {
    expect(() =>
      generateCatalog({ components: 0, groups: 10, seed: 1 }),
    ).toThrow(/components/);
    expect(() =>
      generateCatalog({ components: 10, groups: 2, seed: 1 }),
    ).toThrow(/groups/);
  });
});
