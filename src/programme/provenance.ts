// The base types moved to the bottom module `core/label.ts`; re-exported here while modules migrate.
export type { Label, Lang, Provenance, ProvenanceStatus, Sourced } from '../core/label.js';
