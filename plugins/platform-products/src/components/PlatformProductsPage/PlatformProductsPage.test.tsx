import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PlatformProductsApi, platformProductsApiRef } from '../../api';
import { mockApi, products } from '../../testing/fixtures';
import { pending } from '../../testing/renderCard';
import { PlatformProductsPage } from './index';

function render(api: Partial<PlatformProductsApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[platformProductsApiRef, mockApi(api)]]}>
      <PlatformProductsPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

function productNames() {
  return screen
    .getAllByRole('row')
    .slice(1)
    .map(row => within(row).getAllByRole('cell')[0].textContent);
}

describe('PlatformProductsPage', () => {
  it('shows progress while loading', async () => {
    await render({ listProducts: pending });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await render({ listProducts: () => Promise.reject(new Error('down')) });
    expect(
      await screen.findByRole('heading', { name: 'Error: down' }),
    ).toBeInTheDocument();
  });

  it('explains how to add a product when there is none', async () => {
    await render({ listProducts: async () => ({ items: [] }) });
    expect(
      await screen.findByText('No platform products yet'),
    ).toBeInTheDocument();
  });

  it('lists products with adoption, NPS, SLA, level and value, linking to entities', async () => {
    const getProductAdoption = jest.fn();
    await render({ listProducts: async () => products, getProductAdoption });
    expect(
      await screen.findByRole('link', { name: 'Authentication Platform' }),
    ).toHaveAttribute('href', '/catalog/default/platformproduct/auth-platform');
    expect(screen.getByText('meets target 80%')).toBeInTheDocument();
    expect(screen.getByText('below target 50%')).toBeInTheDocument();
    expect(screen.getByText('+40 (5 answers)')).toBeInTheDocument();
    expect(screen.getByText('Breached')).toBeInTheDocument();
    expect(screen.getByText('Gold (92)')).toBeInTheDocument();
    expect(screen.getByText('$193,800')).toBeInTheDocument();
    // The sparklines come with the list, not from a request per product.
    expect(
      screen.getByTitle('Adoption trend of Authentication Platform'),
    ).toBeInTheDocument();
    expect(
      screen.queryByTitle('Adoption trend of Experimentation Platform'),
    ).not.toBeInTheDocument();
    expect(getProductAdoption).not.toHaveBeenCalled();
  });

  it('sorts by a column', async () => {
    await render({ listProducts: async () => products });
    await screen.findByRole('link', { name: 'Authentication Platform' });
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Adoption' })[0],
    );
    expect(productNames()[0]).toMatch(/^Experimentation Platform/);
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Adoption' })[0],
    );
    expect(productNames()[0]).toMatch(/^Authentication Platform/);
  });
});
