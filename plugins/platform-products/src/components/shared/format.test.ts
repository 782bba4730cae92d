import {
  formatDuration,
  formatMoney,
  formatNps,
  formatRatio,
  formatScore,
} from './format';

describe('format', () => {
  it('formats ratios as percentages without trailing zeros', () => {
    expect(formatRatio(0.853)).toBe('85.3%');
    expect(formatRatio(0.8)).toBe('80%');
    expect(formatRatio(0.99951, 2)).toBe('99.95%');
    expect(formatRatio(0.9996, 3)).toBe('99.96%');
    expect(formatRatio(1, 3)).toBe('100%');
    expect(formatRatio(null)).toBe('–');
  });

  it('signs the NPS', () => {
    expect(formatNps(42.4)).toBe('+42');
    expect(formatNps(-10)).toBe('-10');
    expect(formatNps(0)).toBe('0');
    expect(formatNps(null)).toBe('–');
  });

  it('rounds scores', () => {
    expect(formatScore(74.6)).toBe('75');
    expect(formatScore(null)).toBe('–');
  });

  it('formats money, and survives an unknown currency code', () => {
    expect(formatMoney(12345.6, 'USD')).toBe('$12,346');
    expect(formatMoney(1000, 'NOTACODE')).toBe('1,000 NOTACODE');
  });

  it('formats durations in at most two units', () => {
    expect(formatDuration(45)).toBe('45s');
    expect(formatDuration(12000)).toBe('3h 20m');
    expect(formatDuration(187200)).toBe('2d 4h');
    expect(formatDuration(-3600)).toBe('-1h');
    expect(formatDuration(0)).toBe('0s');
  });
});
