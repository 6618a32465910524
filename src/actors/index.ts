export * from './finess.js';
export * from './finess-department.js';
export * from './finess-key.js';
export * from './types.js';
