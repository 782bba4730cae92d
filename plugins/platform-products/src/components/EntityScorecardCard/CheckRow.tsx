import { Link } from '@backstage/core-components';
import { Box, ListItem, ListItemText, Typography } from '@material-ui/core';
import type {
  CheckResult,
  ScorecardCheckDefinition,
} from '@paved-road/plugin-platform-products-common';
import { CheckStatusLabel } from '../shared/statusLabels';

function WaiverText(props: { waiver: NonNullable<CheckResult['waiver']> }) {
  const { waiver } = props;
  return (
    <Typography variant="body2" color="textSecondary">
      {waiver.expired
        ? `Waiver expired on ${waiver.until} (${waiver.reason}): the check counts as it is.`
        : `Waived until ${waiver.until}: ${waiver.reason}`}
    </Typography>
  );
}

/** One check of a scorecard result: status, message, waiver and where to read how to fix it. */
export function CheckRow(props: {
  check: CheckResult;
  definition?: ScorecardCheckDefinition;
}) {
  const { check, definition } = props;
  const needsFix = check.status === 'fail' || check.status === 'warn';
  return (
    <ListItem divider alignItems="flex-start">
      <ListItemText
        disableTypography
        primary={
          <Box display="flex" justifyContent="space-between" gridGap={8}>
            <Typography variant="subtitle2">
              {definition?.title ?? check.checkId}
            </Typography>
            <CheckStatusLabel status={check.status} />
          </Box>
        }
        secondary={
          <>
            <Typography variant="body2">{check.message}</Typography>
            {check.waiver && <WaiverText waiver={check.waiver} />}
            {needsFix &&
              definition?.links.map(link => (
                <Typography variant="body2" key={link.url}>
                  <Link to={link.url}>{link.title}</Link>
                </Typography>
              ))}
          </>
        }
      />
    </ListItem>
  );
}
