import { TableColumn, TrendLine } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { Box, Typography } from '@material-ui/core';
import {
  formatMoney,
  formatNps,
  formatRatio,
  formatScore,
} from '../shared/format';
import { specRef } from '../shared/entityRefs';
import { SlaStatusLabel } from '../shared/statusLabels';
import { ProductRow, compareNullable, slaRank } from './productRows';

export const productColumns: TableColumn<ProductRow>[] = [
  {
    title: 'Product',
    field: 'title',
    highlight: true,
    render: row => (
      <>
        <EntityRefLink entityRef={row.entityRef} title={row.title} />
        {row.description && (
          <Typography variant="body2" color="textSecondary">
            {row.description}
          </Typography>
        )}
      </>
    ),
  },
  {
    title: 'Owner',
    field: 'owner',
    render: row => (
      <EntityRefLink entityRef={specRef(row.owner, 'group', row.namespace)} />
    ),
  },
  { title: 'Type', field: 'type' },
  { title: 'Lifecycle', field: 'lifecycle' },
  {
    title: 'Adoption',
    field: 'adoptionRate',
    customSort: (a, b) => compareNullable(a.adoptionRate, b.adoptionRate),
    render: row => (
      <Box display="flex" alignItems="center" gridGap={8}>
        <Box minWidth={96}>
          <Typography variant="body2">
            {formatRatio(row.adoptionRate, 0)}
          </Typography>
          <Typography variant="caption" color="textSecondary">
            {row.adoptionTarget === null
              ? 'no target'
              : `${row.belowTarget ? 'below' : 'meets'} target ${formatRatio(
                  row.adoptionTarget,
                  0,
                )}`}
          </Typography>
        </Box>
        {row.adoptionTrend.length > 1 && (
          <Box width={80}>
            <TrendLine
              data={row.adoptionTrend}
              min={0}
              max={1}
              title={`Adoption trend of ${row.title}`}
            />
          </Box>
        )}
      </Box>
    ),
  },
  {
    title: 'NPS',
    field: 'nps',
    customSort: (a, b) => compareNullable(a.nps, b.nps),
    render: row =>
      `${formatNps(row.nps)} (${row.npsResponses} ${
        row.npsResponses === 1 ? 'answer' : 'answers'
      })`,
  },
  {
    title: 'SLA',
    field: 'slaStatus',
    customSort: (a, b) => slaRank(a.slaStatus) - slaRank(b.slaStatus),
    render: row =>
      row.slaStatus ? (
        <SlaStatusLabel status={row.slaStatus} />
      ) : (
        'none declared'
      ),
  },
  {
    title: 'Level',
    field: 'score',
    customSort: (a, b) => compareNullable(a.score, b.score),
    render: row =>
      row.score === null && row.level === null
        ? '–'
        : `${row.level ?? 'no level'} (${formatScore(row.score)})`,
  },
  {
    title: 'Value',
    field: 'costSavings',
    customSort: (a, b) => compareNullable(a.costSavings, b.costSavings),
    render: row =>
      row.costSavings === null
        ? '–'
        : formatMoney(row.costSavings, row.currency),
  },
];
