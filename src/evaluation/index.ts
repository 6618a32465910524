export * from './compile.js';
export * from './establishment.js';
export * from './exact.js';
export * from './indicator.js';
export * from './reasons.js';
export * from './rollup.js';
export * from './types.js';
export * from './value.js';
