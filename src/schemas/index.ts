/**
 * `palier/schemas`: zod schemas for untrusted input, `parse…` functions that return every issue with its path,
 * a stable code and a French and English message, and JSON Schema export for other languages.
 *
 * @module schemas
 */
export * from './action-plan.js';
export * from './actors.js';
export * from './declaration.js';
export * from './funding.js';
export * from './json-schema.js';
export * from './parse.js';
export * from './programme.js';
