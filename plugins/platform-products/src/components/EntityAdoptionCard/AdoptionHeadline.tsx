import { Box, Typography } from '@material-ui/core';
import type {
  AdoptionSummary,
  AdoptionTrend,
} from '@paved-road/plugin-platform-products-common';
import { formatRatio } from '../shared/format';

function changeText(change: AdoptionTrend['last30Days'], days: number) {
  if (!change || change.rate === null) return null;
  const points = Math.round(change.rate * 1000) / 10;
  const sign = points > 0 ? '+' : '';
  return `${sign}${points} points over ${days} days`;
}

/** Rate against target in words and numbers, so the status does not rely on colour. */
export function AdoptionHeadline(props: {
  summary: AdoptionSummary;
  trend: AdoptionTrend;
}) {
  const { summary, trend } = props;
  let verdict = 'Target reached';
  if (summary.target === null) {
    verdict = 'No target set';
  } else if (summary.belowTarget) {
    verdict = `Below target by ${formatRatio(summary.gap)}`;
  }
  const changes = [
    changeText(trend.last30Days, 30),
    changeText(trend.last90Days, 90),
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Box mb={2}>
      <Typography variant="h4" component="p">
        {formatRatio(summary.rate)}{' '}
        <Typography component="span" variant="body1" color="textSecondary">
          adoption (target {formatRatio(summary.target)})
        </Typography>
      </Typography>
      <Typography variant="body1">
        <strong>{verdict}</strong>. {summary.adopters} of {summary.population}{' '}
        eligible entities adopt it; {summary.teamsAdopting} of{' '}
        {summary.teamsTotal} teams.
      </Typography>
      {changes && (
        <Typography variant="body2" color="textSecondary">
          {changes}
        </Typography>
      )}
    </Box>
  );
}
