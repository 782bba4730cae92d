import type {
  ProductAdoptionResponse,
  ProductSummary,
} from '@paved-road/plugin-platform-products-common';
import { adoptedProducts } from './adoptedProducts';

const product = (name: string) =>
  ({ entityRef: `platformproduct:default/${name}`, name } as ProductSummary);
const adoption = (...refs: string[]) =>
  ({
    adopters: refs.map(entityRef => ({
      entityRef,
      ownerRef: null,
      inPopulation: true,
      via: [{ method: 'dependsOn', targetRef: 'component:default/x' }],
    })),
  } as unknown as ProductAdoptionResponse);

describe('adoptedProducts', () => {
  it('keeps the products whose adopters include the entity, ignoring case', () => {
    const result = adoptedProducts(
      'Component:default/Checkout',
      [product('auth'), product('ci'), product('design')],
      [
        adoption('component:default/checkout'),
        adoption('component:default/other'),
        adoption('component:default/checkout', 'component:default/other'),
      ],
    );
    expect(result.map(r => r.product.name)).toEqual(['auth', 'design']);
    expect(result[0].adopter.via[0].method).toBe('dependsOn');
  });

  it('returns nothing when nothing is adopted', () => {
    expect(
      adoptedProducts('component:default/a', [product('p')], [adoption()]),
    ).toEqual([]);
  });
});
