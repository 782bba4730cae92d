import { lifecycleCheckType } from './lifecycleCheck';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

const inLifecycle = (lifecycle: string) => makeEntity({ spec: { lifecycle } });

describe('lifecycleCheckType', () => {
  describe('parseParams', () => {
    it('reads the allowed lifecycles', () => {
      expect(
        lifecycleCheckType.parseParams({
          allowed: ['production', 'deprecated'],
        }),
      ).toEqual({ allowed: ['production', 'deprecated'] });
    });

    it('reads the disallowed lifecycles', () => {
      expect(
        lifecycleCheckType.parseParams({ disallowed: ['experimental'] }),
      ).toEqual({ disallowed: ['experimental'] });
    });

    it.each([
      [{}, 'Give exactly one of params.allowed and params.disallowed'],
      [
        { allowed: ['production'], disallowed: ['experimental'] },
        'Give exactly one of params.allowed and params.disallowed',
      ],
      [{ allowed: [] }, 'params.allowed must be a non-empty list of strings'],
      [
        { allowed: 'production' },
        'params.allowed must be a non-empty list of strings',
      ],
      [
        { disallowed: ['experimental', ''] },
        'params.disallowed[1] must be a non-empty string',
      ],
      [{ disallowed: [3] }, 'params.disallowed[0] must be a non-empty string'],
      [
        { allow: ['production'] },
        'params.allow is not a known param; the known params are params.allowed and params.disallowed',
      ],
    ])('refuses %j', (params, message) => {
      expect(() => lifecycleCheckType.parseParams(params)).toThrow(
        expect.objectContaining({ name: 'InputError', message }),
      );
    });
  });

  describe('evaluate', () => {
    it('passes on an allowed lifecycle, ignoring case', async () => {
      expect(
        await evaluateCheck(
          lifecycleCheckType,
          { allowed: ['production', 'deprecated'] },
          inLifecycle('Production'),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Lifecycle "Production" is allowed',
        facts: { lifecycle: 'Production' },
      });
    });

    it('fails on a lifecycle not allowed, naming the allowed ones', async () => {
      expect(
        await evaluateCheck(
          lifecycleCheckType,
          { allowed: ['production', 'deprecated'] },
          inLifecycle('experimental'),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message:
          'Lifecycle "experimental" is not allowed; allowed are "production" and "deprecated"',
        facts: { lifecycle: 'experimental' },
      });
    });

    it('fails on a disallowed lifecycle, ignoring case', async () => {
      expect(
        await evaluateCheck(
          lifecycleCheckType,
          { disallowed: ['EXPERIMENTAL'] },
          inLifecycle('experimental'),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Lifecycle "experimental" is not allowed',
        facts: { lifecycle: 'experimental' },
      });
    });

    it('passes on a lifecycle not disallowed', async () => {
      expect(
        await evaluateCheck(
          lifecycleCheckType,
          { disallowed: ['experimental'] },
          inLifecycle('production'),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Lifecycle "production" is allowed',
        facts: { lifecycle: 'production' },
      });
    });

    it.each([
      ['without a spec', makeEntity()],
      ['without a lifecycle', makeEntity({ spec: { type: 'service' } })],
      ['with a blank lifecycle', inLifecycle('')],
    ])('fails %s, even with only disallowed lifecycles', async (_, entity) => {
      expect(
        await evaluateCheck(
          lifecycleCheckType,
          { disallowed: ['experimental'] },
          entity,
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Has no lifecycle (spec.lifecycle)',
        facts: { lifecycle: null },
      });
    });
  });
});
