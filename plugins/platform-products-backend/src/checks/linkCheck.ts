import { Entity, EntityLink } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import {
  CheckOutcome,
  ScorecardCheckType,
} from '@paved-road/plugin-platform-products-node';
import { gradeCount } from './gradeCount';
import {
  readOptionalInteger,
  readOptionalString,
  rejectUnknownParams,
} from './params';
import { containsIgnoringCase, equalsIgnoringCase, Noun, quote } from './text';

/** Params of the `link` check type. Without type and title, any link counts. */
export interface LinkCheckParams {
  /** The link type (`metadata.links[].type`), compared ignoring case. */
  type?: string;
  /** Text the link title must contain, ignoring case. */
  title?: string;
  /** How many matching links are required for a pass. */
  min: number;
}

function parseLinkParams(params: JsonObject): LinkCheckParams {
  rejectUnknownParams(params, ['type', 'title', 'min']);
  return {
    type: readOptionalString(params, 'type'),
    title: readOptionalString(params, 'title'),
    min: readOptionalInteger(params, 'min', 1) ?? 1,
  };
}

function isMatchingLink(link: EntityLink, params: LinkCheckParams): boolean {
  const typeMatches =
    params.type === undefined ||
    equalsIgnoringCase(link.type ?? '', params.type);
  const titleMatches =
    params.title === undefined ||
    containsIgnoringCase(link.title ?? '', params.title);
  return typeMatches && titleMatches;
}

/** `links of type runbook whose title contains "on-call"`. */
function linkNoun(params: LinkCheckParams): Noun {
  const ofType = params.type === undefined ? '' : ` of type ${params.type}`;
  const titled =
    params.title === undefined
      ? ''
      : ` whose title contains ${quote(params.title)}`;
  return { one: `link${ofType}${titled}`, many: `links${ofType}${titled}` };
}

function evaluateLinks(entity: Entity, params: LinkCheckParams): CheckOutcome {
  const matching = (entity.metadata.links ?? []).filter(link =>
    isMatchingLink(link, params),
  );
  return {
    ...gradeCount(matching.length, params.min, linkNoun(params)),
    facts: { count: matching.length, urls: matching.map(link => link.url) },
  };
}

/** `link`: the entity has enough links of a type or with a title. */
export const linkCheckType: ScorecardCheckType<LinkCheckParams> = {
  type: 'link',
  description:
    'Counts the entity links of type params.type and/or whose title contains params.title (ignoring case; neither: any link); passes from params.min links (default 1), partial credit below.',
  parseParams: parseLinkParams,
  evaluate: ({ entity, params }) => evaluateLinks(entity, params),
};
