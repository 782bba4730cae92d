/**
 * Orders strings by UTF-16 code units: deterministic and locale-free, for sorting ids
 * where only a stable order matters.
 */
export function compareStrings(a: string, b: string): number {
  if (a < b) {
    return -1;
  }
  return a > b ? 1 : 0;
}
