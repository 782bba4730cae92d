import {
  Box,
  Button,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  SURVEY_COMMENT_MAX_LENGTH,
  SurveyAnswer,
  SurveyResponseRequest,
} from '@paved-road/plugin-platform-products-common';
import { FormEvent, useState } from 'react';

const SCORES = Array.from({ length: 11 }, (_, i) => i);

/**
 * The 0–10 question as a native radio group (arrow keys move between scores, Tab leaves the
 * group), an optional comment, and a submit button. Pre-filled with the user's answer.
 */
export function SurveyForm(props: {
  question: string;
  myAnswer: SurveyAnswer | null;
  onSubmit: (answer: SurveyResponseRequest) => Promise<void>;
}) {
  const { question, myAnswer, onSubmit } = props;
  const [score, setScore] = useState<number | null>(myAnswer?.score ?? null);
  const [comment, setComment] = useState(myAnswer?.comment ?? '');
  const [submitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (score === null) return;
    setSubmitting(true);
    try {
      await onSubmit({
        score,
        ...(comment.trim() && { comment: comment.trim() }),
      });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={submit} aria-label="Developer satisfaction survey">
      <FormControl component="fieldset" fullWidth>
        <FormLabel component="legend" id="platform-products-survey-question">
          {question}
        </FormLabel>
        <Typography
          variant="caption"
          color="textSecondary"
          id="platform-products-survey-scale"
        >
          0 = not at all likely, 10 = extremely likely
        </Typography>
        <RadioGroup
          row
          name="score"
          aria-labelledby="platform-products-survey-question"
          aria-describedby="platform-products-survey-scale"
          value={score === null ? '' : String(score)}
          onChange={e => setScore(Number(e.target.value))}
        >
          {SCORES.map(s => (
            <FormControlLabel
              key={s}
              value={String(s)}
              control={<Radio size="small" />}
              label={String(s)}
              labelPlacement="bottom"
              style={{ margin: 0 }}
            />
          ))}
        </RadioGroup>
      </FormControl>
      <TextField
        label="Comment (optional)"
        multiline
        minRows={2}
        fullWidth
        margin="dense"
        variant="outlined"
        value={comment}
        onChange={e => setComment(e.target.value)}
        inputProps={{ maxLength: SURVEY_COMMENT_MAX_LENGTH }}
      />
      <Box mt={1} display="flex" alignItems="center" gridGap={16}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={score === null || submitting}
        >
          {myAnswer ? 'Change my answer' : 'Send my answer'}
        </Button>
        {myAnswer && (
          <Typography variant="body2" color="textSecondary">
            You answered {myAnswer.score} for {myAnswer.period}.
          </Typography>
        )}
      </Box>
    </form>
  );
}
