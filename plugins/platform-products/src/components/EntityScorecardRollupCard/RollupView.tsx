import {
  Box,
  List,
  ListItem,
  ListItemText,
  Typography,
} from '@material-ui/core';
import type {
  ScorecardDefinition,
  ScorecardHistoryPoint,
  ScorecardRollup,
} from '@paved-road/plugin-platform-products-common';
import { formatScore } from '../shared/format';
import { LineChart } from '../shared/LineChart';
import { LevelDistribution } from './LevelDistribution';

/** One scorecard over a group, system or domain: mean, levels, weakest checks, trend. */
export function RollupView(props: {
  rollup: ScorecardRollup;
  definition?: ScorecardDefinition;
  history: ScorecardHistoryPoint[];
}) {
  const { rollup, definition, history } = props;
  const title = rollup.title ?? definition?.title ?? rollup.scorecardId;
  return (
    <Box mb={3} component="section" aria-label={title}>
      <Typography variant="h6" component="h3">
        {title}
      </Typography>
      <Typography variant="body1">
        Mean score <strong>{formatScore(rollup.meanScore)}</strong> / 100 over{' '}
        {rollup.entities} {rollup.entities === 1 ? 'entity' : 'entities'}
      </Typography>
      <LevelDistribution
        levels={rollup.levels}
        definitionLevels={definition?.levels ?? []}
        entities={rollup.entities}
      />
      {history.length > 1 && (
        <LineChart
          title={`${title}: mean score`}
          points={history.map(p => ({ label: p.day, value: p.meanScore }))}
          formatValue={v => String(Math.round(v))}
          min={0}
          max={100}
          height={120}
        />
      )}
      {rollup.worstChecks.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h4">
            Checks failing most often
          </Typography>
          <List dense disablePadding>
            {rollup.worstChecks.map(check => (
              <ListItem key={check.checkId} disableGutters>
                <ListItemText
                  primary={
                    definition?.checks.find(c => c.id === check.checkId)
                      ?.title ?? check.checkId
                  }
                  secondary={`failing or warning for ${check.failing} of ${check.total}`}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </Box>
  );
}
