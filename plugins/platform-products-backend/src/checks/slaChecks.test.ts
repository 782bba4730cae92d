import { TestDatabases } from '@backstage/backend-test-utils';
import { SlaStatus } from '@paved-road/plugin-platform-products-common';
import { DatabaseSlaStore } from '../database/DatabaseSlaStore';
import { StoredSlaObjective } from '../database/SlaStore';
import { errorBudgetCheckType, slaComplianceCheckType } from './slaChecks';
import { evaluateCheck, makeEntity } from './testing/checkTesting';

jest.setTimeout(60_000);

const AT = '2026-10-01T00:00:00.000Z';

function objective(
  id: string,
  status: SlaStatus,
  budgetRemaining: number | null,
): StoredSlaObjective {
  return {
    objective: id,
    title: id,
    target: 0.999,
    status,
    compliance: budgetRemaining === null ? null : 0.9995,
    budgetRemaining,
    alert: 'none',
    alertSince: null,
    evaluatedAt: AT,
  };
}

const entity = (name: string) =>
  makeEntity({ metadata: { name, namespace: 'default' } });

describe('SLA check types', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let store: DatabaseSlaStore;

  beforeAll(async () => {
    store = await DatabaseSlaStore.create({
      knex: await databases.init('SQLITE_3'),
    });
    const save = (name: string, objectives: StoredSlaObjective[]) =>
      store.saveEntity({
        entityRef: `component:default/${name}`,
        ownerRef: null,
        status: 'met',
        budgetRemaining: null,
        alert: 'none',
        problemCount: 0,
        syncError: null,
        evaluatedAt: AT,
        objectives,
      });
    await save('healthy', [
      objective('availability', 'met', 0.8),
      objective('latency-p99', 'met', 0.6),
    ]);
    await save('mixed', [
      objective('availability', 'met', 0.8),
      objective('latency-p99', 'at-risk', 0.1),
      objective('error-rate', 'no-data', null),
    ]);
    await save('broken', [
      objective('availability', 'breached', -0.5),
      objective('latency-p99', 'met', 0.9),
    ]);
    await save('silent', [objective('availability', 'no-data', null)]);
  });

  describe('sla-compliance', () => {
    const check = () => slaComplianceCheckType(store);

    it('passes when every objective is met', async () => {
      await expect(
        evaluateCheck(check(), {}, entity('healthy')),
      ).resolves.toMatchObject({
        status: 'pass',
        score: 1,
        message: 'All 2 SLA objectives met',
      });
    });

    it('warns with partial credit for objectives at risk or without data', async () => {
      const outcome = await evaluateCheck(check(), {}, entity('mixed'));
      expect(outcome).toMatchObject({
        status: 'warn',
        message: 'SLA at risk: latency-p99; no data: error-rate',
      });
      expect(outcome.score).toBeCloseTo(1.5 / 3);
    });

    it('fails when an objective is breached, or none is declared', async () => {
      await expect(
        evaluateCheck(check(), {}, entity('broken')),
      ).resolves.toMatchObject({
        status: 'fail',
        score: 0.5,
        message: 'SLA breached: availability',
      });
      await expect(
        evaluateCheck(check(), {}, entity('nothing')),
      ).resolves.toMatchObject({
        status: 'fail',
        message: 'Declares no SLA objective',
      });
    });

    it('judges only the objective named', async () => {
      await expect(
        evaluateCheck(check(), { objective: 'latency-p99' }, entity('broken')),
      ).resolves.toMatchObject({ status: 'pass' });
      await expect(
        evaluateCheck(check(), { objective: 'error-rate' }, entity('healthy')),
      ).resolves.toMatchObject({
        status: 'fail',
        message: 'Has no SLA objective error-rate',
      });
    });

    it('is unknown without any data', async () => {
      await expect(
        evaluateCheck(check(), {}, entity('silent')),
      ).resolves.toMatchObject({
        status: 'unknown',
      });
    });

    it('refuses unknown and malformed params at start-up', () => {
      expect(() => check().parseParams({ objectve: 'x' })).toThrow(
        /params.objectve is not a known param/,
      );
      expect(() => check().parseParams({ objective: 3 })).toThrow(
        /params.objective must be a non-empty string/,
      );
    });
  });

  describe('error-budget', () => {
    const check = () => errorBudgetCheckType(store);

    it('passes when every objective keeps the minimum', async () => {
      await expect(
        evaluateCheck(check(), { min: '50%' }, entity('healthy')),
      ).resolves.toMatchObject({
        status: 'pass',
        score: 1,
        message:
          'Least error budget left: 60% (latency-p99); at least 50% required',
      });
    });

    it('grades by the share of objectives that keep it', async () => {
      await expect(
        evaluateCheck(check(), { min: '25%' }, entity('mixed')),
      ).resolves.toMatchObject({ status: 'warn', score: 1 / 3 });
      await expect(
        evaluateCheck(check(), {}, entity('broken')),
      ).resolves.toMatchObject({
        status: 'warn',
        score: 0.5,
        message:
          'Least error budget left: -50% (availability); at least 0% required',
      });
    });

    it('is unknown without data and fails without objectives', async () => {
      await expect(
        evaluateCheck(check(), {}, entity('silent')),
      ).resolves.toMatchObject({
        status: 'unknown',
      });
      await expect(
        evaluateCheck(check(), {}, entity('nothing')),
      ).resolves.toMatchObject({
        status: 'fail',
      });
    });

    it('refuses a min that is not a percentage at start-up', () => {
      expect(() => check().parseParams({ min: 0.5 })).toThrow(
        /params.min must be a percentage/,
      );
      expect(() => check().parseParams({ min: '50%', extra: 1 })).toThrow(
        /params.extra is not a known param/,
      );
    });
  });
});
