import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_PARSERS,
  findAnnotationProblems,
} from './findAnnotationProblems';
import { PAVED_ROAD_ANNOTATION_KEYS } from './keys';

function component(annotations: Record<string, unknown>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'checkout',
      annotations: annotations as Record<string, string>,
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'shop' },
  };
}

function messages(annotations: Record<string, unknown>): string[] {
  return findAnnotationProblems(component(annotations)).map(p => p.message);
}

const GOOD_VALUES: Record<string, string> = {
  'paved-road.io/adopts': 'auth-platform, payments-platform',
  'paved-road.io/sla-availability': '99.9%',
  'paved-road.io/sla-latency-p50': '100ms',
  'paved-road.io/sla-latency-p90': '200ms',
  'paved-road.io/sla-latency-p95': '250ms',
  'paved-road.io/sla-latency-p99': '300ms',
  'paved-road.io/sla-latency-p999': '1s',
  'paved-road.io/sla-error-rate': '0.1%',
  'paved-road.io/sla-window': '30d',
  'paved-road.io/sla-timezone': 'Europe/Berlin',
  'paved-road.io/sla-source': 'prometheus:prod',
  'paved-road.io/sla-selector': 'job="checkout"',
  'paved-road.io/sla-maintenance':
    'FREQ=WEEKLY;BYDAY=SU;BYHOUR=2;DURATION=PT2H',
  'paved-road.io/openslo': './slo.yaml',
  'paved-road.io/waive.product-readiness.has-docs':
    '2027-03-31: docs are being written',
};

