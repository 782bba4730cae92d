import { Box, Typography } from '@material-ui/core';
import type { ScorecardLevel } from '@paved-road/plugin-platform-products-common';

/** How many entities reached each level, highest level first, as labelled counts. */
export function LevelDistribution(props: {
  levels: Record<string, number>;
  definitionLevels: ScorecardLevel[];
  entities: number;
}) {
  const { levels, definitionLevels, entities } = props;
  const names = [
    ...[...definitionLevels].reverse().map(l => l.name),
    ...Object.keys(levels).filter(
      name => name !== 'none' && !definitionLevels.some(l => l.name === name),
    ),
    'none',
  ];
  return (
    <Box component="dl" display="flex" gridGap={24} flexWrap="wrap" my={1}>
      {names.map(name => {
        const count = levels[name] ?? 0;
        const share = entities > 0 ? Math.round((count / entities) * 100) : 0;
        return (
          <Box key={name}>
            <Typography component="dt" variant="caption" color="textSecondary">
              {name === 'none' ? 'No level' : name}
            </Typography>
            <Typography component="dd" variant="body1" style={{ margin: 0 }}>
              <strong>{count}</strong> ({share}%)
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
