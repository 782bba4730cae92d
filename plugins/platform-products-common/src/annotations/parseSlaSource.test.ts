import { DEFAULT_SLA_SOURCE, parseSlaSource } from './parseSlaSource';
import { problemOf, valueOf } from './testing/results';

const KEY = 'paved-road.io/sla-source';

describe('parseSlaSource', () => {
  it('reads push, which is the default', () => {
    expect(valueOf(parseSlaSource(KEY, 'push'))).toEqual({ type: 'push' });
    expect(valueOf(parseSlaSource(KEY, ' push '))).toEqual(DEFAULT_SLA_SOURCE);
  });

  it.each(['prod', 'eu-west_1', 'A1'])('reads prometheus:%s', instance => {
    expect(valueOf(parseSlaSource(KEY, `prometheus:${instance}`))).toEqual({
      type: 'prometheus',
      instance,
    });
  });

  it.each([
    'prometheus:',
    'prometheus:prod west',
    'prometheus:prod.eu',
    'prometheus:prod:1',
    'prometheus: prod',
  ])('refuses %j as naming no valid instance', raw => {
    expect(problemOf(parseSlaSource(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(
        raw,
      )} does not name a Prometheus instance; expected "prometheus:<instance>" with an instance name of letters, digits, "_" and "-", such as "prometheus:prod"`,
    );
  });

  it.each([
    '',
    'Push',
    'pull',
    'prometheus',
    'Prometheus:prod',
    'datadog:prod',
  ])('refuses %j', raw => {
    expect(problemOf(parseSlaSource(KEY, raw)).message).toBe(
      `${KEY}: ${JSON.stringify(
        raw,
      )} is not an SLI source; expected "push" or "prometheus:<instance>", such as "prometheus:prod"`,
    );
  });
});