describe('findAnnotationProblems', () => {
  it('has a parser for every known annotation', () => {
    expect(Object.keys(ANNOTATION_PARSERS).sort()).toEqual(
      [...PAVED_ROAD_ANNOTATION_KEYS].sort(),
    );
    expect(Object.keys(GOOD_VALUES)).toEqual(
      expect.arrayContaining([...PAVED_ROAD_ANNOTATION_KEYS]),
    );
  });

  it('finds nothing wrong with good values, or on an entity without annotations', () => {
    expect(messages(GOOD_VALUES)).toEqual([]);
    expect(
      findAnnotationProblems({ ...component({}), metadata: { name: 'x' } }),
    ).toEqual([]);
  });

  it('ignores annotations outside paved-road.io/', () => {
    expect(
      messages({
        'backstage.io/techdocs-ref': '',
        'example.com/sla-availability': 'x',
      }),
    ).toEqual([]);
  });

  it('runs the right parser on each annotation', () => {
    const bad: Record<string, string> = {
      'paved-road.io/adopts': 'component:',
      'paved-road.io/sla-availability': '101%',
      'paved-road.io/sla-latency-p99': '30x',
      'paved-road.io/sla-error-rate': '0.1',
      'paved-road.io/sla-window': '2M',
      'paved-road.io/sla-timezone': 'Mars/Olympus',
      'paved-road.io/sla-source': 'pull',
      'paved-road.io/sla-selector': '{job="x"}',
      'paved-road.io/sla-maintenance': 'FREQ=WEEKLY;BYDAY=SU',
      'paved-road.io/openslo': 'ftp://x',
      'paved-road.io/waive.product-readiness.has-docs': '2027-02-30: x',
    };
    const problems = findAnnotationProblems(component(bad));
    expect(problems.map(p => p.annotation)).toEqual(Object.keys(bad));
    for (const problem of problems) {
      expect(problem.value).toBe(bad[problem.annotation]);
      expect(problem.message).toContain(problem.annotation);
      expect(problem.message).toContain(JSON.stringify(problem.value));
    }
    expect(problems.map(p => p.message)).toEqual([
      expect.stringContaining('malformed entity ref'),
      expect.stringContaining('is out of range'),
      expect.stringContaining('is not a duration'),
      expect.stringContaining('is not a percentage'),
      expect.stringContaining('is not a calendar window'),
      expect.stringContaining('is not a known IANA time zone'),
      expect.stringContaining('is not an SLI source'),
      expect.stringContaining('without braces'),
      expect.stringContaining('has no DURATION'),
      expect.stringContaining('unsupported scheme'),
      expect.stringContaining('is not a calendar date'),
    ]);
  });

  it('suggests the known annotation a typo is close to', () => {
    expect(messages({ 'paved-road.io/sla-availabilty': '99.9%' })).toEqual([
      'paved-road.io/sla-availabilty: "99.9%" is under paved-road.io/ but is not a known Paved Road annotation; did you mean paved-road.io/sla-availability?',
    ]);
    expect(messages({ 'paved-road.io/adopt': 'x' })[0]).toContain(
      'did you mean paved-road.io/adopts?',
    );
    expect(messages({ 'paved-road.io/sla-tiemzone': 'UTC' })[0]).toContain(
      'did you mean paved-road.io/sla-timezone?',
    );
    expect(messages({ 'paved-road.io/open-slo': './slo.yaml' })[0]).toContain(
      'did you mean paved-road.io/openslo?',
    );
  });

  it('suggests the waiver form for a misspelt waiver prefix', () => {
    expect(
      messages({
        'paved-road.io/waiver.product-readiness.has-docs': '2027-03-31: x',
      })[0],
    ).toContain('did you mean paved-road.io/waive.product-readiness.has-docs?');
  });

  it('lists the latency percentiles for an unknown one', () => {
    expect(messages({ 'paved-road.io/sla-latency-p98': '300ms' })).toEqual([
      'paved-road.io/sla-latency-p98: "300ms" is under paved-road.io/ but is not a known Paved Road annotation; latency objectives exist for p50, p90, p95, p99, p999, such as paved-road.io/sla-latency-p99',
    ]);
  });

  it('lists the known annotations when nothing is close', () => {
    const [message] = messages({ 'paved-road.io/owner': 'x' });
    expect(message).toContain(
      'paved-road.io/owner: "x" is under paved-road.io/ but is not a known Paved Road annotation; known annotations are paved-road.io/adopts, ',
    );
    expect(message).toContain('paved-road.io/waive.<scorecard>.<check>');
    expect(message).not.toContain('did you mean');
  });

  it('reports malformed waiver keys', () => {
    expect(
      messages({ 'paved-road.io/waive.product-readiness': '2027-03-31: x' })[0],
    ).toContain('has a key that is not a waiver key');
  });

  it('reports values that are not strings instead of throwing', () => {
    expect(
      messages({
        'paved-road.io/sla-availability': 99.9,
        'paved-road.io/adopts': null,
      }),
    ).toEqual([
      'paved-road.io/sla-availability: "99.9" is not a string',
      'paved-road.io/adopts: "null" is not a string',
    ]);
  });

  it('never throws on odd input, and keeps messages short', () => {
    const long = 'x'.repeat(10_000);
    const odd = [
      '',
      ' ',
      '\n',
      '"',
      '\\',
      '{}',
      '%',
      '-',
      ':',
      ',',
      ';',
      '=',
      'é',
      '\u0000',
      long,
      `FREQ=${long}`,
      `FREQ=WEEKLY;BYDAY=${'SU,'.repeat(3000)}XX;DURATION=PT1H`,
      `FREQ=WEEKLY;BYDAY=SU;DURATION=${'PT1H'.repeat(3000)}`,
      `FREQ=WEEKLY;BYDAY=SU;${long}=1;DURATION=PT1H`,
      `a,${long}!`,
      `${long}="x"`,
      `job="${long}"${long}`,
      `${long}:x`,
    ];
    for (const key of [
      ...PAVED_ROAD_ANNOTATION_KEYS,
      'paved-road.io/waive.a.b',
      'paved-road.io/x',
    ]) {
      for (const value of odd) {
        const problems = findAnnotationProblems(component({ [key]: value }));
        for (const problem of problems) {
          expect(problem.message).toContain(key);
          expect(problem.message.length).toBeLessThan(1000);
        }
      }
    }
  });
});
