/**
 * Paved Road common library: the PlatformProduct kind (types, JSON schema,
 * validator) and the parsers of `paved-road.io/` annotations, shared by the
 * frontend and backend packages.
 *
 * @packageDocumentation
 */

export * from './kind';
export * from './annotations';
export * from './scorecards';
export * from './sla';
export * from './api';
export * from './surveys';
export * from './permissions';
