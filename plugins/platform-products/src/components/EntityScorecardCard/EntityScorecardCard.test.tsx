import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  componentEntity,
  entityScorecards,
  scorecardDefinition,
} from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntityScorecardCard } from './index';

const definitions = () => Promise.resolve({ items: [scorecardDefinition] });

describe('EntityScorecardCard', () => {
  it('shows progress while loading', async () => {
    await renderCard(<EntityScorecardCard />, componentEntity, {
      getEntityScorecards: pending,
      listScorecards: definitions,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(<EntityScorecardCard />, componentEntity, {
      getEntityScorecards: () => Promise.reject(new Error('backend down')),
      listScorecards: definitions,
    });
    expect(
      await screen.findByRole('heading', { name: 'Error: backend down' }),
    ).toBeInTheDocument();
  });

  it('says so when no scorecard applies', async () => {
    await renderCard(<EntityScorecardCard />, componentEntity, {
      getEntityScorecards: async () => ({ entityRef: 'x', results: [] }),
      listScorecards: definitions,
    });
    expect(
      await screen.findByText('No scorecard results yet'),
    ).toBeInTheDocument();
  });

  it('shows score, level, each check with a worded status, fix link and waiver', async () => {
    await renderCard(<EntityScorecardCard />, componentEntity, {
      getEntityScorecards: async () => entityScorecards,
      listScorecards: definitions,
    });
    expect(await screen.findByText('Service maturity')).toBeInTheDocument();
    expect(screen.getByText('62')).toBeInTheDocument();
    expect(screen.getByText('Bronze')).toBeInTheDocument();
    expect(
      screen.getByText('13 points to Silver.', { exact: false }),
    ).toBeInTheDocument();
    expect(screen.getByText('Has TechDocs')).toBeInTheDocument();
    expect(screen.getByText('Fail')).toBeInTheDocument();
    expect(screen.getByText('Pass')).toBeInTheDocument();
    expect(screen.getByText('Waived')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /How to add TechDocs/ }),
    ).toHaveAttribute('href', 'https://example.com/techdocs');
    expect(
      screen.getByText('Waived until 2027-06-30: native SDKs first'),
    ).toBeInTheDocument();
  });

  it('re-evaluates on demand and shows the new results', async () => {
    const refreshEntityScorecards = jest.fn(async () => entityScorecards);
    const getEntityScorecards = jest
      .fn()
      .mockResolvedValueOnce({ entityRef: 'x', results: [] })
      .mockResolvedValue(entityScorecards);
    await renderCard(<EntityScorecardCard />, componentEntity, {
      getEntityScorecards,
      refreshEntityScorecards,
      listScorecards: definitions,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Re-evaluate now' }),
    );
    expect(await screen.findByText('Service maturity')).toBeInTheDocument();
    expect(refreshEntityScorecards).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'checkout-service',
    });
  });

  it('keeps a rendering error inside the card', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {});
    await renderCard(<EntityScorecardCard />, componentEntity, {
      // A malformed answer (results is not a list) makes the card throw while rendering.
      getEntityScorecards: async () => ({ entityRef: 'x', results: {} as any }),
      listScorecards: definitions,
    });
    expect(await screen.findByText('Scorecards')).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', {
        name: /Error: .*is not a function/,
      }),
    ).toBeInTheDocument();
  });
});
