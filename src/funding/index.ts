/**
 * The funding lever (*levier financement*): regional envelopes and their amorçage and usage pools, forfait grids,
 * applications and eligibility, tranches and payment schedules, controls, regional programming and national
 * figures — exact to the cent.
 *
 * @module funding
 */
export * from './applications.js';
export * from './controls.js';
export * from './deadlines.js';
export * from './eligibility.js';
export * from './envelopes.js';
export * from './forfaits.js';
export * from './national.js';
export * from './programming.js';
export * from './tranches.js';
