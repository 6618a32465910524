export * from './hn-to-hopen.js';
export * from './hopen.js';
export * from './hopen2.js';
export * from './hopital-numerique.js';
export { CURATED_REFERENCE, SOURCES, type SourceTag } from './sources.js';
