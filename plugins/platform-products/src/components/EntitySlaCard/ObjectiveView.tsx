import { Box, Typography } from '@material-ui/core';
import type {
  SlaObjectiveHistory,
  SlaObjectiveReport,
} from '@paved-road/plugin-platform-products-common';
import { formatDuration, formatRatio } from '../shared/format';
import { LineChart } from '../shared/LineChart';
import { SlaAlertLabel, SlaStatusLabel } from '../shared/statusLabels';
import { BreachHistory } from './BreachHistory';
import { BudgetBurnDownChart } from './BudgetBurnDownChart';

function budgetText(objective: SlaObjectiveReport): string {
  const budget = objective.errorBudget;
  if (budget.remainingRatio === null) return 'no data';
  const time =
    budget.remainingMinutes === null
      ? ''
      : ` (${formatDuration(budget.remainingMinutes * 60)} of full outage)`;
  return `${formatRatio(budget.remainingRatio, 0)} left${time}`;
}

function burnRate(value: number | null): string {
  return value === null ? '–' : `${value.toFixed(1)}×`;
}

/**
 * One objective: status, compliance, budget, alert, the budget's burn-down within the window,
 * budget left per month, breaches.
 */
export function ObjectiveView(props: {
  objective: SlaObjectiveReport;
  history?: SlaObjectiveHistory;
}) {
  const { objective, history } = props;
  const exhaustion = objective.timeToExhaustionMinutes;
  // Budget left at the end of each month: a burn-down across months, from real buckets.
  const monthly = (history?.periods ?? []).map(p => ({
    label: p.period,
    value: p.budgetConsumed === null ? null : 1 - p.budgetConsumed,
  }));
  return (
    <Box mb={3} component="section" aria-label={objective.title}>
      <Box display="flex" justifyContent="space-between" flexWrap="wrap">
        <Typography variant="h6" component="h3">
          {objective.title}
        </Typography>
        <SlaStatusLabel status={objective.status} />
      </Box>
      <Typography variant="body2">
        Compliance <strong>{formatRatio(objective.compliance, 3)}</strong>{' '}
        (target {formatRatio(objective.target, 3)}) over {objective.window.text}
        {objective.window.type === 'calendar' ? ' (calendar)' : ''}
      </Typography>
      <Typography variant="body2">
        Error budget <strong>{budgetText(objective)}</strong>
        {exhaustion !== null &&
          exhaustion > 0 &&
          `; spent in ${formatDuration(
            exhaustion * 60,
          )} at the current burn rate`}
      </Typography>
      <Box display="flex" alignItems="center" gridGap={8} flexWrap="wrap">
        <Typography variant="body2">Burn-rate alert:</Typography>
        <SlaAlertLabel state={objective.alert.state} />
        <Typography variant="body2" color="textSecondary">
          burn rate 1h {burnRate(objective.burnRates['1h'])}, 6h{' '}
          {burnRate(objective.burnRates['6h'])}, 1d{' '}
          {burnRate(objective.burnRates['1d'])}, 3d{' '}
          {burnRate(objective.burnRates['3d'])}
        </Typography>
      </Box>
      {objective.dataFreshness.stale && (
        <Typography variant="body2" color="error">
          Stale data: the newest SLI data is from{' '}
          {objective.dataFreshness.latestDataAt ?? 'never'}.
        </Typography>
      )}
      {objective.burnDown.length > 0 && (
        <BudgetBurnDownChart objective={objective} />
      )}
      {monthly.filter(p => p.value !== null).length > 1 && (
        <LineChart
          title={`${objective.title}: error budget left per month`}
          points={monthly}
          formatValue={v => formatRatio(v, 0)}
          max={1}
          min={Math.min(0, ...monthly.map(p => p.value ?? 0))}
          reference={{ value: 0, label: 'budget spent' }}
          height={120}
        />
      )}
      {history && <BreachHistory periods={history.periods} />}
    </Box>
  );
}
