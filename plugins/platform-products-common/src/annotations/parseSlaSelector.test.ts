import { parseSlaSelector } from './parseSlaSelector';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/sla-selector';

function reasonFor(raw: string): string {
  const { message } = problemOf(parseSlaSelector(KEY, raw));
  expect(message.startsWith(`${KEY}: ${JSON.stringify(raw)} `)).toBe(true);
  return message.slice(`${KEY}: ${JSON.stringify(raw)} `.length);
}

describe('parseSlaSelector', () => {
  it('reads one matcher', () => {
    expect(valueOf(parseSlaSelector(KEY, 'job="checkout"'))).toEqual({
      matchers: [{ name: 'job', operator: '=', value: 'checkout' }],
      text: 'job="checkout"',
    });
  });

  it('reads every operator, with whitespace around parts', () => {
    expect(
      valueOf(
        parseSlaSelector(
          KEY,
          ' job = "checkout" , env!="dev",path=~"/api/.*" ,\tcode !~ "5.." ',
        ),
      ),
    ).toEqual({
      matchers: [
        { name: 'job', operator: '=', value: 'checkout' },
        { name: 'env', operator: '!=', value: 'dev' },
        { name: 'path', operator: '=~', value: '/api/.*' },
        { name: 'code', operator: '!~', value: '5..' },
      ],
      text: 'job="checkout",env!="dev",path=~"/api/.*",code!~"5.."',
    });
  });

  it('resolves escapes and writes them back', () => {
    const selector = valueOf(
      parseSlaSelector(
        KEY,
        String.raw`path=~"/v1\\.0/.*",msg="say \"hi\"\n\t\r",_x1=""`,
      ),
    );
    expect(selector.matchers.map(m => m.value)).toEqual([
      '/v1\\.0/.*',
      'say "hi"\n\t\r',
      '',
    ]);
    expect(selector.text).toBe(
      String.raw`path=~"/v1\\.0/.*",msg="say \"hi\"\n\t\r",_x1=""`,
    );
  });

  it('keeps braces and commas inside quoted values', () => {
    expect(valueOf(parseSlaSelector(KEY, 'path=~"a{2},b"')).matchers).toEqual([
      { name: 'path', operator: '=~', value: 'a{2},b' },
    ]);
  });

  it('refuses an empty selector', () => {
    expect(reasonFor('')).toBe(
      'is empty; expected one or more label matchers, such as job="checkout"',
    );
  });

  it.each(['{job="checkout"}', 'job="checkout"}', '{job="checkout"'])(
    'refuses braces in %j',
    raw => {
      expect(reasonFor(raw)).toBe(
        'is not a valid label selector: write the matchers without braces, such as job="checkout"',
      );
    },
  );

  it.each<[string, string]>([
    [
      'job=checkout',
      'has no double-quoted value after job=; expected one such as job="checkout"',
    ],
    [
      "job='checkout'",
      'has no double-quoted value after job=; expected one such as job="checkout"',
    ],
    [
      'job=`checkout`',
      'has no double-quoted value after job=; expected one such as job="checkout"',
    ],
    [
      'env!=dev',
      'has no double-quoted value after env!=; expected one such as env!="checkout"',
    ],
    ['job', 'has no operator after the label job; expected =, !=, =~ or !~'],
    [
      'job=="x"',
      'has no double-quoted value after job=; expected one such as job="checkout"',
    ],
    [
      'job<"x"',
      'has no operator after the label job; expected =, !=, =~ or !~',
    ],
    [
      '1job="x"',
      'has no label name at character 1; expected a name of letters, digits and "_", such as job="checkout"',
    ],
    [
      'job-name="x"',
      'has no operator after the label job; expected =, !=, =~ or !~',
    ],
    [
      '="x"',
      'has no label name at character 1; expected a name of letters, digits and "_", such as job="checkout"',
    ],
    ['job="x",', 'ends with a comma; remove it'],
    [
      'job="x",,env="y"',
      'has no label name at character 9; expected a name of letters, digits and "_", such as job="checkout"',
    ],
    [
      'job="x" env="y"',
      'has "e" at character 9 where a comma between matchers was expected',
    ],
    [
      'job="x"} or vector(1) {',
      'has "}" at character 8 where a comma between matchers was expected',
    ],
    [
      'job="x";env="y"',
      'has ";" at character 8 where a comma between matchers was expected',
    ],
    [
      'job="checkout',
      'has a value that opens at character 5 but never closes with "',
    ],
    [
      'job="a\\"',
      'has a value that opens at character 5 but never closes with "',
    ],
    [
      String.raw`path=~"/v1\.0"`,
      String.raw`has the unsupported escape \. at character 11; write \\ for a backslash and \" for a quote`,
    ],
    [
      'job="\\x41"',
      'has the unsupported escape \\x at character 6; write \\\\ for a backslash and \\" for a quote',
    ],
    [
      'job="a\nb"',
      'has a control character in a value at character 7; write line breaks and tabs as \\n and \\t',
    ],
  ])('refuses %j', (raw, reason) => {
    expect(reasonFor(raw)).toBe(
      reason.startsWith('has') || reason.startsWith('ends')
        ? `is not a valid label selector: it ${reason}`
        : reason,
    );
  });

  it('counts character positions in the value as written', () => {
    expect(reasonFor('  1job="x"')).toContain('at character 3');
  });
});
