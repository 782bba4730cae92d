import { parseEntityRefList } from './parseEntityRefList';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/adopts';

describe('parseEntityRefList', () => {
  it('defaults to PlatformProduct in the default namespace', () => {
    expect(valueOf(parseEntityRefList(KEY, 'auth-platform'))).toEqual([
      'platformproduct:default/auth-platform',
    ]);
  });

  it('normalizes, trims and deduplicates refs, keeping their order', () => {
    expect(
      valueOf(
        parseEntityRefList(
          KEY,
          ' auth-platform , payments/checkout-platform,PlatformProduct:default/Auth-Platform,component:shop/web ',
        ),
      ),
    ).toEqual([
      'platformproduct:default/auth-platform',
      'platformproduct:payments/checkout-platform',
      'component:shop/web',
    ]);
  });

  it('takes other defaults', () => {
    expect(
      valueOf(
        parseEntityRefList(KEY, 'web', {
          defaultKind: 'Component',
          defaultNamespace: 'shop',
        }),
      ),
    ).toEqual(['component:shop/web']);
  });

  it('refuses an empty list', () => {
    expect(problemOf(parseEntityRefList(KEY, ' ')).message).toBe(
      `${KEY}: " " is empty; expected one or more entity refs separated by commas, such as "auth-platform, payments-platform"`,
    );
  });

  it.each([
    ['auth-platform,,payments', 2],
    ['auth-platform,', 2],
    [',auth-platform', 1],
  ])('refuses the empty item in %j', (raw, position) => {
    expect(problemOf(parseEntityRefList(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(
        raw,
      )} has an empty item at position ${position}; expected entity refs separated by single commas`,
    );
  });

  it.each([
    ['component:', 'component:'],
    ['a, component:', 'component:'],
    [':auth', ':auth'],
    ['default/', 'default/'],
    ['/auth', '/auth'],
    ['auth platform', 'auth platform'],
    ['component:a:b', 'component:a:b'],
    ['component:default/a/b', 'component:default/a/b'],
    ['Platform Product:auth', 'Platform Product:auth'],
    ['my_ns/auth', 'my_ns/auth'],
    ['auth!', 'auth!'],
  ])('refuses the malformed ref in %j', (raw, item) => {
    expect(problemOf(parseEntityRefList(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(
        raw,
      )} has a malformed entity ref "${item}"; expected [<kind>:][<namespace>/]<name>, such as "auth-platform" or "platformproduct:default/auth-platform"`,
    );
  });
});
