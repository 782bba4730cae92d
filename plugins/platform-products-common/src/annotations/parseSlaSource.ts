import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
} from './AnnotationResult';

/**
 * Where an entity's SLI data comes from: pushed to the Paved Road API, or
 * queried from a Prometheus instance configured under that name.
 *
 * @public
 */
export type SlaSource =
  | { type: 'push' }
  | { type: 'prometheus'; instance: string };

/**
 * The SLI source of an entity that names none.
 *
 * @public
 */
export const DEFAULT_SLA_SOURCE: Readonly<SlaSource> = Object.freeze({
  type: 'push',
});

const PROMETHEUS_PREFIX = 'prometheus:';
const INSTANCE_PATTERN = /^[a-zA-Z0-9_-]+$/;

/**
 * Reads an SLI source: `push` or `prometheus:<instance>`, where the instance
 * name (letters, digits, `_`, `-`) refers to the Prometheus module's config.
 *
 * @public
 */
export function parseSlaSource(
  annotation: string,
  raw: string,
): AnnotationResult<SlaSource> {
  const text = raw.trim();
  if (text === 'push') {
    return annotationValue({ type: 'push' });
  }
  if (text.startsWith(PROMETHEUS_PREFIX)) {
    const instance = text.slice(PROMETHEUS_PREFIX.length);
    if (!INSTANCE_PATTERN.test(instance)) {
      return annotationFailure(
        annotation,
        raw,
        `does not name a Prometheus instance; expected "prometheus:<instance>" with an instance name of letters, digits, "_" and "-", such as "prometheus:prod"`,
      );
    }
    return annotationValue({ type: 'prometheus', instance });
  }
  return annotationFailure(
    annotation,
    raw,
    'is not an SLI source; expected "push" or "prometheus:<instance>", such as "prometheus:prod"',
  );
}
