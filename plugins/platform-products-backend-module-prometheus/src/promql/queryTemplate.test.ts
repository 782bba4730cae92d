import {
  checkQueryTemplate,
  placeholdersOf,
  renderQueryTemplate,
} from './queryTemplate';

const LATENCY = {
  allowed: ['selector', 'window', 'threshold'] as const,
  required: ['window', 'threshold'] as const,
};

describe('query templates', () => {
  it('finds placeholders, with or without spaces inside the braces', () => {
    expect(
      placeholdersOf(
        'x{ {{selector}}, le="{{ threshold }}" }[{{window}}] {{window}}',
      ),
    ).toEqual(['selector', 'threshold', 'window']);
  });

  it('finds a placeholder written right after a PromQL brace', () => {
    expect(placeholdersOf('up{{{selector}}}')).toEqual(['selector']);
    expect(
      renderQueryTemplate('up{{{selector}}}', { selector: 'job="a"' }),
    ).toBe('up{job="a"}');
  });

  it('renders the default latency template', () => {
    expect(
      renderQueryTemplate(
        'sum(increase(h_bucket{ {{selector}}, le="{{threshold}}" }[{{window}}]))',
        { selector: 'job="checkout"', window: '5m', threshold: '0.3' },
      ),
    ).toBe('sum(increase(h_bucket{ job="checkout", le="0.3" }[5m]))');
  });

  it('does not read placeholders out of the values it inserts', () => {
    expect(
      renderQueryTemplate('a{ {{selector}} }[{{window}}]', {
        selector: 'job="{{window}}"',
        window: '1m',
      }),
    ).toBe('a{ job="{{window}}" }[1m]');
  });

  it('throws when a used placeholder has no value', () => {
    expect(() => renderQueryTemplate('a[{{window}}]', {})).toThrow(
      'no value for {{window}}',
    );
  });

  it('accepts a template with the required placeholders', () => {
    expect(
      checkQueryTemplate(
        'sum(increase(h{le="{{threshold}}"}[{{window}}]))',
        LATENCY,
      ),
    ).toBeUndefined();
  });

  it('names an unknown or misplaced placeholder', () => {
    expect(checkQueryTemplate('a[{{windwo}}]', LATENCY)).toBe(
      'uses {{windwo}}, which is not a placeholder here; use {{selector}}, {{window}}, {{threshold}}',
    );
    expect(
      checkQueryTemplate('a{le="{{threshold}}"}[{{window}}]', {
        allowed: ['selector', 'window'],
        required: ['window'],
      }),
    ).toMatch(/^uses \{\{threshold\}\}, which is not a placeholder here/);
  });

  it('names a missing required placeholder', () => {
    expect(checkQueryTemplate('sum(increase(h[{{window}}]))', LATENCY)).toMatch(
      /^does not use \{\{threshold\}\}/,
    );
    expect(checkQueryTemplate('  ', LATENCY)).toBe(
      'is empty; expected a PromQL expression',
    );
  });
});
