import type { Provenance } from '../core/label.js';
import { FINESS_DATASET, nosList } from './sources.js';

/**
 * The status palier reads from the register: `public`, `espic` (private non-profit of collective interest),
 * `private-non-profit` (not declared ESPIC, or ESPIC unknown), `private-for-profit`, or `unknown`.
 *
 * @category Registers
 */
export type RegisterStatus = 'public' | 'espic' | 'private-non-profit' | 'private-for-profit' | 'unknown';

/**
 * A decision taken from the register: the value, the rule that decided it (`codesph=1`,
 * `codesph=0+statutjuridique=72`) and the source of that rule.
 *
 * @category Registers
 */
export interface RegisterDecision<T> {
  /** The value decided. */
  readonly value: T;
  /** The rule that decided it, readable and stable. */
  readonly rule: string;
  /** Where the rule comes from. */
  readonly provenance: Provenance;
}

/**
 * The legal-status group palier reads from an EJ's `statutjuridique` code: `public`, `private-non-profit`,
 * `private-for-profit`, or `undefined` when the code's label does not settle it.
 *
 * palier's reading of the TRE_R72 labels (public bodies → public; associations, foundations, mutual societies →
 * non-profit; commercial companies → for-profit); the official association table ASS_X11 was not retrieved, so
 * the codes whose label does not settle it (social security funds, civil companies, GIE, 000 …) stay unknown.
 *
 * @example
 * ```ts
 * legalStatusGroup('14'); // 'public'
 * legalStatusGroup('61'); // 'private-non-profit'
 * legalStatusGroup('72'); // 'private-for-profit'
 * legalStatusGroup('40'); // undefined
 * ```
 *
 * @category Registers
 */
export function legalStatusGroup(code: string): Exclude<RegisterStatus, 'espic' | 'unknown'> | undefined {
  if (!/^\d\d$/.test(code)) return undefined;
  const n = Number(code);
  if (n >= 1 && n <= 30) return 'public';
  if (n === 47 || n === 49 || (n >= 60 && n <= 65)) return 'private-non-profit';
  if (n === 71 || n === 72 || n === 73 || n === 75) return 'private-for-profit';
  return undefined;
}

/** Provenance of {@link legalStatusGroup}. */
export const LEGAL_STATUS_GROUP_PROVENANCE: Provenance = Object.freeze({
  source: nosList('TRE_R72').source,
  status: 'reported',
  note:
    "palier's reading of the TRE_R72 labels (01–30 public bodies; 47, 49, 60–65 non-profit; 71, 72, 73, 75 " +
    'commercial companies); the code→aggregate table ASS_X11 (TRE_R69) was not retrieved: other codes stay unknown.',
});

const SPH_PROVENANCE: Provenance = Object.freeze({
  ...nosList('TRE_R73'),
  note: 'codesph: 1 public health establishment, 6 ESPIC, 7 private non-profit not ESPIC (the most direct source).',
});

// `reported`, like the code→group reading it rests on (LEGAL_STATUS_GROUP_PROVENANCE): a rule is no surer
// than its weakest source
const REMAINDER_PROVENANCE: Provenance = Object.freeze({
  source: FINESS_DATASET,
  status: 'reported',
  note: 'Where codesph does not decide (0, 2–5, 9, empty), the legal status of the EJ does.',
});

const BY_SPH: Readonly<Record<string, RegisterStatus>> = {
  '1': 'public',
  '6': 'espic',
  '7': 'private-non-profit',
};

/**
 * Outcome of {@link decideStatus}.
 *
 * @category Registers
 */
export interface StatusDecision {
  /** The status and the rule that decided it. */
  readonly decision: RegisterDecision<RegisterStatus>;
  /** The EJ legal-status group, when it disagrees with `codesph` (which wins). */
  readonly conflict?: string;
}

/**
 * The status of an establishment from its `codesph` and, when known, its EJ's `statutjuridique`: `codesph`
 * 1 → public, 6 → ESPIC, 7 → private non-profit (not ESPIC); otherwise (0 not concerned, 2–5 former PSPH,
 * 9 undetermined, empty) the EJ's legal-status group decides (0 with a commercial EJ → private for-profit);
 * otherwise `unknown`. Returns the decision with its rule, and the conflict when both sources disagree
 * (codesph wins).
 *
 * @example
 * ```ts
 * decideStatus('1').decision.value;          // 'public' (rule 'codesph=1')
 * decideStatus('0', '72').decision.rule;     // 'codesph=0+statutjuridique=72'
 * decideStatus('0').decision.value;          // 'unknown'
 * ```
 *
 * @category Registers
 */
export function decideStatus(codesph: string, statutjuridique?: string): StatusDecision {
  const sph = codesph.trim();
  const ej = statutjuridique === undefined ? undefined : legalStatusGroup(statutjuridique);
  const bySph = BY_SPH[sph];
  if (bySph !== undefined) {
    const decision = { value: bySph, rule: `codesph=${sph}`, provenance: SPH_PROVENANCE };
    const sphGroup = bySph === 'espic' ? 'private-non-profit' : bySph;
    if (ej !== undefined && ej !== sphGroup) return { decision, conflict: ej };
    return { decision };
  }
  const shown = sph === '' ? 'empty' : sph;
  if (ej !== undefined)
    return {
      decision: {
        value: ej,
        rule: `codesph=${shown}+statutjuridique=${statutjuridique}`,
        provenance: {
          ...REMAINDER_PROVENANCE,
          note: `${REMAINDER_PROVENANCE.note} ${LEGAL_STATUS_GROUP_PROVENANCE.note}`,
        },
      },
    };
  const why =
    statutjuridique === undefined ? 'no EJ legal status' : `statutjuridique=${statutjuridique} undecided`;
  return {
    decision: { value: 'unknown', rule: `codesph=${shown}, ${why}`, provenance: REMAINDER_PROVENANCE },
  };
}
