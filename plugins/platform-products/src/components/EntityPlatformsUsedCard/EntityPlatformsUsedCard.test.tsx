import { screen } from '@testing-library/react';
import { adoption, componentEntity, products } from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntityPlatformsUsedCard } from './index';

describe('EntityPlatformsUsedCard', () => {
  it('shows progress while loading', async () => {
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      listProducts: pending,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      listProducts: () => Promise.reject(new Error('no products')),
    });
    expect(
      await screen.findByRole('heading', { name: 'Error: no products' }),
    ).toBeInTheDocument();
  });

  it('lists the products the component adopts, how, and their SLA and NPS', async () => {
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      listProducts: async () => products,
      getProductAdoption: async ref =>
        ref.name === 'auth-platform' ? adoption : { ...adoption, adopters: [] },
    });
    expect(
      await screen.findByRole('link', { name: 'Authentication Platform' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Experimentation Platform' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText('Adopted through consumesApi api:default/auth-api'),
    ).toBeInTheDocument();
    expect(screen.getByText('Met')).toBeInTheDocument();
    expect(screen.getByText(/NPS \+40/)).toBeInTheDocument();
  });

  it('shows how to adopt when it adopts nothing', async () => {
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      listProducts: async () => products,
      getProductAdoption: async () => ({ ...adoption, adopters: [] }),
    });
    expect(
      await screen.findByText(/adopts no platform product yet/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/paved-road.io\/adopts/).length).toBeGreaterThan(
      0,
    );
  });
});
