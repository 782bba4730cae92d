import { evaluateSlaAlert, SLA_ALERT_RULES } from './burnRateAlerts';
import { SlaBurnRatesBySpan } from './types';

const CALM: SlaBurnRatesBySpan = {
  '5m': 0,
  '30m': 0,
  '1h': 0,
  '2h': 0,
  '6h': 0,
  '1d': 0,
  '3d': 0,
};

describe('evaluateSlaAlert', () => {
  it('fires a rule at exactly its threshold over both windows, not below', () => {
    for (const rule of SLA_ALERT_RULES) {
      const at = evaluateSlaAlert({
        ...CALM,
        [rule.longWindow]: rule.threshold,
        [rule.shortWindow]: rule.threshold,
      });
      expect(at.state).toBe(rule.severity);
      expect(at.rule).toEqual(rule);

      const below = evaluateSlaAlert({
        ...CALM,
        [rule.longWindow]: rule.threshold * 0.999,
        [rule.shortWindow]: rule.threshold,
      });
      expect(below.state).toBe('none');
    }
  });

  it('never fires on a window without data', () => {
    const alert = evaluateSlaAlert({ ...CALM, '1h': 100, '5m': null });
    expect(alert).toMatchObject({ state: 'none', rule: null });
    expect(alert.rules[0]).toMatchObject({
      longBurnRate: 100,
      shortBurnRate: null,
      firing: false,
    });
  });

  it('prefers a page to a ticket, and reports every rule', () => {
    const alert = evaluateSlaAlert({
      '5m': 20,
      '30m': 20,
      '1h': 20,
      '2h': 20,
      '6h': 20,
      '1d': 20,
      '3d': 20,
    });
    expect(alert.state).toBe('page');
    expect(alert.rule?.longWindow).toBe('1h');
    expect(alert.rules.map(rule => rule.firing)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });
});
