import { Box, Typography } from '@material-ui/core';
import { useTheme } from '@material-ui/core/styles';
import type { NpsSummary } from '@paved-road/plugin-platform-products-common';

/** Promoters, passives and detractors as a labelled bar and as numbers. */
export function NpsDistribution(props: { summary: NpsSummary }) {
  const { summary } = props;
  const theme = useTheme();
  const groups = [
    {
      name: 'Promoters (9–10)',
      count: summary.promoters,
      color: theme.palette.success.main,
    },
    {
      name: 'Passives (7–8)',
      count: summary.passives,
      color: theme.palette.grey[500],
    },
    {
      name: 'Detractors (0–6)',
      count: summary.detractors,
      color: theme.palette.error.main,
    },
  ];
  const total = Math.max(summary.responses, 1);
  return (
    <Box my={1}>
      <Box
        display="flex"
        height={12}
        borderRadius={4}
        overflow="hidden"
        aria-hidden
      >
        {groups.map(g => (
          <Box
            key={g.name}
            width={`${(g.count / total) * 100}%`}
            bgcolor={g.color}
          />
        ))}
      </Box>
      <Box
        component="ul"
        display="flex"
        gridGap={16}
        flexWrap="wrap"
        p={0}
        m={0}
        mt={1}
        style={{ listStyle: 'none' }}
      >
        {groups.map(g => (
          <Typography component="li" variant="body2" key={g.name}>
            {g.name}: <strong>{g.count}</strong>
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
