/**
 * The Paved Road platform-products backend plugin.
 *
 * @packageDocumentation
 */

export { platformProductsPlugin as default } from './plugin';
