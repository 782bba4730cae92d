import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type { SlaBreachPeriod } from '@paved-road/plugin-platform-products-common';

function when(iso: string) {
  return new Date(iso).toLocaleString();
}

/** The times each month's compliance fell below the target, newest first. */
export function BreachHistory(props: { periods: SlaBreachPeriod[] }) {
  const breaches = props.periods.flatMap(p =>
    p.breaches.map(b => ({ period: p.period, ...b })),
  );
  if (breaches.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No breach in the last {props.periods.length} months.
      </Typography>
    );
  }
  return (
    <>
      <Typography variant="subtitle2" component="h4">
        Breaches
      </Typography>
      <List dense disablePadding>
        {breaches.reverse().map(b => (
          <ListItem key={`${b.period}-${b.from}`} disableGutters>
            <ListItemText
              primary={`${b.period}: below target from ${when(b.from)} ${
                b.to ? `to ${when(b.to)}` : '(ongoing)'
              }`}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
