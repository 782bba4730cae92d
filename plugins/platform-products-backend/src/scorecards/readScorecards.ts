import { Config } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import {
  EntityFilter,
  ScorecardCheckDefinition,
  ScorecardDefinition,
  SCORECARD_ID_PATTERN,
} from '@paved-road/plugin-platform-products-common';
import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';

/** A check with its type and parsed params, ready to evaluate. */
export interface CompiledCheck {
  definition: ScorecardCheckDefinition;
  checkType: ScorecardCheckType<unknown>;
  params: unknown;
}

/** A scorecard definition whose checks are ready to evaluate. */
export interface CompiledScorecard {
  definition: ScorecardDefinition;
  checks: CompiledCheck[];
}

function readId(config: Config, where: string): string {
  const id = config.getString('id');
  if (!SCORECARD_ID_PATTERN.test(id)) {
    throw new Error(
      `${where}: id "${id}" must be lowercase letters, digits and dashes, such as "service-maturity"`,
    );
  }
  return id;
}

function readFilter(config: Config, where: string): EntityFilter {
  const raw = config.getOptional('filter') ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error(
      `${where}: filter must be a mapping of field paths to values`,
    );
  }
  const filter: EntityFilter = {};
  for (const [field, value] of Object.entries(raw)) {
    const values = [value].flat();
    if (values.length === 0 || values.some(v => typeof v !== 'string' || !v)) {
      throw new Error(
        `${where}: filter.${field} must be a string or a list of strings`,
      );
    }
    filter[field] = value as string | string[];
  }
  return filter;
}

function readLevels(config: Config, where: string) {
  const levels = (config.getOptionalConfigArray('levels') ?? []).map(
    (level, index) => {
      const name = level.getString('name');
      const score = level.getNumber('score');
      if (!(score >= 0 && score <= 100)) {
        throw new Error(
          `${where}: levels[${index}] "${name}" has score ${score}; expected 0 to 100`,
        );
      }
      return { name, score };
    },
  );
  const names = new Set(levels.map(l => l.name));
  if (names.size !== levels.length) {
    throw new Error(`${where}: level names must be unique`);
  }
  return levels.sort((a, b) => a.score - b.score);
}

function readCheck(
  config: Config,
  where: string,
  checkTypes: ReadonlyMap<string, ScorecardCheckType<unknown>>,
): CompiledCheck {
  const id = readId(config, where);
  const at = `${where}, check "${id}"`;
  const type = config.getString('type');
  const checkType = checkTypes.get(type);
  if (!checkType) {
    throw new Error(
      `${at}: unknown check type "${type}"; known types are ${[
        ...checkTypes.keys(),
      ]
        .sort()
        .join(', ')}`,
    );
  }
  const weight = config.getOptionalNumber('weight') ?? 1;
  if (!(weight >= 0)) {
    throw new Error(`${at}: weight must be a number of 0 or more`);
  }
  const params = (config.getOptional('params') ?? {}) as JsonObject;
  let parsedParams: unknown;
  try {
    parsedParams = checkType.parseParams(params);
  } catch (error) {
    throw new Error(`${at} (type ${type}): ${(error as Error).message}`);
  }
  return {
    definition: {
      id,
      type,
      title: config.getOptionalString('title') ?? id,
      description: config.getOptionalString('description'),
      weight,
      params,
      links: (config.getOptionalConfigArray('links') ?? []).map(link => ({
        url: link.getString('url'),
        title: link.getString('title'),
      })),
    },
    checkType,
    params: parsedParams,
  };
}

/**
 * Reads and validates `platformProducts.scorecards`. Throws, naming the scorecard and the
 * check, on anything wrong: the plugin must not start with a scorecard it cannot evaluate.
 */
export function readScorecards(
  config: Config,
  checkTypes: ReadonlyMap<string, ScorecardCheckType<unknown>>,
): CompiledScorecard[] {
  const scorecards = (
    config.getOptionalConfigArray('platformProducts.scorecards') ?? []
  ).map((scorecard, index) => {
    const where = `platformProducts.scorecards[${index}]`;
    const id = readId(scorecard, where);
    const at = `Scorecard "${id}"`;
    const checks = scorecard
      .getConfigArray('checks')
      .map(check => readCheck(check, at, checkTypes));
    const checkIds = checks.map(c => c.definition.id);
    const duplicate = checkIds.find((c, i) => checkIds.indexOf(c) !== i);
    if (duplicate) {
      throw new Error(`${at}: check id "${duplicate}" is used twice`);
    }
    return {
      definition: {
        id,
        title: scorecard.getString('title'),
        description: scorecard.getOptionalString('description'),
        filter: readFilter(scorecard, at),
        levels: readLevels(scorecard, at),
        checks: checks.map(c => c.definition),
      },
      checks,
    };
  });
  const ids = scorecards.map(s => s.definition.id);
  const duplicate = ids.find((s, i) => ids.indexOf(s) !== i);
  if (duplicate) {
    throw new Error(
      `platformProducts.scorecards: scorecard id "${duplicate}" is used twice`,
    );
  }
  return scorecards;
}
