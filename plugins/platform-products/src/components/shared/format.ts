/** `0.853` → `85.3%`; null → `–`. */
export function formatRatio(
  ratio: number | null | undefined,
  digits = 1,
): string {
  if (ratio === null || ratio === undefined || Number.isNaN(ratio)) {
    return '–';
  }
  // Trailing zeros say nothing: 99.960% reads as 99.96%.
  const text = (ratio * 100).toFixed(digits).replace(/(\.\d*?)0+$/, '$1');
  return `${text.replace(/\.$/, '')}%`;
}

/** A signed NPS, e.g. `+42`, `-10`, `0`; null → `–`. */
export function formatNps(nps: number | null | undefined): string {
  if (nps === null || nps === undefined) {
    return '–';
  }
  const rounded = Math.round(nps);
  return rounded > 0 ? `+${rounded}` : String(rounded);
}

/** A score 0–100 without decimals; null → `–`. */
export function formatScore(score: number | null | undefined): string {
  return score === null || score === undefined
    ? '–'
    : String(Math.round(score));
}

/** An amount of money in its currency, without cents. */
export function formatMoney(amount: number, currency: string | null): string {
  try {
    return new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: currency ?? 'USD',
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    // An unknown currency code in the entity: show the number with the code as written.
    return `${Math.round(amount).toLocaleString('en-US')} ${currency ?? ''}`;
  }
}

/** Seconds as the largest whole units, e.g. `3h 20m`, `2d 4h`, `45s`. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  let rest = Math.round(Math.abs(seconds));
  const units: Array<[string, number]> = [
    ['d', 86400],
    ['h', 3600],
    ['m', 60],
    ['s', 1],
  ];
  const parts: string[] = [];
  for (const [unit, size] of units) {
    if (rest >= size && parts.length < 2) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return `${sign}${parts.join(' ') || '0s'}`;
}

/** An ISO date or instant as `YYYY-MM-DD`. */
export function formatDay(iso: string): string {
  return iso.slice(0, 10);
}
