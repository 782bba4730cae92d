import {
  BurnRateSpan,
  SlaAlert,
  SlaAlertRule,
  SlaAlertRuleEvaluation,
  SlaBurnRatesBySpan,
} from './types';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time';

/**
 * Length of each burn-rate span in milliseconds.
 *
 * @public
 */
export const BURN_RATE_SPAN_MS: Readonly<Record<BurnRateSpan, number>> =
  Object.freeze({
    '5m': 5 * MINUTE_MS,
    '30m': 30 * MINUTE_MS,
    '1h': HOUR_MS,
    '2h': 2 * HOUR_MS,
    '6h': 6 * HOUR_MS,
    '1d': DAY_MS,
    '3d': 3 * DAY_MS,
  });

/**
 * The burn-rate spans, shortest first.
 *
 * @public
 */
export const BURN_RATE_SPANS: readonly BurnRateSpan[] = Object.freeze([
  '5m',
  '30m',
  '1h',
  '2h',
  '6h',
  '1d',
  '3d',
]);

/**
 * The multi-window, multi-burn-rate alert rules of the SRE workbook
 * (chapter "Alerting on SLOs", for a 30-day window), pages first: a page
 * spends 2% of the budget in an hour or 5% in six hours; a ticket spends 10%
 * in a day or 10% in three days. The short span stops the alert soon after
 * the burning stops.
 *
 * @public
 */
export const SLA_ALERT_RULES: readonly SlaAlertRule[] = Object.freeze([
  { severity: 'page', threshold: 14.4, longWindow: '1h', shortWindow: '5m' },
  { severity: 'page', threshold: 6, longWindow: '6h', shortWindow: '30m' },
  { severity: 'ticket', threshold: 3, longWindow: '1d', shortWindow: '2h' },
  { severity: 'ticket', threshold: 1, longWindow: '3d', shortWindow: '6h' },
]);

/**
 * Below this share of error budget left, an objective that is not breached
 * is `at-risk`.
 *
 * @public
 */
export const SLA_AT_RISK_REMAINING_RATIO = 0.25;

/**
 * The alert state for the burn rates of an objective: `page` if a page rule
 * fires, else `ticket` if a ticket rule fires, else `none`. A window without
 * data (`null`) never fires.
 *
 * @public
 */
export function evaluateSlaAlert(burnRates: SlaBurnRatesBySpan): SlaAlert {
  const rules: SlaAlertRuleEvaluation[] = SLA_ALERT_RULES.map(rule => {
    const longBurnRate = burnRates[rule.longWindow];
    const shortBurnRate = burnRates[rule.shortWindow];
    return {
      ...rule,
      longBurnRate,
      shortBurnRate,
      firing:
        longBurnRate !== null &&
        shortBurnRate !== null &&
        longBurnRate >= rule.threshold &&
        shortBurnRate >= rule.threshold,
    };
  });
  const fired =
    rules.find(rule => rule.firing && rule.severity === 'page') ??
    rules.find(rule => rule.firing && rule.severity === 'ticket');
  if (!fired) {
    return { state: 'none', rule: null, rules };
  }
  const { severity, threshold, longWindow, shortWindow } = fired;
  return {
    state: severity,
    rule: { severity, threshold, longWindow, shortWindow },
    rules,
  };
}
