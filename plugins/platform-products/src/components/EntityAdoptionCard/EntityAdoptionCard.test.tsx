import { screen } from '@testing-library/react';
import { adoption, productEntity } from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntityAdoptionCard } from './index';

describe('EntityAdoptionCard', () => {
  it('shows progress while loading', async () => {
    await renderCard(<EntityAdoptionCard />, productEntity, {
      getProductAdoption: pending,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(<EntityAdoptionCard />, productEntity, {
      getProductAdoption: () => Promise.reject(new Error('not a product')),
    });
    expect(
      await screen.findByRole('heading', { name: 'Error: not a product' }),
    ).toBeInTheDocument();
  });

  it('shows rate against target in words, teams, value and the trend', async () => {
    const getProductAdoption = jest.fn(async () => adoption);
    await renderCard(<EntityAdoptionCard />, productEntity, {
      getProductAdoption,
    });
    expect(await screen.findByText('85%')).toBeInTheDocument();
    expect(screen.getByText('Target reached')).toBeInTheDocument();
    expect(screen.getByText(/17 of 20 eligible entities/)).toBeInTheDocument();
    expect(screen.getByText('+10 points over 30 days')).toBeInTheDocument();
    expect(screen.getByText('$193,800')).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Adopters by team' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'checkout' })).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Adoption rate: 75% on 2026-11-24, 85% on 2026-11-26',
      }),
    ).toBeInTheDocument();
    expect(getProductAdoption).toHaveBeenCalledWith(
      expect.objectContaining({ namespace: 'default', name: 'auth-platform' }),
    );
  });

  it('says below target, and explains an empty adoption and a missing history', async () => {
    await renderCard(<EntityAdoptionCard />, productEntity, {
      getProductAdoption: async () => ({
        ...adoption,
        summary: {
          ...adoption.summary,
          rate: 0,
          adopters: 0,
          gap: 0.8,
          belowTarget: true,
        },
        teams: [],
        adopters: [],
        history: [],
      }),
    });
    expect(await screen.findByText('Below target by 80%')).toBeInTheDocument();
    expect(screen.getByText('No adopters yet')).toBeInTheDocument();
    expect(screen.getByText(/trend chart appears once/)).toBeInTheDocument();
  });
});
