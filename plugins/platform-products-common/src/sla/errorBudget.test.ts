import { errorBudgetRatio, remainingBadEvents } from './errorBudget';

describe('errorBudgetRatio', () => {
  it('is 1 − target without binary rounding residue', () => {
    expect(errorBudgetRatio(0.999)).toBe(0.001);
    expect(errorBudgetRatio(0.9999)).toBe(0.0001);
    expect(errorBudgetRatio(0.71)).toBe(0.29);
    expect(errorBudgetRatio(0.5)).toBe(0.5);
  });

  it('refuses targets outside (0, 1)', () => {
    for (const target of [0, 1, -0.5, 1.5, NaN]) {
      expect(() => errorBudgetRatio(target)).toThrow(RangeError);
    }
  });
});

describe('remainingBadEvents', () => {
  it('snaps the rounding residue of budget × total to 0', () => {
    expect(0.29 * 100 - 29).toBeLessThan(0);
    expect(remainingBadEvents(0.29, 100, 29)).toBe(0);
  });

  it('keeps real differences', () => {
    expect(remainingBadEvents(0.001, 10_000_000, 4_000)).toBeCloseTo(6_000, 9);
    expect(remainingBadEvents(0.001, 1000, 2)).toBeCloseTo(-1, 12);
  });
});
