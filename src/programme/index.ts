export * from './provenance.js';
export * from './types.js';
