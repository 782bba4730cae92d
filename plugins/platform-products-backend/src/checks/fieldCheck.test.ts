import { fieldCheckType } from './fieldCheck';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

const service = makeEntity({
  metadata: {
    description: 'The web shop',
    tags: ['java', 'payments'],
    annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
    links: [
      { url: 'https://runbooks/web', type: 'runbook' },
      { url: 'https://grafana/web', type: 'dashboard' },
    ],
  },
  spec: {
    type: 'Service',
    lifecycle: 'production',
    replicas: 3,
    public: true,
    system: '',
    definition: { openapi: '3.0.0' },
  },
});

describe('fieldCheckType', () => {
  describe('parseParams', () => {
    it('reads a path alone, requiring it to exist', () => {
      expect(fieldCheckType.parseParams({ path: 'spec.type' })).toEqual({
        path: 'spec.type',
        segments: ['spec', 'type'],
        exists: true,
        condition: undefined,
      });
    });

    it('reads a path that must not exist', () => {
      expect(
        fieldCheckType.parseParams({ path: 'spec.legacy', exists: false }),
      ).toEqual({
        path: 'spec.legacy',
        segments: ['spec', 'legacy'],
        exists: false,
        condition: undefined,
      });
    });

    it.each([['service'], [3], [false]])('reads equals %j', equals => {
      expect(
        fieldCheckType.parseParams({ path: 'spec.type', equals, exists: true }),
      ).toEqual({
        path: 'spec.type',
        segments: ['spec', 'type'],
        exists: true,
        condition: { equals },
      });
    });

    it('compiles matches', () => {
      expect(
        fieldCheckType.parseParams({ path: 'spec.type', matches: '^serv' }),
      ).toEqual({
        path: 'spec.type',
        segments: ['spec', 'type'],
        exists: true,
        condition: { matches: /^serv/ },
      });
    });

    it('reads oneOf', () => {
      expect(
        fieldCheckType.parseParams({
          path: 'metadata.tags',
          oneOf: ['java', 3, true],
        }),
      ).toEqual({
        path: 'metadata.tags',
        segments: ['metadata', 'tags'],
        exists: true,
        condition: { oneOf: ['java', 3, true] },
      });
    });

    it.each([
      [{}, 'params.path is required'],
      [{ path: '' }, 'params.path must be a non-empty string'],
      [{ path: ['spec'] }, 'params.path must be a non-empty string'],
      [
        { path: 'spec..type' },
        'params.path must be a dotted path such as spec.type, without empty parts; got "spec..type"',
      ],
      [
        { path: '.spec' },
        'params.path must be a dotted path such as spec.type, without empty parts; got ".spec"',
      ],
      [
        { path: 'spec.type', exists: 'yes' },
        'params.exists must be true or false',
      ],
      [
        { path: 'spec.type', equals: '' },
        'params.equals must be a non-empty string, a number or a boolean',
      ],
      [
        { path: 'spec.type', equals: { a: 1 } },
        'params.equals must be a non-empty string, a number or a boolean',
      ],
      [
        { path: 'spec.type', matches: 3 },
        'params.matches must be a non-empty string',
      ],
      [
        { path: 'spec.type', oneOf: 'service' },
        'params.oneOf must be a non-empty list of strings, numbers or booleans',
      ],
      [
        { path: 'spec.type', oneOf: [] },
        'params.oneOf must be a non-empty list of strings, numbers or booleans',
      ],
      [
        { path: 'spec.type', oneOf: ['service', null] },
        'params.oneOf[1] must be a non-empty string, a number or a boolean',
      ],
      [
        { path: 'spec.type', equals: 'service', oneOf: ['service'] },
        'params.equals and params.oneOf cannot be combined; give at most one of them',
      ],
      [
        { path: 'spec.type', equals: 'a', matches: 'a', oneOf: ['a'] },
        'params.equals, params.matches and params.oneOf cannot be combined; give at most one of them',
      ],
      [
        { path: 'spec.type', exists: false, oneOf: ['service'] },
        'params.exists: false cannot be combined with params.oneOf: a missing field has no value to compare',
      ],
      [
        { path: 'spec.type', value: 'service' },
        'params.value is not a known param; the known params are params.path, params.exists, params.equals, params.matches and params.oneOf',
      ],
    ])('refuses %j', (params, message) => {
      expect(() => fieldCheckType.parseParams(params)).toThrow(
        expect.objectContaining({ name: 'InputError', message }),
      );
    });

    it('refuses a bad pattern', () => {
      expect(() =>
        fieldCheckType.parseParams({ path: 'spec.type', matches: '*' }),
      ).toThrow(
        expect.objectContaining({
          name: 'InputError',
          message: expect.stringMatching(
            /^params\.matches is not a valid regular expression: .*Nothing to repeat/,
          ),
        }),
      );
    });
  });

  describe('evaluate: exists', () => {
    it('passes when the field is set', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.description' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field metadata.description is set',
        facts: { values: ['The web shop'] },
      });
    });

    it('fails when the field is missing', async () => {
      expect(
        await evaluateCheck(fieldCheckType, { path: 'spec.owner' }, service),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field spec.owner is missing',
        facts: { values: [] },
      });
    });

    it('counts an empty string as missing', async () => {
      expect(
        await evaluateCheck(fieldCheckType, { path: 'spec.system' }, service),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field spec.system is missing',
        facts: { values: [] },
      });
    });

    it('counts an empty list and an empty object as missing', async () => {
      const bare = makeEntity({ metadata: { tags: [], annotations: {} } });
      expect(
        await evaluateCheck(fieldCheckType, { path: 'metadata.tags' }, bare),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field metadata.tags is missing',
        facts: { values: [] },
      });
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.annotations' },
          bare,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field metadata.annotations is missing',
        facts: { values: [] },
      });
    });

    it('passes for an object with content', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.definition' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field spec.definition is set',
        facts: { values: [{ openapi: '3.0.0' }] },
      });
    });

    it('does not walk into a scalar', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.type.name' },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field spec.type.name is missing',
        facts: { values: [] },
      });
    });

    it('reads keys that contain dots, such as annotation keys', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.annotations.backstage.io/techdocs-ref' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field metadata.annotations.backstage.io/techdocs-ref is set',
        facts: { values: ['dir:.'] },
      });
    });

    it('passes when a field that must not exist is missing', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.legacy', exists: false },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field spec.legacy is not set',
        facts: { values: [] },
      });
    });

    it('fails when a field that must not exist is set', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.public', exists: false },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field spec.public is set, but must not be',
        facts: { values: [true] },
      });
    });
  });

  describe('evaluate: equals', () => {
    it('passes on an equal value, ignoring case', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.type', equals: 'service' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field spec.type is "Service"',
        facts: { values: ['Service'] },
      });
    });

    it('fails on another value, naming both', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.type', equals: 'website' },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field spec.type is "Service"; expected "website"',
        facts: { values: ['Service'] },
      });
    });

    it('fails on a missing field', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.tier', equals: 'gold' },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field spec.tier is missing; expected "gold"',
        facts: { values: [] },
      });
    });

    it('compares numbers and booleans as text', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.replicas', equals: '3' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field spec.replicas is 3',
        facts: { values: [3] },
      });
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.public', equals: false },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field spec.public is true; expected false',
        facts: { values: [true] },
      });
    });

    it('fails when the field is an object', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.definition', equals: '3.0.0' },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message:
          'Field spec.definition is {"openapi":"3.0.0"}; expected "3.0.0"',
        facts: { values: [{ openapi: '3.0.0' }] },
      });
    });

    it('passes when any item of a list field is equal', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.tags', equals: 'Payments' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field metadata.tags includes "payments"',
        facts: { values: ['java', 'payments'] },
      });
    });

    it('fails when no item of a list field is equal', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.tags', equals: 'go' },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field metadata.tags does not include "go"',
        facts: { values: ['java', 'payments'] },
      });
    });

    it('reads a field of every item of a list', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.links.type', equals: 'dashboard' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field metadata.links.type includes "dashboard"',
        facts: { values: ['runbook', 'dashboard'] },
      });
    });
  });

  describe('evaluate: matches', () => {
    it('passes on a matching value', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.lifecycle', matches: '^prod' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field spec.lifecycle is "production"',
        facts: { values: ['production'] },
      });
    });

    it('fails on a value that does not match', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.type', matches: '^service$' },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message:
          'Field spec.type is "Service"; expected a value matching /^service$/',
        facts: { values: ['Service'] },
      });
    });

    it('passes when any item of a list matches', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.tags', matches: '^pay' },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field metadata.tags includes "payments"',
        facts: { values: ['java', 'payments'] },
      });
    });

    it('fails when no item of a list matches', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.tags', matches: '^team-' },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message:
          'Field metadata.tags does not include a value matching /^team-/',
        facts: { values: ['java', 'payments'] },
      });
    });
  });

  describe('evaluate: oneOf', () => {
    it('passes on a listed value, ignoring case', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.type', oneOf: ['library', 'SERVICE'] },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field spec.type is "Service"',
        facts: { values: ['Service'] },
      });
    });

    it('fails on a value not listed, naming the list', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'spec.type', oneOf: ['library', 'website', 'tool'] },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message:
          'Field spec.type is "Service"; expected one of "library", "website" or "tool"',
        facts: { values: ['Service'] },
      });
    });

    it('passes when any item of a list field is listed', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.tags', oneOf: ['go', 'java'] },
          service,
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Field metadata.tags includes "java"',
        facts: { values: ['java', 'payments'] },
      });
    });

    it('fails when no item of a list field is listed', async () => {
      expect(
        await evaluateCheck(
          fieldCheckType,
          { path: 'metadata.tags', oneOf: ['go', 'rust'] },
          service,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Field metadata.tags does not include any of "go" or "rust"',
        facts: { values: ['java', 'payments'] },
      });
    });
  });
});
