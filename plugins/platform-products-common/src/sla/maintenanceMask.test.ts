import { parseMaintenanceRule } from '../annotations/maintenance/parseMaintenanceRule';
import { valueOf } from '../annotations/testing/results';
import { MaintenanceMask } from './maintenanceMask';

describe('MaintenanceMask', () => {
  const mask = () => new MaintenanceMask([10, 50], [20, 60]);

  it('measures the overlap of ranges asked in order', () => {
    const m = mask();
    expect(m.overlapMs(0, 10)).toBe(0);
    expect(m.overlapMs(5, 15)).toBe(5);
    expect(m.overlapMs(12, 14)).toBe(2);
    expect(m.overlapMs(15, 55)).toBe(10);
    expect(m.overlapMs(20, 50)).toBe(0);
    expect(m.overlapMs(59, 100)).toBe(1);
    expect(m.overlapMs(60, 100)).toBe(0);
  });

  it('measures the total overlap of a range without moving the cursor', () => {
    const m = mask();
    expect(m.totalOverlapMs(0, 100)).toBe(20);
    expect(m.totalOverlapMs(15, 55)).toBe(10);
    expect(m.overlapMs(10, 11)).toBe(1);
  });

  it('expands a rule in the time zone, and is empty without one', () => {
    const rule = valueOf(
      parseMaintenanceRule('m', 'FREQ=DAILY;BYHOUR=2;DURATION=PT1H'),
    );
    const from = Date.parse('2026-06-01T00:00:00Z');
    const m = MaintenanceMask.of(
      rule,
      'Europe/Berlin',
      from,
      from + 86_400_000,
    );
    // 02:00–03:00 in Berlin (CEST) is 00:00–01:00 UTC.
    expect(m.totalOverlapMs(from, from + 86_400_000)).toBe(3_600_000);
    expect(m.overlapMs(from - 60_000, from + 60_000)).toBe(60_000);
    expect(
      MaintenanceMask.of(undefined, 'UTC', from, from + 1000).overlapMs(
        from,
        from + 1000,
      ),
    ).toBe(0);
  });
});
