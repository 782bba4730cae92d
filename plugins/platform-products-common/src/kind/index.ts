export * from './PlatformProductEntityV1alpha1';
export { platformProductEntityV1alpha1Schema } from './platformProductEntityV1alpha1Schema';
export {
  platformProductEntityV1alpha1Validator,
  isPlatformProductEntity,
} from './platformProductEntityV1alpha1Validator';
export { platformProductRefs } from './platformProductRefs';
export type { PlatformProductRef } from './platformProductRefs';
