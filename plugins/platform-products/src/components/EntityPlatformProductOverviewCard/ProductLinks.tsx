import { Link } from '@backstage/core-components';
import { List, ListItem, ListItemText } from '@material-ui/core';
import type { EntityLink } from '@backstage/catalog-model';

/** The entity's links, getting-started guides first. */
export function ProductLinks(props: { links: EntityLink[] }) {
  const sorted = [...props.links].sort(
    (a, b) =>
      Number(b.type === 'getting-started') -
      Number(a.type === 'getting-started'),
  );
  return (
    <List dense disablePadding>
      {sorted.map(link => (
        <ListItem key={link.url} disableGutters>
          <ListItemText
            primary={<Link to={link.url}>{link.title ?? link.url}</Link>}
            secondary={
              link.type === 'getting-started' ? 'Getting started' : undefined
            }
          />
        </ListItem>
      ))}
    </List>
  );
}
