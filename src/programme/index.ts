export * from './applicability.js';
export * from './provenance.js';
export * from './types.js';
