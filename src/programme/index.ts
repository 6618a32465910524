export * from './applicability.js';
export * from './deep-freeze.js';
export * from './mapping.js';
export * from './provenance.js';
export * from './types.js';
