/**
 * What reading one part of an OpenSLO document gives: the value, or why it
 * was not understood (a phrase for a problem message). `notes` are parts
 * that were read with a caveat worth telling the author.
 */
export type ReadResult<T> =
  | { ok: true; value: T; notes: string[] }
  | { ok: false; error: string };

export function readValue<T>(value: T, notes: string[] = []): ReadResult<T> {
  return { ok: true, value, notes };
}

export function readError(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value quoted for a message, shortened. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(
    text && text.length > 60 ? `${text.slice(0, 60)}…` : text ?? '',
  );
}
