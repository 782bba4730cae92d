import { JsonObject } from '@backstage/types';
import { ownerIsGroupCheckType } from './ownerIsGroupCheck';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

describe('ownerIsGroupCheckType', () => {
  describe('parseParams', () => {
    it('takes no params', () => {
      expect(ownerIsGroupCheckType.parseParams({})).toEqual({});
    });

    it.each([
      [
        { group: true },
        'params.group is not a known param; this check type takes no params',
      ],
      [
        { kind: 'Group', allowUsers: false },
        'params.kind and params.allowUsers are not known params; this check type takes no params',
      ],
      [
        ['group'] as unknown as JsonObject,
        'params must be an empty object: this check type takes no params',
      ],
    ])('refuses %j', (params, message) => {
      expect(() => ownerIsGroupCheckType.parseParams(params)).toThrow(
        expect.objectContaining({ name: 'InputError', message }),
      );
    });
  });

  describe('evaluate', () => {
    it('passes when owned by a group through a relation', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({
            spec: { owner: 'team-a' },
            relations: [
              { type: 'ownedBy', targetRef: 'group:default/team-a' },
              { type: 'dependsOn', targetRef: 'user:default/jane' },
            ],
          }),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Owned by group:default/team-a',
        facts: { source: 'relations', owners: ['group:default/team-a'] },
      });
    });

    it('reads the kind of a relation ignoring case', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({
            relations: [{ type: 'ownedBy', targetRef: 'Group:default/Team-A' }],
          }),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Owned by group:default/team-a',
        facts: { source: 'relations', owners: ['group:default/team-a'] },
      });
    });

    it('fails when owned by a user', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({
            spec: { owner: 'user:jane' },
            relations: [{ type: 'ownedBy', targetRef: 'user:default/jane' }],
          }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Owned by user:default/jane, not by a group',
        facts: { source: 'relations', owners: ['user:default/jane'] },
      });
    });

    it('passes when one of several owners is a group', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({
            relations: [
              { type: 'ownedBy', targetRef: 'user:default/jane' },
              { type: 'ownedBy', targetRef: 'group:default/team-a' },
            ],
          }),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Owned by group:default/team-a',
        facts: {
          source: 'relations',
          owners: ['user:default/jane', 'group:default/team-a'],
        },
      });
    });

    it('reads spec.owner as a group when there are no relations', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({
            metadata: { namespace: 'shop' },
            spec: { owner: 'Team-A' },
          }),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Owned by group:shop/team-a',
        facts: { source: 'spec.owner', owners: ['group:shop/team-a'] },
      });
    });

    it('reads spec.owner when no relation is an ownedBy one', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({
            spec: { owner: 'User:default/Jane' },
            relations: [
              { type: 'dependsOn', targetRef: 'group:default/team-a' },
            ],
          }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Owned by user:default/jane, not by a group',
        facts: { source: 'spec.owner', owners: ['user:default/jane'] },
      });
    });

    it('fails without an owner', async () => {
      expect(
        await evaluateCheck(ownerIsGroupCheckType, {}, makeEntity()),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Has no owner',
        facts: { source: 'spec.owner', owners: [] },
      });
    });

    it('fails with a blank spec.owner', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({ spec: { owner: ' ' }, relations: [] }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Has no owner',
        facts: { source: 'spec.owner', owners: [] },
      });
    });

    it('fails with a spec.owner that is not an entity ref', async () => {
      expect(
        await evaluateCheck(
          ownerIsGroupCheckType,
          {},
          makeEntity({ spec: { owner: 'group:' } }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'spec.owner "group:" is not an entity ref',
        facts: { source: 'spec.owner', owners: [], invalidRef: 'group:' },
      });
    });
  });
});
