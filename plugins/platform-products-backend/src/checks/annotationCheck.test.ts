import { annotationCheckType } from './annotationCheck';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

const KEY = 'backstage.io/techdocs-ref';

const withAnnotations = (annotations: Record<string, string>) =>
  makeEntity({ metadata: { annotations } });

describe('annotationCheckType', () => {
  describe('parseParams', () => {
    it('reads a key alone', () => {
      expect(annotationCheckType.parseParams({ key: KEY })).toEqual({
        key: KEY,
        equals: undefined,
        matches: undefined,
      });
    });

    it('reads a key with a value to equal', () => {
      expect(
        annotationCheckType.parseParams({ key: KEY, equals: 'dir:.' }),
      ).toEqual({ key: KEY, equals: 'dir:.', matches: undefined });
    });

    it('compiles a pattern to match', () => {
      expect(
        annotationCheckType.parseParams({ key: KEY, matches: '^dir:' }),
      ).toEqual({ key: KEY, equals: undefined, matches: /^dir:/ });
    });

    it.each([
      [{}, 'params.key is required'],
      [{ key: '' }, 'params.key must be a non-empty string'],
      [{ key: 3 }, 'params.key must be a non-empty string'],
      [{ key: null }, 'params.key must be a non-empty string'],
      [{ key: KEY, equals: true }, 'params.equals must be a non-empty string'],
      [
        { key: KEY, matches: ['a'] },
        'params.matches must be a non-empty string',
      ],
      [
        { key: KEY, matches: '(unclosed' },
        expect.stringMatching(
          /^params\.matches is not a valid regular expression: .*Unterminated group/,
        ),
      ],
      [
        { key: KEY, equals: 'a', matches: 'a' },
        'params.equals and params.matches cannot be combined; give at most one of them',
      ],
      [
        { key: KEY, equal: 'a' },
        'params.equal is not a known param; the known params are params.key, params.equals and params.matches',
      ],
    ])('refuses %j', (params, message) => {
      expect(() => annotationCheckType.parseParams(params)).toThrow(
        expect.objectContaining({ name: 'InputError', message }),
      );
    });
  });

  describe('evaluate', () => {
    it('passes when the annotation is present', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: KEY },
          withAnnotations({ [KEY]: 'dir:.' }),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: `Has annotation ${KEY}`,
        facts: { value: 'dir:.' },
      });
    });

    it('fails when the annotation is missing', async () => {
      expect(
        await evaluateCheck(annotationCheckType, { key: KEY }, makeEntity()),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: `Missing annotation ${KEY}`,
        facts: { value: null },
      });
    });

    it('fails when the annotation is blank', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: KEY },
          withAnnotations({ [KEY]: '  ' }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: `Annotation ${KEY} is empty`,
        facts: { value: '  ' },
      });
    });

    it('does not take another annotation for the key', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: KEY },
          withAnnotations({ 'backstage.io/source-location': 'url:x' }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: `Missing annotation ${KEY}`,
        facts: { value: null },
      });
    });

    it('passes when the value equals, ignoring case', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: 'paved-road.io/tier', equals: 'gold' },
          withAnnotations({ 'paved-road.io/tier': 'Gold' }),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: 'Annotation paved-road.io/tier is "Gold"',
        facts: { value: 'Gold' },
      });
    });

    it('fails when the value differs', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: 'paved-road.io/tier', equals: 'gold' },
          withAnnotations({ 'paved-road.io/tier': 'silver' }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Annotation paved-road.io/tier is "silver"; expected "gold"',
        facts: { value: 'silver' },
      });
    });

    it('fails when the value to equal is missing, naming the key', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: 'paved-road.io/tier', equals: 'gold' },
          makeEntity(),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: 'Missing annotation paved-road.io/tier',
        facts: { value: null },
      });
    });

    it('passes when the value matches the pattern', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: KEY, matches: '^(dir|url):' },
          withAnnotations({ [KEY]: 'url:https://example.com/docs' }),
        ),
      ).toEqual({
        status: 'pass',
        score: 1,
        message: `Annotation ${KEY} is "url:https://example.com/docs"`,
        facts: { value: 'url:https://example.com/docs' },
      });
    });

    it('fails when the value does not match the pattern', async () => {
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: KEY, matches: '^(dir|url):' },
          withAnnotations({ [KEY]: 'docs' }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: `Annotation ${KEY} is "docs", which does not match /^(dir|url):/`,
        facts: { value: 'docs' },
      });
    });

    it('shortens a long value in the message but keeps it in the facts', async () => {
      const value = 'x'.repeat(100);
      expect(
        await evaluateCheck(
          annotationCheckType,
          { key: KEY, equals: 'dir:.' },
          withAnnotations({ [KEY]: value }),
        ),
      ).toEqual({
        status: 'fail',
        score: 0,
        message: `Annotation ${KEY} is "${'x'.repeat(80)}…"; expected "dir:."`,
        facts: { value },
      });
    });
  });
});
