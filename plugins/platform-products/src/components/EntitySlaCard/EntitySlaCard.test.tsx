import type { SlaObjectiveReport } from '@paved-road/plugin-platform-products-common';
import { screen } from '@testing-library/react';
import { componentEntity, entitySla, slaHistory } from '../../testing/fixtures';
import { pending, renderCard } from '../../testing/renderCard';
import { EntitySlaCard } from './index';

/** `entitySla` with its objective changed. */
function slaWith(
  change: (objective: SlaObjectiveReport) => SlaObjectiveReport,
) {
  return { ...entitySla, objectives: entitySla.objectives.map(change) };
}

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
        name: 'Availability 99.9%: error budget left within the 30d window: 60% left at 2026-11-26',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('img', {
        name: 'Availability 99.9%: error budget left per month: -100% on 2026-10, 60% on 2026-11',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/2026-10: below target from/)).toBeInTheDocument();
  });

  it('draws the burn-down within the window against the ideal, on a labelled axis', async () => {
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: async () => entitySla,
      getEntitySlaHistory: async () => slaHistory,
    });
    const chart = await screen.findByRole('img', {
      name: /error budget left within the 30d window/,
    });
    expect(chart).toHaveTextContent('Budget left');
    expect(chart).toHaveTextContent('100%');
    expect(chart).toHaveTextContent('budget spent');
    expect(chart).toHaveTextContent('2026-10-27');
    expect(chart).toHaveTextContent('2026-11-26');
    // One vertex a day; the ideal runs from 100% at the window's start to 0% at its end.
    const line = chart.querySelector('polyline')!;
    expect(line.getAttribute('points')!.split(' ')).toHaveLength(30);
    const ideal = chart.querySelector('line[stroke-dasharray]')!;
    expect(ideal).toHaveTextContent(/Ideal/);
    expect(Number(ideal.getAttribute('y1'))).toBeLessThan(
      Number(ideal.getAttribute('y2')),
    );
    expect(chart.querySelectorAll('rect')).toHaveLength(0);
  });

  it('shades the days without data and says how many there were', async () => {
    const sla = slaWith(objective => ({
      ...objective,
      // Days 12 and 13 had no buckets: the figures carry over.
      burnDown: objective.burnDown.map((point, day) =>
        day === 12 || day === 13
          ? {
              ...objective.burnDown[11],
              from: point.from,
              to: point.to,
              coverage: 0,
            }
          : point,
      ),
    }));
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: async () => sla,
      getEntitySlaHistory: async () => slaHistory,
    });
    const chart = await screen.findByRole('img', {
      name: 'Availability 99.9%: error budget left within the 30d window: 60% left at 2026-11-26; 2 of 30 days without data',
    });
    const gaps = chart.querySelectorAll('rect');
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toHaveTextContent('No data from 2026-11-08 to 2026-11-09');
    expect(screen.getByText(/Shaded: no data/)).toBeInTheDocument();
  });

  it('says so when the window has no events yet', async () => {
    const sla = slaWith(objective => ({
      ...objective,
      burnDown: objective.burnDown.map(point => ({
        ...point,
        good: 0,
        total: 0,
        consumedBad: 0,
        remainingRatio: null,
        coverage: 0,
      })),
    }));
    await renderCard(<EntitySlaCard />, componentEntity, {
      getEntitySla: async () => sla,
      getEntitySlaHistory: async () => slaHistory,
    });
    const chart = await screen.findByRole('img', {
      name: 'Availability 99.9%: error budget left within the 30d window: no data',
    });
    expect(chart.querySelector('polyline')).toBeNull();
  });
});
