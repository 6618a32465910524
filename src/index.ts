/**
 * `palier`: the French hospital-IT programmes Hôpital numérique and HOP'EN as typed data and pure functions.
 *
 * @module palier
 */
export * from './action-plan/index.js';
export * from './actors/index.js';
export * from './dashboards/index.js';
export * from './dates/index.js';
export * from './evaluation/index.js';
export * from './funding/index.js';
export * from './issues.js';
export * from './money/index.js';
export * from './programme/index.js';
export * from './programmes/index.js';
export * from './registers/index.js';
