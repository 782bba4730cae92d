import { EntityRelation } from '@backstage/catalog-model';
import { relationCheckType } from './relationCheck';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

const relations: EntityRelation[] = [
  { type: 'dependsOn', targetRef: 'component:default/db' },
  { type: 'dependsOn', targetRef: 'resource:default/bucket' },
  { type: 'dependsOn', targetRef: 'Component:default/Cache' },
  // The same relation emitted twice counts once.
  { type: 'dependsOn', targetRef: 'component:default/db' },
  { type: 'ownedBy', targetRef: 'group:default/team-a' },
  { type: 'consumesApi', targetRef: 'api:default/orders' },
];

const withRelations = (entityRelations: EntityRelation[]) =>
  makeEntity({ relations: entityRelations });

describe('relationCheckType', () => {
  describe('parseParams', () => {
    it('reads a type, requiring one relation', () => {
      expect(relationCheckType.parseParams({ type: 'dependsOn' })).toEqual({
        type: 'dependsOn',
        targetKind: undefined,
        min: 1,
        max: undefined,
      });
    });

    it('reads a target kind and bounds', () => {
      expect(
        relationCheckType.parseParams({
          type: 'dependsOn',
          targetKind: 'Component',
          min: 2,
          max: 5,
        }),
      ).toEqual({ type: 'dependsOn', targetKind: 'Component', min: 2, max: 5 });
    });

    it('reads a minimum of 0 and a maximum equal to it', () => {
      expect(
        relationCheckType.parseParams({ type: 'dependsOn', min: 0, max: 0 }),
      ).toEqual({ type: 'dependsOn', targetKind: undefined, min: 0, max: 0 });
    });

    it.each([
      [{}, 'params.type is required'],
      [{ type: '' }, 'params.type must be a non-empty string'],
      [{ type: 1 }, 'params.type must be a non-empty string'],
      [
        { type: 'dependsOn', targetKind: true },
        'params.targetKind must be a non-empty string',
      ],
      [
        { type: 'dependsOn', min: -1 },
        'params.min must be an integer of at least 0',
      ],
      [
        { type: 'dependsOn', min: 'one' },
        'params.min must be an integer of at least 0',
      ],
      [
        { type: 'dependsOn', max: 2.5 },
        'params.max must be an integer of at least 0',
      ],
      [
        { type: 'dependsOn', min: 3, max: 2 },
        'params.max must be at least params.min (3); got 2',
      ],
      [
        { type: 'dependsOn', max: 0 },
        'params.max must be at least params.min (1); got 0',
      ],
      [
        { type: 'dependsOn', kind: 'Component' },
        'params.kind is not a known param; the known params are params.type, params.targetKind, params.min and params.max',
      ],
    ])('refuses %j', (params, message) => {
      expect(() => relationCheckType.parseParams(params)).toThrow(
        expect.objectContaining({ name: 'InputError', message }),
      );
    });
  });

  describe('evaluate', () => {
    it('passes with enough relations, counting distinct targets', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'dependsOn', min: 3 },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 3 dependsOn relations',
        facts: {
          count: 3,
          targets: [
            'component:default/db',
            'resource:default/bucket',
            'component:default/cache',
          ],
        },
      });
    });

    it('compares the relation type ignoring case', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'consumesapi' },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 1 consumesapi relation',
        facts: { count: 1, targets: ['api:default/orders'] },
      });
    });

    it('counts only targets of the kind, ignoring case', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'dependsOn', targetKind: 'COMPONENT', min: 3 },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'warn',
        score: 2 / 3,
        message:
          'Has 2 of the 3 required dependsOn relations to entities of kind COMPONENT',
        facts: {
          count: 2,
          targets: ['component:default/db', 'component:default/cache'],
        },
      });
    });

    it('fails without relations of the type', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'providesApi', min: 2 },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Has no providesApi relations; at least 2 required',
        facts: { count: 0, targets: [] },
      });
    });

    it('fails on an entity without relations', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'dependsOn', targetKind: 'Resource' },
          makeEntity(),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message:
          'Has no dependsOn relations to entities of kind Resource; at least 1 required',
        facts: { count: 0, targets: [] },
      });
    });

    it('uses the singular for one target of a kind', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'dependsOn', targetKind: 'Resource' },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 1 dependsOn relation to an entity of kind Resource',
        facts: { count: 1, targets: ['resource:default/bucket'] },
      });
    });

    it('passes with no relations when the minimum is 0', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'hasPart', min: 0, max: 2 },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has no hasPart relations',
        facts: { count: 0, targets: [] },
      });
    });

    it('passes at the maximum', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'dependsOn', max: 3 },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 3 dependsOn relations',
        facts: {
          count: 3,
          targets: [
            'component:default/db',
            'resource:default/bucket',
            'component:default/cache',
          ],
        },
      });
    });

    it('fails with no credit above the maximum, saying by how many', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'dependsOn', min: 0, max: 1 },
          withRelations(relations),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Has 3 dependsOn relations, 2 more than the maximum of 1',
        facts: {
          count: 3,
          targets: [
            'component:default/db',
            'resource:default/bucket',
            'component:default/cache',
          ],
        },
      });
    });

    it('skips a target ref that does not parse when a kind is asked for', async () => {
      expect(
        await evaluateCheck(
          relationCheckType,
          { type: 'dependsOn', targetKind: 'Component' },
          withRelations([
            { type: 'dependsOn', targetRef: 'db' },
            { type: 'dependsOn', targetRef: 'component:default/cache' },
          ]),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Has 1 dependsOn relation to an entity of kind Component',
        facts: { count: 1, targets: ['component:default/cache'] },
      });
    });
  });
});
