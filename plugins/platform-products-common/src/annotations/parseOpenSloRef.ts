import {
  annotationFailure,
  AnnotationResult,
  annotationValue,
  excerpt,
} from './AnnotationResult';

/**
 * Where an entity's OpenSLO file is: a path relative to the entity's own
 * location (resolved later, like `backstage.io/techdocs-ref: dir:.`), or an
 * http(s) URL.
 *
 * @public
 */
export type OpenSloRef =
  | { type: 'path'; path: string }
  | { type: 'url'; url: string };

const SCHEME_PATTERN = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;

/**
 * Reads an OpenSLO file reference: a relative path such as `./slo.yaml` or
 * `../shared/slo.yaml`, or an http(s) URL.
 *
 * @public
 */
export function parseOpenSloRef(
  annotation: string,
  raw: string,
): AnnotationResult<OpenSloRef> {
  const text = raw.trim();
  if (!text) {
    return annotationFailure(
      annotation,
      raw,
      'is empty; expected a path relative to the entity file, such as "./slo.yaml", or an http(s) URL',
    );
  }
  const scheme = SCHEME_PATTERN.exec(text)?.[1].toLowerCase();
  if (scheme === 'http' || scheme === 'https') {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return annotationFailure(
        annotation,
        raw,
        'is not a valid URL; expected one such as "https://example.com/slo.yaml"',
      );
    }
    return annotationValue({ type: 'url', url: url.toString() });
  }
  if (scheme !== undefined) {
    return annotationFailure(
      annotation,
      raw,
      `uses the unsupported scheme "${excerpt(
        scheme,
      )}:"; expected a relative path such as "./slo.yaml" or an http(s) URL`,
    );
  }
  // An absolute path would point into the file system of whoever reads the
  // location, not next to the entity file.
  if (text.startsWith('/') || text.startsWith('\\')) {
    return annotationFailure(
      annotation,
      raw,
      'is an absolute path; expected a path relative to the entity file, such as "./slo.yaml", or an http(s) URL',
    );
  }
  if (/\s/.test(text) || text.endsWith('/')) {
    return annotationFailure(
      annotation,
      raw,
      'is not a file path; expected a path relative to the entity file, such as "./slo.yaml", without spaces',
    );
  }
  return annotationValue({ type: 'path', path: text });
}
