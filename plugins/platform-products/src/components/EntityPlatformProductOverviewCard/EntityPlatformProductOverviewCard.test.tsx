import { screen, within } from '@testing-library/react';
import { componentEntity, productEntity } from '../../testing/fixtures';
import { renderCard } from '../../testing/renderCard';
import { EntityPlatformProductOverviewCard } from './index';

describe('EntityPlatformProductOverviewCard', () => {
  it('shows what the entity says: vision, owner, PM, support, links with getting started first', async () => {
    await renderCard(<EntityPlatformProductOverviewCard />, productEntity, {});
    expect(screen.getByText('Authentication Platform')).toBeInTheDocument();
    expect(
      screen.getByText('Login, tokens and sessions for every product team.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'jane.okafor' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('#auth-help, answers within 4h'),
    ).toBeInTheDocument();
    // Owner and system are both named "identity"; the system was written without a kind.
    const identityLinks = screen.getAllByRole('link', { name: 'identity' });
    expect(identityLinks.map(l => l.getAttribute('href'))).toEqual([
      '/catalog/default/group/identity',
      '/catalog/default/system/identity',
    ]);
    const links = within(screen.getAllByRole('list').pop()!).getAllByRole(
      'link',
    );
    expect(links[0]).toHaveTextContent('Getting started');
    expect(links[1]).toHaveTextContent('FAQ');
  });

  it('says what is missing rather than leaving blanks', async () => {
    await renderCard(
      <EntityPlatformProductOverviewCard />,
      {
        ...productEntity,
        metadata: { name: 'bare' },
        spec: { type: 'tooling', lifecycle: 'experimental', owner: 'group:x' },
      },
      {},
    );
    expect(
      screen.getByText('Not named (spec.productManager)'),
    ).toBeInTheDocument();
    expect(screen.getByText(/No links yet/)).toBeInTheDocument();
  });

  it('explains itself on an entity of another kind', async () => {
    await renderCard(
      <EntityPlatformProductOverviewCard />,
      componentEntity,
      {},
    );
    expect(screen.getByText(/Component is not one/)).toBeInTheDocument();
  });
});
