/**
 * `palier/schemas`: zod schemas for untrusted input, `parse…` functions that return every issue with its path,
 * a stable code and a French and English message, and JSON Schema export for other languages.
 *
 * @module schemas
 */
export * from './parse.js';
