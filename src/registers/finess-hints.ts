import type { Activity } from '../actors/types.js';
import type { Provenance } from '../core/label.js';
import { FINESS_DATASET, nosList } from './sources.js';

/**
 * An activity the register's category suggests (*indice d'activité*): a hint with its provenance, never a
 * declared (authorised) activity — the category does not give the authorisations in general.
 *
 * @category Registers
 */
export interface ActivityHint {
  /** The activity suggested. */
  readonly activity: Activity;
  /** Always `true`: this is a hint, to be confirmed by the user. */
  readonly hint: true;
  /** The rule that suggests it (`categetab=127`). */
  readonly rule: string;
  /** Where the rule comes from. */
  readonly provenance: Provenance;
}

const NAMED: Provenance = Object.freeze({
  source: FINESS_DATASET,
  status: 'reported',
  note: 'The category implies the activity (127 → HAD, 292 → PSY, 141/146 → dialysis): a hint, not an authorisation.',
});

const LABEL: Provenance = Object.freeze({
  ...nosList('TRE_R66'),
  status: 'reported',
  note: "palier's reading of the category's TRE_R66 label (psychiatric structures, SSR): a hint, not an authorisation.",
});

const HINTS: Readonly<Record<string, readonly [Activity, Provenance]>> = Object.freeze({
  '127': ['HAD', NAMED],
  '292': ['PSY', NAMED],
  '141': ['DIALYSIS', NAMED],
  '146': ['DIALYSIS', NAMED],
  '109': ['SSR', LABEL],
  '156': ['PSY', LABEL],
  '161': ['PSY', LABEL],
  '415': ['PSY', LABEL],
  '425': ['PSY', LABEL],
  '430': ['PSY', LABEL],
});

/**
 * The activity hints a FINESS category implies, if any: `127` HAD, `292` PSY, `141`/`146` dialysis (named by
 * the reference), and where the TRE_R66 label says it (`109` SSR; `156`, `161`, `415`, `425`, `430` PSY).
 * Every other category gives none: its activities are left for the user.
 *
 * @example
 * ```ts
 * activityHints('127'); // [{ activity: 'HAD', hint: true, rule: 'categetab=127', provenance: … }]
 * activityHints('355'); // [] (a CH may carry any activity)
 * ```
 *
 * @category Registers
 */
export function activityHints(categetab: string): readonly ActivityHint[] {
  const found = HINTS[categetab.trim()];
  if (found === undefined) return [];
  return [{ activity: found[0], hint: true, rule: `categetab=${categetab.trim()}`, provenance: found[1] }];
}
