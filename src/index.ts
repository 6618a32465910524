/**
 * `palier`: the French hospital-IT programmes Hôpital numérique and HOP'EN as typed data and pure functions.
 *
 * @module palier
 */
export * from './actors/index.js';
export * from './dates/index.js';
export * from './issues.js';
export * from './programme/index.js';
