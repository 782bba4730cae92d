import { findAnnotationProblems } from '@paved-road/plugin-platform-products-common';
import { readCodeBlocks } from './markdown';

/**
 * docs/annotations.md quotes the parsers' messages in `text` blocks marked
 * `<!-- docs-test: annotation-problems -->`, one message a line. A message starts with the
 * annotation and the value as a JSON string, so each line says what to parse.
 */
const MESSAGE = /^(paved-road\.io\/[^:\s]+): ("(?:[^"\\]|\\.)*") /;

const messages = readCodeBlocks('docs/annotations.md')
  .filter(b => b.marker === 'docs-test: annotation-problems')
  .flatMap(b => b.text.split('\n').filter(Boolean));

describe('error messages quoted in docs/annotations.md', () => {
  it('finds the messages', () => {
    expect(messages.length).toBeGreaterThanOrEqual(15);
  });

  it.each(messages)('%s', message => {
    const match = MESSAGE.exec(message);
    expect(match).not.toBeNull();
    const [, annotation, quoted] = match!;
    const problems = findAnnotationProblems({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'sample',
        annotations: { [annotation]: JSON.parse(quoted) },
      },
    });
    expect(problems.map(p => p.message)).toEqual([message]);
  });
});
