import { screen } from '@testing-library/react';
import { componentEntity, entitySla, slaHistory } from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntitySlaCard } from './index';

describe('EntitySlaCard', () => {
  it('shows progress while loading', async () => {
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: pending,
      getEntitySlaHistory: pending,
    });
    expect(await screen.findByTestId('progress')).toBeInTheDocument();
  });

  it('shows the error of a failed request', async () => {
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: () => Promise.reject(new Error('sla down')),
      getEntitySlaHistory: async () => slaHistory,
    });
    expect(
      await screen.findByRole('heading', { name: 'Error: sla down' }),
    ).toBeInTheDocument();
  });

  it('shows the YAML to add when the entity has no objective', async () => {
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: async () => ({
        ...entitySla,
        objectives: [],
        status: null,
      }),
      getEntitySlaHistory: async () => ({ ...slaHistory, objectives: [] }),
    });
    expect(
      (await screen.findAllByText(/paved-road.io\/sla-availability/)).length,
    ).toBeGreaterThan(0);
  });

  it('reports annotations it did not understand', async () => {
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: async () => ({
        ...entitySla,
        objectives: [],
        problems: [
          {
            annotation: 'paved-road.io/sla-availability',
            value: '99,9',
            message:
              'paved-road.io/sla-availability "99,9" is not a percentage',
          },
        ],
      }),
      getEntitySlaHistory: async () => slaHistory,
    });
    expect(
      await screen.findByText(/Some SLA annotations were not understood/),
    ).toBeInTheDocument();
  });

  it('shows compliance, budget, alert in words, the burn-down and breaches', async () => {
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: async () => entitySla,
      getEntitySlaHistory: async () => slaHistory,
    });
    expect(await screen.findByText('Availability 99.9%')).toBeInTheDocument();
    expect(screen.getByText('Met')).toBeInTheDocument();
    expect(screen.getByText('99.96%')).toBeInTheDocument();
    expect(
      screen.getByText('60% left (25m 55s of full outage)'),
    ).toBeInTheDocument();
    expect(screen.getByText('No alert')).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Availability 99.9%: error budget left per month: -100% on 2026-10, 60% on 2026-11',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2026-10: below target from/)).toBeInTheDocument();
  });
});
