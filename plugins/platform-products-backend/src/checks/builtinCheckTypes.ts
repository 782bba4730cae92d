import { ScorecardCheckType } from '@paved-road/plugin-platform-products-node';
import { annotationCheckType } from './annotationCheck';
import { fieldCheckType } from './fieldCheck';
import { lifecycleCheckType } from './lifecycleCheck';
import { linkCheckType } from './linkCheck';
import { ownerIsGroupCheckType } from './ownerIsGroupCheck';
import { relationCheckType } from './relationCheck';

/**
 * The built-in check types that read only the catalog entity itself.
 *
 * Typed `any` because each check type has its own params type: a list of them can only
 * be typed by their common denominator, as the checks extension point types it.
 */
export const builtinCheckTypes: ScorecardCheckType<any>[] = [
  annotationCheckType,
  fieldCheckType,
  linkCheckType,
  relationCheckType,
  ownerIsGroupCheckType,
  lifecycleCheckType,
];
