import { problemOf, valueOf } from './testing/results';
import { isWaiverActive, parseWaiver } from './waivers';

const KEY = 'paved-road.io/waive.product-readiness.has-docs';
const EXPECTED =
  'expected "YYYY-MM-DD: reason", such as "2027-03-31: migration planned for Q1"';

describe('parseWaiver', () => {
  it('reads the scorecard and check from the key and the date and reason from the value', () => {
    expect(
      valueOf(parseWaiver(KEY, '2027-03-31: docs move to TechDocs in Q1')),
    ).toEqual({
      scorecardId: 'product-readiness',
      checkId: 'has-docs',
      until: '2027-03-31',
      reason: 'docs move to TechDocs in Q1',
    });
  });

  it('trims, allows spaces around the colon, and keeps colons in the reason', () => {
    expect(
      valueOf(
        parseWaiver(
          'paved-road.io/waive.a.b1',
          ' 2028-02-29 :  see JIRA-1: details ',
        ),
      ),
    ).toEqual({
      scorecardId: 'a',
      checkId: 'b1',
      until: '2028-02-29',
      reason: 'see JIRA-1: details',
    });
  });

  it.each([
    'paved-road.io/waive.product-readiness',
    'paved-road.io/waive.a.b.c',
    'paved-road.io/waive.',
    'paved-road.io/waive..has-docs',
    'paved-road.io/waive.Product.has-docs',
    'paved-road.io/waive.-a.b',
    'paved-road.io/waive.a_b.c',
    'paved-road.io/waiver.a.b',
  ])('refuses the key %j', key => {
    expect(problemOf(parseWaiver(key, '2027-03-31: x'))).toEqual({
      annotation: key,
      value: '2027-03-31: x',
      message: `${key}: "2027-03-31: x" has a key that is not a waiver key; expected paved-road.io/waive.<scorecard>.<check>, with ids of lowercase letters, digits and "-", such as paved-road.io/waive.product-readiness.has-docs`,
    });
  });

  it.each([
    '2027-02-30: x',
    '2027-13-01: x',
    '2027-00-10: x',
    '2026-02-29: x',
    '2027-04-31: x',
  ])('refuses the impossible date in %j', raw => {
    expect(problemOf(parseWaiver(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(raw)} has ${raw.slice(
        0,
        10,
      )}, which is not a calendar date; ${EXPECTED}`,
    );
  });

  it.each(['2027-03-31', '2027-03-31:', '2027-03-31:   '])(
    'refuses %j for giving no reason',
    raw => {
      expect(problemOf(parseWaiver(KEY, raw)).message).toBe(
        `${KEY}: ${JSON.stringify(raw)} gives no reason; ${EXPECTED}`,
      );
    },
  );

  it.each([
    '',
    'tomorrow: x',
    '2027-3-31: x',
    '31.03.2027: x',
    '2027-03-31 reason',
    '2027/03/31: x',
    'x 2027-03-31: y',
  ])('refuses %j as not a waiver', raw => {
    expect(problemOf(parseWaiver(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(raw)} is not a waiver; ${EXPECTED}`,
    );
  });
});

describe('isWaiverActive', () => {
  const waiver = { until: '2027-03-31' };

  it('is active through the whole until day, in UTC', () => {
    expect(isWaiverActive(waiver, new Date('2026-01-01T00:00:00Z'))).toBe(true);
    expect(isWaiverActive(waiver, new Date('2027-03-31T00:00:00Z'))).toBe(true);
    expect(isWaiverActive(waiver, new Date('2027-03-31T23:59:59.999Z'))).toBe(
      true,
    );
  });

  it('has expired from the next day on', () => {
    expect(isWaiverActive(waiver, new Date('2027-04-01T00:00:00Z'))).toBe(
      false,
    );
    expect(isWaiverActive(waiver, new Date('2030-01-01T00:00:00Z'))).toBe(
      false,
    );
  });

  it('is never active with a date it cannot read', () => {
    expect(
      isWaiverActive({ until: '2027-02-30' }, new Date('2020-01-01T00:00:00Z')),
    ).toBe(false);
    expect(
      isWaiverActive({ until: 'soon' }, new Date('2020-01-01T00:00:00Z')),
    ).toBe(false);
  });
});
