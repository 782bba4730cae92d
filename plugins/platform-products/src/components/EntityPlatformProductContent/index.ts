export { EntityPlatformProductContent } from './EntityPlatformProductContent';
