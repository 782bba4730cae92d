import { parseSlaSelector } from '@paved-road/plugin-platform-products-common';
import { quotePromQlString, renderSelector } from './renderSelector';

function parsed(text: string) {
  const result = parseSlaSelector('paved-road.io/sla-selector', text);
  if (!result.ok) {
    throw new Error(`test selector did not parse: ${text}`);
  }
  return result.value;
}

describe('renderSelector', () => {
  it('writes every operator back as PromQL matchers', () => {
    expect(
      renderSelector(
        parsed('job="checkout", env!="dev",path=~"/api/.*" , code!~"5.."'),
      ),
    ).toBe('job="checkout",env!="dev",path=~"/api/.*",code!~"5.."');
  });

  it('escapes quotes, backslashes and line breaks so a value cannot end its string', () => {
    const selector = {
      matchers: [
        { name: 'job', operator: '=' as const, value: 'a"b\\c\nd\te\rf' },
        { name: 'x', operator: '=~' as const, value: '"} or vector(1) #' },
      ],
      text: 'ignored',
    };
    expect(renderSelector(selector)).toBe(
      'job="a\\"b\\\\c\\nd\\te\\rf",x=~"\\"} or vector(1) #"',
    );
  });

  it('gives what the annotation parser reads back for the same value', () => {
    const selector = parsed('job="we\\"ird\\\\job",env=~"a\\nb"');
    expect(selector.matchers[0].value).toBe('we"ird\\job');
    expect(renderSelector(selector)).toBe(selector.text);
  });

  it('writes other control characters as unicode escapes', () => {
    expect(quotePromQlString('a\u0001b\u007f')).toBe('"a\\u0001b\\u007f"');
  });

  it('refuses a label name or operator PromQL would not read', () => {
    expect(() =>
      renderSelector({
        matchers: [{ name: 'a-b', operator: '=', value: 'x' }],
        text: '',
      }),
    ).toThrow(
      '"a-b" in paved-road.io/sla-selector is not a Prometheus label name',
    );
    expect(() =>
      renderSelector({
        matchers: [{ name: 'a', operator: '==' as any, value: 'x' }],
        text: '',
      }),
    ).toThrow('"==" in paved-road.io/sla-selector is not one of =, !=, =~, !~');
  });
});
