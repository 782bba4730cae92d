import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { productEntity, survey } from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntityDeveloperSatisfactionCard } from './index';

describe('EntityDeveloperSatisfactionCard', () => {
  it('shows progress while loading', async () => {
    await renderCard(<EntityDeveloperSatisfactionCard />, productEntity, {
      getSurvey: pending,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(<EntityDeveloperSatisfactionCard />, productEntity, {
      getSurvey: () => Promise.reject(new Error('survey down')),
    });
    expect(
      await screen.findByRole('heading', { name: 'Error: survey down' }),
    ).toBeInTheDocument();
  });

  it('invites the first answer when nobody has answered', async () => {
    const empty = {
      ...survey.current,
      promoters: 0,
      passives: 0,
      detractors: 0,
      responses: 0,
      nps: null,
      marginOfError: null,
    };
    await renderCard(<EntityDeveloperSatisfactionCard />, productEntity, {
      getSurvey: async () => ({
        ...survey,
        current: empty,
        history: [empty],
        recentComments: [],
      }),
    });
    expect(await screen.findByText(/be the first/)).toBeInTheDocument();
    expect(screen.getByText('No comments yet.')).toBeInTheDocument();
  });

  it('shows NPS, distribution, history and comments', async () => {
    await renderCard(<EntityDeveloperSatisfactionCard />, productEntity, {
      getSurvey: async () => survey,
    });
    expect(await screen.findByTestId('nps-value')).toHaveTextContent(
      'NPS +40 2026-Q4, 5 answers, ± 35',
    );
    expect(screen.getByText('Promoters (9–10):')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'NPS by period: 0 on 2026-Q3, +40 on 2026-Q4',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Token refresh just works.')).toBeInTheDocument();
  });

  it('answers with the keyboard alone, then shows the new NPS', async () => {
    const answerSurvey = jest.fn(async () => ({
      entityRef: survey.entityRef,
      replaced: false,
      answer: {
        period: '2026-Q4',
        score: 9,
        comment: 'Great',
        answeredAt: '2026-11-26T07:00:00Z',
      },
    }));
    const getSurvey = jest
      .fn()
      .mockResolvedValueOnce(survey)
      .mockResolvedValue({
        ...survey,
        current: { ...survey.current, promoters: 4, responses: 6, nps: 50 },
        myAnswer: {
          period: '2026-Q4',
          score: 9,
          comment: 'Great',
          answeredAt: '2026-11-26T07:00:00Z',
        },
      });
    await renderCard(<EntityDeveloperSatisfactionCard />, productEntity, {
      getSurvey,
      answerSurvey,
    });
    const group = await screen.findByRole('radiogroup', {
      name: survey.question,
    });
    expect(group).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Send my answer' });
    expect(submit).toBeDisabled();

    // Tab into the group, then arrow keys move the choice like any radio group.
    screen.getByRole('radio', { name: '8' }).focus();
    await userEvent.keyboard(' ');
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '9' })).toBeChecked();
    await userEvent.tab();
    await userEvent.keyboard('Great');
    await userEvent.tab();
    expect(submit).toHaveFocus();
    await userEvent.keyboard('{Enter}');

    await waitFor(() =>
      expect(answerSurvey).toHaveBeenCalledWith(
        expect.objectContaining({ name: 'auth-platform' }),
        { score: 9, comment: 'Great' },
      ),
    );
    expect(await screen.findByTestId('nps-value')).toHaveTextContent('NPS +50');
    expect(
      screen.getByRole('button', { name: 'Change my answer' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '9' })).toBeChecked();
  });
});
