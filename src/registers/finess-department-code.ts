import { isDepartmentCode } from '../actors/departments.js';
import type { Provenance } from '../core/label.js';
import { FINESS_DATASET } from './sources.js';

/**
 * How a FINESS department code (`departement` field of the extract) reads as an INSEE department:
 *
 * - `insee` — the INSEE code of one of the 101 departments (`01`, `2A`, `971` for `9A`…);
 * - `no-region` — a place the register knows that has no ARS region (`9J` Wallis et Futuna): kept, reported;
 * - `unknown` — a code palier's sources do not describe (`9E`, `9G`, `9H` …): kept, reported, never guessed.
 *
 * @category Registers
 */
export type FinessDepartmentReading =
  | {
      /** One of the 101 departments. */
      readonly kind: 'insee';
      /** INSEE department code. */
      readonly insee: string;
      /** Why. */
      readonly provenance: Provenance;
    }
  | {
      /** A place outside the ARS map. */
      readonly kind: 'no-region';
      /** The place's name. */
      readonly place: string;
      /** Why. */
      readonly provenance: Provenance;
    }
  | {
      /** A code palier's sources do not describe. */
      readonly kind: 'unknown';
    };

const OVERSEAS_PROVENANCE: Provenance = Object.freeze({
  source: FINESS_DATASET,
  status: 'confirmed',
  note: 'The extract writes overseas departments with FINESS codes: 9A Guadeloupe (with Saint-Barthélemy and Saint-Martin), 9B Martinique, 9C Guyane, 9D La Réunion, 9F Mayotte.',
});

const SAME_PROVENANCE: Provenance = Object.freeze({
  source: FINESS_DATASET,
  status: 'confirmed',
  note: 'Mainland and Corsican departments keep their INSEE code (01–95, 2A, 2B).',
});

const WALLIS_PROVENANCE: Provenance = Object.freeze({
  source: FINESS_DATASET,
  status: 'reported',
  note: '9J Wallis et Futuna, observed in the 2026-05-12 extract: an overseas collectivity outside the ARS map.',
});

/** FINESS overseas codes → INSEE department codes. */
const OVERSEAS: Readonly<Record<string, string>> = Object.freeze({
  '9A': '971',
  '9B': '972',
  '9C': '973',
  '9D': '974',
  '9F': '976',
});

/**
 * Reads the FINESS department code of the extract (`departement`) as an INSEE department: `9A`→`971`,
 * `9B`→`972`, `9C`→`973`, `9D`→`974`, `9F`→`976`; `2A`/`2B` and `01`–`95` kept; `9J` (Wallis et Futuna) has
 * no ARS region; any other code (`9E`, `9G`, `9H`, Saint-Pierre-et-Miquelon's unverified code …) is
 * `unknown`, never guessed.
 *
 * @example
 * ```ts
 * readFinessDepartment('9C'); // { kind: 'insee', insee: '973', provenance: … }
 * readFinessDepartment('2A'); // { kind: 'insee', insee: '2A', provenance: … }
 * readFinessDepartment('9J'); // { kind: 'no-region', place: 'Wallis et Futuna (9J)', provenance: … }
 * readFinessDepartment('9E'); // { kind: 'unknown' }
 * ```
 *
 * @category Registers
 */
export function readFinessDepartment(code: string): FinessDepartmentReading {
  const c = code.trim().toUpperCase();
  const overseas = OVERSEAS[c];
  if (overseas !== undefined) return { kind: 'insee', insee: overseas, provenance: OVERSEAS_PROVENANCE };
  if (c === '9J') return { kind: 'no-region', place: 'Wallis et Futuna (9J)', provenance: WALLIS_PROVENANCE };
  if (/^(?:\d\d|2[AB])$/.test(c) && isDepartmentCode(c) && !c.startsWith('97'))
    return { kind: 'insee', insee: c, provenance: SAME_PROVENANCE };
  return { kind: 'unknown' };
}
