import { EntityLink } from '@backstage/catalog-model';
import { linkCheckType } from './linkCheck';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

const withLinks = (links: EntityLink[]) => makeEntity({ metadata: { links } });

const links: EntityLink[] = [
  { url: 'https://wiki/runbooks/web', title: 'Web runbook', type: 'runbook' },
  {
    url: 'https://wiki/runbooks/db',
    title: 'On-call: database',
    type: 'Runbook',
  },
  { url: 'https://grafana/web', title: 'Web dashboard', type: 'dashboard' },
  { url: 'https://chat/web' },
];

describe('linkCheckType', () => {
  describe('parseParams', () => {
    it('defaults to any one link', () => {
      expect(linkCheckType.parseParams({})).toEqual({
        type: undefined,
        title: undefined,
        min: 1,
      });
    });

    it('reads a type, a title and a minimum', () => {
      expect(
        linkCheckType.parseParams({
          type: 'runbook',
          title: 'on-call',
          min: 2,
        }),
      ).toEqual({ type: 'runbook', title: 'on-call', min: 2 });
    });

    it('reads a title alone', () => {
      expect(linkCheckType.parseParams({ title: 'dashboard' })).toEqual({
        type: undefined,
        title: 'dashboard',
        min: 1,
      });
    });

    it.each([
      [{ type: '' }, 'params.type must be a non-empty string'],
      [{ type: ['runbook'] }, 'params.type must be a non-empty string'],
      [{ title: 3 }, 'params.title must be a non-empty string'],
      [{ min: 0 }, 'params.min must be an integer of at least 1'],
      [{ min: 1.5 }, 'params.min must be an integer of at least 1'],
      [{ min: '2' }, 'params.min must be an integer of at least 1'],
      [
        { type: 'runbook', minimum: 2 },
        'params.minimum is not a known param; the known params are params.type, params.title and params.min',
      ],
      [
        { kind: 'runbook', count: 2 },
        'params.kind and params.count are not known params; the known params are params.type, params.title and params.min',
      ],
    ])('refuses %j', (params, message) => {
      expect(() => linkCheckType.parseParams(params)).toThrow(
        expect.objectContaining({ name: 'InputError', message }),
      );
    });
  });

  describe('evaluate', () => {
    it('passes with any link when no type or title is given', async () => {
      expect(await evaluateCheck(linkCheckType, {}, withLinks(links))).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 4 links',
        facts: {
          count: 4,
          urls: [
            'https://wiki/runbooks/web',
            'https://wiki/runbooks/db',
            'https://grafana/web',
            'https://chat/web',
          ],
        },
      });
    });

    it('fails without links', async () => {
      expect(await evaluateCheck(linkCheckType, {}, makeEntity())).toEqual({
        status: 'fail',
        score: 0,
        message: 'Has no links; at least 1 required',
        facts: { count: 0, urls: [] },
      });
    });

    it('counts links of a type, ignoring case', async () => {
      expect(
        await evaluateCheck(
          linkCheckType,
          { type: 'RUNBOOK', min: 2 },
          withLinks(links),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 2 links of type RUNBOOK',
        facts: {
          count: 2,
          urls: ['https://wiki/runbooks/web', 'https://wiki/runbooks/db'],
        },
      });
    });

    it('gives partial credit below the minimum', async () => {
      expect(
        await evaluateCheck(
          linkCheckType,
          { type: 'runbook', min: 3 },
          withLinks(links),
        ),
      ).toEqual({
        status: 'warn',
        score: 2 / 3,
        message: 'Has 2 of the 3 required links of type runbook',
        facts: {
          count: 2,
          urls: ['https://wiki/runbooks/web', 'https://wiki/runbooks/db'],
        },
      });
    });

    it('caps the score at 1 above the minimum', async () => {
      expect(
        await evaluateCheck(
          linkCheckType,
          { type: 'runbook' },
          withLinks(links),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 2 links of type runbook',
        facts: {
          count: 2,
          urls: ['https://wiki/runbooks/web', 'https://wiki/runbooks/db'],
        },
      });
    });

    it('counts links whose title contains a text, ignoring case', async () => {
      expect(
        await evaluateCheck(linkCheckType, { title: 'WEB' }, withLinks(links)),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 2 links whose title contains "WEB"',
        facts: {
          count: 2,
          urls: ['https://wiki/runbooks/web', 'https://grafana/web'],
        },
      });
    });

    it('counts links with both the type and the title', async () => {
      expect(
        await evaluateCheck(
          linkCheckType,
          { type: 'runbook', title: 'on-call' },
          withLinks(links),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 1 link of type runbook whose title contains "on-call"',
        facts: { count: 1, urls: ['https://wiki/runbooks/db'] },
      });
    });

    it('fails when no link has the type', async () => {
      expect(
        await evaluateCheck(
          linkCheckType,
          { type: 'docs', min: 2 },
          withLinks(links),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Has no links of type docs; at least 2 required',
        facts: { count: 0, urls: [] },
      });
    });

    it('does not match a title on a link without one', async () => {
      expect(
        await evaluateCheck(
          linkCheckType,
          { title: 'chat' },
          withLinks([{ url: 'https://chat/web' }]),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message:
          'Has no links whose title contains "chat"; at least 1 required',
        facts: { count: 0, urls: [] },
      });
    });
  });
});
