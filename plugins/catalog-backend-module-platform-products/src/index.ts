/**
 * Catalog module for Paved Road: the PlatformProduct kind and checks of paved-road.io annotations.
 *
 * @packageDocumentation
 */

export { catalogModulePlatformProducts as default } from './module';
export { PlatformProductProcessor } from './processor/PlatformProductProcessor';
export type { PlatformProductProcessorOptions } from './processor/PlatformProductProcessor';
