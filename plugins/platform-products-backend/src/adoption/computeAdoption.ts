import {
  Entity,
  RELATION_CONSUMES_API,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import {
  ANNOTATION_ADOPTS,
  AdoptingTeam,
  Adopter,
  AdoptionMethod,
  AdoptionSummary,
  AdoptionVia,
  EntityFilter,
  matchesEntityFilter,
  parseEntityRefList,
} from '@paved-road/plugin-platform-products-common';
import { entityRefOf, lowerRef, ownerRefOf } from '../entityRefs';
import { AdoptionProduct } from './adoptionProduct';

/** The adoption of one product at one time. */
export interface ProductAdoption {
  productRef: string;
  summary: AdoptionSummary;
  population: EntityFilter;
  adopters: Adopter[];
  teams: AdoptingTeam[];
}

const RELATION_METHODS: ReadonlyMap<string, AdoptionMethod> = new Map([
  [RELATION_DEPENDS_ON, 'dependsOn'],
  [RELATION_CONSUMES_API, 'consumesApi'],
]);

/** The order adopters are listed in: those in the population first, then by ref. */
export function compareAdopters(a: Adopter, b: Adopter): number {
  return (
    Number(b.inPopulation) - Number(a.inPopulation) ||
    a.entityRef.localeCompare(b.entityRef)
  );
}

/** Accumulates one product's figures while the catalog is walked once. */
class ProductTally {
  readonly adopters = new Map<string, Adopter>();
  population = 0;
  readonly teamsInPopulation = new Set<string>();
  readonly adoptersByTeam = new Map<string, number>();
  constructor(readonly product: AdoptionProduct) {}

  addVia(entity: Entity, ref: string, via: AdoptionVia) {
    let adopter = this.adopters.get(ref);
    if (!adopter) {
      adopter = {
        entityRef: ref,
        ...(entity.metadata.title && { title: entity.metadata.title }),
        ownerRef: ownerRefOf(entity),
        via: [],
        inPopulation: false,
      };
      this.adopters.set(ref, adopter);
    }
    if (
      !adopter.via.some(
        v => v.method === via.method && v.targetRef === via.targetRef,
      )
    ) {
      adopter.via.push(via);
    }
  }

  result(now: Date): ProductAdoption {
    const { target } = this.product;
    const adopters = [...this.adopters.values()];
    const counted = adopters.filter(a => a.inPopulation);
    const rate = this.population > 0 ? counted.length / this.population : null;
    const gap =
      target === null || rate === null ? null : Math.max(0, target - rate);
    const teams = [...this.adoptersByTeam.entries()]
      .map(([ownerRef, count]) => ({ ownerRef, adopters: count }))
      .sort(
        (a, b) =>
          b.adopters - a.adopters || a.ownerRef.localeCompare(b.ownerRef),
      );
    adopters.sort(compareAdopters);
    return {
      productRef: this.product.ref,
      population: this.product.population,
      summary: {
        adopters: counted.length,
        population: this.population,
        rate,
        target,
        gap,
        belowTarget: gap !== null && gap > 0,
        teamsAdopting: teams.length,
        teamsTotal: this.teamsInPopulation.size,
        computedAt: now.toISOString(),
      },
      adopters,
      teams,
    };
  }
}

/** Product refs named by the entity's `paved-road.io/adopts` annotation; none when malformed. */
function annotatedProducts(entity: Entity): string[] {
  const raw = entity.metadata.annotations?.[ANNOTATION_ADOPTS];
  if (typeof raw !== 'string') {
    return [];
  }
  const parsed = parseEntityRefList(ANNOTATION_ADOPTS, raw, {
    defaultNamespace: entity.metadata.namespace,
  });
  // A malformed annotation is reported with the entity's annotation problems, not here.
  return parsed.ok ? parsed.value.map(lowerRef) : [];
}

/**
 * The adoption of every product over one read of the catalog, in one pass over its entities.
 *
 * An entity adopts a product when it has a `dependsOn` or `consumesApi` relation to the
 * product or one of its parts, or names the product in `paved-road.io/adopts`. A part shared
 * by several products makes its dependents adopters of each of them. The rule is applied as
 * written: a part of the product that depends on another of its parts adopts it, and parts
 * count in the population when they match its filter (the documented example figures rely
 * on this). Only the product itself is neither adopter nor population.
 */
export function computeAdoption(
  products: AdoptionProduct[],
  entities: Iterable<Entity>,
  now: Date,
): Map<string, ProductAdoption> {
  const tallies = new Map(products.map(p => [p.ref, new ProductTally(p)]));
  // Which products a relation target leads to: the product itself or a part of it.
  const productsByTarget = new Map<string, ProductTally[]>();
  for (const tally of tallies.values()) {
    for (const ref of new Set([tally.product.ref, ...tally.product.parts])) {
      const list = productsByTarget.get(ref) ?? [];
      list.push(tally);
      productsByTarget.set(ref, list);
    }
  }
  // Products sharing a population filter share its evaluation on each entity.
  const byFilter = new Map<string, ProductTally[]>();
  for (const tally of tallies.values()) {
    const key = filterKey(tally.product.population);
    byFilter.set(key, [...(byFilter.get(key) ?? []), tally]);
  }
  const filters = [...byFilter.values()].map(group => ({
    filter: group[0].product.population,
    tallies: group,
  }));

  for (const entity of entities) {
    const ref = entityRefOf(entity);
    for (const relation of entity.relations ?? []) {
      const method = RELATION_METHODS.get(relation.type);
      if (!method) {
        continue;
      }
      const targetRef = lowerRef(relation.targetRef);
      for (const tally of productsByTarget.get(targetRef) ?? []) {
        if (ref !== tally.product.ref) {
          tally.addVia(entity, ref, { method, targetRef });
        }
      }
    }
    for (const productRef of annotatedProducts(entity)) {
      const tally = tallies.get(productRef);
      if (tally && ref !== tally.product.ref) {
        tally.addVia(entity, ref, {
          method: 'annotation',
          targetRef: productRef,
        });
      }
    }

    // After its relations: whether this entity adopts a product is known by now.
    const owner = ownerRefOf(entity);
    for (const { filter, tallies: group } of filters) {
      if (!matchesEntityFilter(entity, filter)) {
        continue;
      }
      for (const tally of group) {
        if (ref === tally.product.ref) {
          continue;
        }
        tally.population++;
        if (owner) {
          tally.teamsInPopulation.add(owner);
        }
        const adopter = tally.adopters.get(ref);
        if (adopter) {
          adopter.inPopulation = true;
          if (owner) {
            tally.adoptersByTeam.set(
              owner,
              (tally.adoptersByTeam.get(owner) ?? 0) + 1,
            );
          }
        }
      }
    }
  }
  return new Map(
    [...tallies.entries()].map(([ref, tally]) => [ref, tally.result(now)]),
  );
}

function filterKey(filter: EntityFilter): string {
  return JSON.stringify(
    Object.keys(filter)
      .sort()
      .map(key => [
        key.toLocaleLowerCase('en-US'),
        [filter[key]].flat().sort(),
      ]),
  );
}
