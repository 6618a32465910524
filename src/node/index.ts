/**
 * `palier/node`: file input and output, reports and the command line (Node.js only).
 *
 * @module node
 */
export const NODE_ENTRY = 'palier/node';
