export * from './hopen.js';
export * from './hopital-numerique.js';
export * from './mapping.js';
export { CURATED_REFERENCE, SOURCES, type SourceTag } from './sources.js';
