import { screen } from '@testing-library/react';
import { componentEntity, entityProducts } from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntityPlatformsUsedCard } from './index';

describe('EntityPlatformsUsedCard', () => {
  it('shows progress while loading', async () => {
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      getEntityProducts: pending,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      getEntityProducts: () => Promise.reject(new Error('no products')),
    });
    expect(
      await screen.findByRole('heading', { name: 'Error: no products' }),
    ).toBeInTheDocument();
  });

  it('lists the products the component adopts, how, and their adoption, SLA and NPS, in one request', async () => {
    const getEntityProducts = jest.fn(async () => entityProducts);
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      getEntityProducts,
    });
    expect(
      await screen.findByRole('link', { name: 'Authentication Platform' }),
    ).toBeInTheDocument();
    // A product without a title is named by its entity name.
    expect(
      screen.getByRole('link', { name: 'design-system' }),
    ).toBeInTheDocument();
    expect(getEntityProducts).toHaveBeenCalledTimes(1);
    expect(getEntityProducts).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout-service',
    });
    expect(
      screen.getByText('Adopted through consumesApi api:default/auth-api'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        /Adopted through paved-road.io\/adopts annotation \(outside the product's population/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Adoption 85%/)).toBeInTheDocument();
    expect(screen.getByText(/Adoption 40%/)).toBeInTheDocument();
    expect(screen.getByText('Met')).toBeInTheDocument();
    expect(screen.getByText(/NPS \+40/)).toBeInTheDocument();
    expect(screen.getByText(/none declared/)).toBeInTheDocument();
  });

  it('shows how to adopt when it adopts nothing', async () => {
    await renderCard(<EntityPlatformsUsedCard />, componentEntity, {
      getEntityProducts: async () => ({
        entityRef: 'component:default/checkout-service',
        items: [],
      }),
    });
    expect(
      await screen.findByText(/adopts no platform product yet/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/paved-road.io\/adopts/).length).toBeGreaterThan(
      0,
    );
  });
});
