import type {
  Adopter,
  ProductAdoptionResponse,
  ProductSummary,
} from '@paved-road/plugin-platform-products-common';

/** A product an entity adopts, and how. */
export interface AdoptedProduct {
  product: ProductSummary;
  adopter: Adopter;
}

/**
 * The products among `adoptions` whose adopters include `entityRef` (compared in lowercase,
 * as the backend returns refs), in the order of `products`.
 */
export function adoptedProducts(
  entityRef: string,
  products: ProductSummary[],
  adoptions: ProductAdoptionResponse[],
): AdoptedProduct[] {
  const ref = entityRef.toLocaleLowerCase('en-US');
  const result: AdoptedProduct[] = [];
  products.forEach((product, i) => {
    const adopter = adoptions[i]?.adopters.find(a => a.entityRef === ref);
    if (adopter) result.push({ product, adopter });
  });
  return result;
}
