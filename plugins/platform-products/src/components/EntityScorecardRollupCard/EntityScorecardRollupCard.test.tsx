import { screen } from '@testing-library/react';
import {
  groupEntity,
  rollups,
  scorecardDefinition,
} from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntityScorecardRollupCard } from './index';

const common = {
  listScorecards: async () => ({ items: [scorecardDefinition] }),
  getScorecardHistory: async () => ({
    scorecardId: 'service-maturity',
    entityRef: 'group:default/checkout',
    from: '2026-11-01',
    to: '2026-11-03',
    points: [
      { day: '2026-11-01', meanScore: 60, entities: 4 },
      { day: '2026-11-02', meanScore: null, entities: 0 },
      { day: '2026-11-03', meanScore: 71.5, entities: 4 },
    ],
  }),
};

describe('EntityScorecardRollupCard', () => {
  it('shows progress while loading', async () => {
    await renderCard(<EntityScorecardRollupCard />, groupEntity, {
      ...common,
      getRollups: pending,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(<EntityScorecardRollupCard />, groupEntity, {
      ...common,
      getRollups: () => Promise.reject(new Error('no such group')),
    });
    expect(
      await screen.findByRole('heading', { name: 'Error: no such group' }),
    ).toBeInTheDocument();
  });

  it('explains an empty team', async () => {
    await renderCard(<EntityScorecardRollupCard />, groupEntity, {
      ...common,
      getRollups: async () => ({ ...rollups, rollups: [] }),
    });
    expect(
      await screen.findByText(/owned by this team or its sub-teams/),
    ).toBeInTheDocument();
  });

  it('shows mean score, level distribution, failing checks and the trend', async () => {
    await renderCard(<EntityScorecardRollupCard />, groupEntity, {
      ...common,
      getRollups: async () => rollups,
    });
    expect(await screen.findByText('Service maturity')).toBeInTheDocument();
    expect(screen.getByText('72')).toBeInTheDocument();
    expect(screen.getByText('Gold')).toBeInTheDocument();
    expect(screen.getByText('No level')).toBeInTheDocument();
    expect(screen.getByText('Has TechDocs')).toBeInTheDocument();
    expect(
      screen.getByText('failing or warning for 3 of 4'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Service maturity: mean score: 60 on 2026-11-01, 72 on 2026-11-03',
      }),
    ).toBeInTheDocument();
  });
});
