import { bucketsReadFrom } from './bucketsReadFrom';
import { DAY_MS } from '../time';

const NOW = Date.parse('2026-11-26T10:00:00Z');

describe('bucketsReadFrom', () => {
  it('reads a rolling window back its length, at least the longest burn-rate span', () => {
    expect(
      bucketsReadFrom(
        { type: 'rolling', durationMs: 30 * DAY_MS, text: '30d' },
        NOW,
      ),
    ).toBe(NOW - 30 * DAY_MS);
    expect(
      bucketsReadFrom({ type: 'rolling', durationMs: DAY_MS, text: '1d' }, NOW),
    ).toBe(NOW - 3 * DAY_MS);
  });

  it('reads a calendar window from a day before its UTC start', () => {
    expect(
      bucketsReadFrom({ type: 'calendar', unit: 'month', text: '1M' }, NOW),
    ).toBe(Date.parse('2026-10-31T00:00:00Z'));
    expect(
      bucketsReadFrom({ type: 'calendar', unit: 'quarter', text: '1Q' }, NOW),
    ).toBe(Date.parse('2026-09-30T00:00:00Z'));
    expect(
      bucketsReadFrom({ type: 'calendar', unit: 'year', text: '1Y' }, NOW),
    ).toBe(Date.parse('2025-12-31T00:00:00Z'));
  });

  it('covers three days early in a calendar month', () => {
    const early = Date.parse('2026-11-01T10:00:00Z');
    expect(
      bucketsReadFrom({ type: 'calendar', unit: 'month', text: '1M' }, early),
    ).toBe(early - 3 * DAY_MS);
  });
});
