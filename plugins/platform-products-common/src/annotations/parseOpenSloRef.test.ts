import { parseOpenSloRef } from './parseOpenSloRef';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/openslo';

describe('parseOpenSloRef', () => {
  it.each([
    './slo.yaml',
    'slo.yaml',
    '../shared/slo.yaml',
    'slos/checkout.yml',
    ' ./slo.yaml ',
  ])('reads %j as a relative path', raw => {
    expect(valueOf(parseOpenSloRef(KEY, raw))).toEqual({
      type: 'path',
      path: raw.trim(),
    });
  });

  it.each([
    ['https://example.com/slo.yaml', 'https://example.com/slo.yaml'],
    [
      'http://example.com:8080/a/slo.yaml?ref=main',
      'http://example.com:8080/a/slo.yaml?ref=main',
    ],
    ['HTTPS://Example.com/slo.yaml', 'https://example.com/slo.yaml'],
  ])('reads %j as a URL', (raw, url) => {
    expect(valueOf(parseOpenSloRef(KEY, raw))).toEqual({ type: 'url', url });
  });

  it('refuses an empty value', () => {
    expect(problemOf(parseOpenSloRef(KEY, '')).message).toBe(
      `${KEY}: "" is empty; expected a path relative to the entity file, such as "./slo.yaml", or an http(s) URL`,
    );
  });

  it.each([
    ['ftp://example.com/slo.yaml', 'ftp'],
    ['file:///etc/slo.yaml', 'file'],
    ['data:text/yaml,apiVersion: openslo/v1', 'data'],
    ['dir:./slo.yaml', 'dir'],
    ['C:\\slo.yaml', 'c'],
  ])('refuses the scheme of %j', (raw, scheme) => {
    expect(problemOf(parseOpenSloRef(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(
        raw,
      )} uses the unsupported scheme "${scheme}:"; expected a relative path such as "./slo.yaml" or an http(s) URL`,
    );
  });

  it.each(['https://', 'http://exa mple.com/slo.yaml'])(
    'refuses the malformed URL %j',
    raw => {
      expect(problemOf(parseOpenSloRef(KEY, raw)).message).toContain(
        'is not a valid URL',
      );
    },
  );

  it.each(['/etc/slo.yaml', '//host/slo.yaml', '\\\\share\\slo.yaml'])(
    'refuses the absolute path %j',
    raw => {
      expect(problemOf(parseOpenSloRef(KEY, raw)).message).toContain(
        'is an absolute path',
      );
    },
  );

  it.each(['my slo.yaml', 'slos/'])('refuses %j as not a file path', raw => {
    expect(problemOf(parseOpenSloRef(KEY, raw)).message).toContain(
      'is not a file path',
    );
  });
});
