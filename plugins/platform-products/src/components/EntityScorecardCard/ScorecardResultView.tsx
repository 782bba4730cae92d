import { Box, List, Typography } from '@material-ui/core';
import type {
  ScorecardDefinition,
  ScorecardResult,
} from '@paved-road/plugin-platform-products-common';
import { formatScore } from '../shared/format';
import { CheckRow } from './CheckRow';

/** A scorecard's score and level for one entity, then each check. */
export function ScorecardResultView(props: {
  result: ScorecardResult;
  definition?: ScorecardDefinition;
}) {
  const { result, definition } = props;
  const title = definition?.title ?? result.scorecardId;
  const nextLevel = definition?.levels.find(
    l => result.score !== null && l.score > result.score,
  );
  return (
    <Box mb={2} component="section" aria-label={title}>
      <Box display="flex" alignItems="baseline" gridGap={16} flexWrap="wrap">
        <Typography variant="h6" component="h3">
          {title}
        </Typography>
        <Typography variant="body1">
          Score <strong>{formatScore(result.score)}</strong> / 100
        </Typography>
        <Typography variant="body1">
          Level <strong>{result.level ?? 'none reached'}</strong>
        </Typography>
      </Box>
      <Typography variant="caption" color="textSecondary">
        {nextLevel && result.score !== null
          ? `${Math.ceil(nextLevel.score - result.score)} points to ${
              nextLevel.name
            }. `
          : ''}
        Evaluated {new Date(result.evaluatedAt).toLocaleString()}
      </Typography>
      <List dense disablePadding>
        {result.checks.map(check => (
          <CheckRow
            key={check.checkId}
            check={check}
            definition={definition?.checks.find(c => c.id === check.checkId)}
          />
        ))}
      </List>
    </Box>
  );
}
