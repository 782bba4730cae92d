import {
  PlatformProductValue,
  ProductValue,
} from '@paved-road/plugin-platform-products-common';

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/**
 * Cost savings of a product: adopters × hours saved per adopter, in hours, and × the hourly
 * rate, in currency. Null when the product declares no `spec.value`.
 */
export function productValue(
  value: PlatformProductValue | undefined,
  adopters: number,
): ProductValue | null {
  if (!value) {
    return null;
  }
  const hoursSavedPerAdopter = finite(value.hoursSavedPerAdopter);
  const hourlyRate = finite(value.hourlyRate);
  const hoursSaved =
    hoursSavedPerAdopter === null ? null : adopters * hoursSavedPerAdopter;
  return {
    adopters,
    hoursSavedPerAdopter,
    hourlyRate,
    currency: typeof value.currency === 'string' ? value.currency : null,
    hoursSaved,
    costSavings:
      hoursSaved === null || hourlyRate === null
        ? null
        : hoursSaved * hourlyRate,
  };
}
