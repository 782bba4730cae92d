import { formatPromQlDuration } from './formatPromQlDuration';

describe('formatPromQlDuration', () => {
  it.each([
    [60, '1m'],
    [300, '5m'],
    [3_600, '1h'],
    [5_400, '90m'],
    [86_400, '1d'],
    [172_800, '2d'],
    [90_000, '25h'],
    [45, '45s'],
  ])('writes %i seconds as %s', (seconds, text) => {
    expect(formatPromQlDuration(seconds)).toBe(text);
  });

  it.each([0, -60, 1.5, NaN])('refuses %p', seconds => {
    expect(() => formatPromQlDuration(seconds)).toThrow(
      'positive whole number of seconds',
    );
  });
});
