import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@material-ui/core';
import type { AdoptingTeam } from '@paved-road/plugin-platform-products-common';

/** Adopters by team, most first. */
export function AdoptingTeams(props: { teams: AdoptingTeam[] }) {
  return (
    <Table size="small" aria-label="Adopters by team">
      <TableHead>
        <TableRow>
          <TableCell>Team</TableCell>
          <TableCell align="right">Adopters</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.teams.map(team => (
          <TableRow key={team.ownerRef}>
            <TableCell>
              <EntityRefLink entityRef={team.ownerRef} />
            </TableCell>
            <TableCell align="right">{team.adopters}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
