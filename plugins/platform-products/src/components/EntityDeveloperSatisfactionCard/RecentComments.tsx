import { List, ListItem, ListItemText, Typography } from '@material-ui/core';
import type { SurveyComment } from '@paved-road/plugin-platform-products-common';

/** The latest comments, anonymous, with the score each came with. */
export function RecentComments(props: { comments: SurveyComment[] }) {
  if (props.comments.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No comments yet.
      </Typography>
    );
  }
  return (
    <List dense disablePadding aria-label="Recent comments">
      {props.comments.map(c => (
        <ListItem key={`${c.answeredAt}-${c.comment}`} disableGutters divider>
          <ListItemText
            primary={c.comment}
            secondary={`Score ${c.score} · ${c.answeredAt.slice(0, 10)}`}
          />
        </ListItem>
      ))}
    </List>
  );
}
