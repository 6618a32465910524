import type { PalierIssue } from '../issues.js';
import { buildGht, type Ght, type GhtInput, indexEntities } from './ght.js';
import type { Finess, LegalEntity } from './types.js';

/**
 * Outcome of {@link checkGhtNetwork}: every GHT built, or every violation (paths start with the GHT index).
 *
 * @category Actors
 */
export type GhtNetworkResult =
  | {
      /** Discriminant: no rule is broken. */
      readonly ok: true;
      /** The GHTs, as built. */
      readonly ghts: readonly Ght[];
      /** Problems that do not prevent building. */
      readonly warnings: readonly PalierIssue[];
    }
  | {
      /** Discriminant: at least one rule is broken. */
      readonly ok: false;
      /** The rules broken. */
      readonly violations: readonly PalierIssue[];
      /** Problems that would not prevent building on their own. */
      readonly warnings: readonly PalierIssue[];
    };

/**
 * Checks a list of GHTs together: each one as {@link buildGht} does, plus the rules across GHTs —
 * `ght-duplicate-code`, and `ght-public-party-in-several` (a public legal entity is a party to at most one
 * GHT). A public entity that is a party to none (AP-HP, derogations) is not a violation: see
 * {@link publicEntitiesOutsideGhts}.
 *
 * @example
 * ```ts
 * const r = checkGhtNetwork([ghtA, ghtB], entities);
 * if (!r.ok) r.violations.map((v) => `${formatPath(v.path)} ${v.code}`);
 * // ['[1].parties[0] ght-public-party-in-several']
 * ```
 *
 * @category Actors
 */
export function checkGhtNetwork(
  ghts: readonly GhtInput[],
  entities: readonly LegalEntity[],
): GhtNetworkResult {
  const violations: PalierIssue[] = [];
  const warnings: PalierIssue[] = [];
  const built: Ght[] = [];
  const codes = new Map<string, number>();
  const partyOf = new Map<Finess, string>();
  const byFiness = indexEntities(entities);
  ghts.forEach((input, g) => {
    const r = buildGht(input, { entities });
    const prefix = (i: PalierIssue): PalierIssue => ({ ...i, path: [g, ...i.path] });
    warnings.push(...r.warnings.map(prefix));
    if (!r.ok) violations.push(...r.violations.map(prefix));
    else built.push(r.ght);
    const code = input.code.trim();
    if (codes.has(code)) violations.push(duplicateCode(code, g, codes.get(code)!));
    else codes.set(code, g);
    if (!r.ok) return;
    r.ght.parties.forEach((f, i) => {
      if (byFiness.get(f)?.status !== 'public') return;
      const other = partyOf.get(f);
      if (other !== undefined) violations.push(publicInSeveral(f, g, i, other, code));
      else partyOf.set(f, code);
    });
  });
  return violations.length > 0 ? { ok: false, violations, warnings } : { ok: true, ghts: built, warnings };
}

/**
 * The public legal entities that are a party to no GHT: not an error (AP-HP belongs to no GHT; some
 * establishments had derogations), but worth listing.
 *
 * @example
 * ```ts
 * publicEntitiesOutsideGhts(ghts, entities).map((e) => e.name); // ['AP-HP']
 * ```
 *
 * @category Actors
 */
export function publicEntitiesOutsideGhts(
  ghts: readonly Ght[],
  entities: readonly LegalEntity[],
): readonly LegalEntity[] {
  const parties = new Set(ghts.flatMap((g) => g.parties));
  return [...indexEntities(entities)]
    .filter(([f, e]) => e.status === 'public' && !parties.has(f))
    .map(([, e]) => e);
}

/**
 * The role of a legal entity in a GHT (*partie*, *associé*, *partenaire*), with the GHT code.
 *
 * @category Actors
 */
export interface GhtMembership {
  /** GHT code. */
  readonly ght: string;
  /** Role. */
  readonly role: 'party' | 'associate' | 'partner';
  /** Whether it is the support establishment. */
  readonly support: boolean;
}

/**
 * Every GHT a legal entity belongs to, with its role (FINESS compared in canonical form).
 *
 * @example
 * ```ts
 * ghtMemberships(ghts, '2B0000020'); // [{ ght: 'COR-01', role: 'party', support: true }]
 * ```
 *
 * @category Actors
 */
export function ghtMemberships(ghts: readonly Ght[], finess: Finess): readonly GhtMembership[] {
  const f = finess.replace(/\s+/g, '').toUpperCase();
  return ghts.flatMap((g) => {
    const role = g.parties.includes(f)
      ? 'party'
      : g.associates.includes(f)
        ? 'associate'
        : g.partners.includes(f)
          ? 'partner'
          : undefined;
    return role === undefined ? [] : [{ ght: g.code, role, support: g.support === f }];
  });
}

function duplicateCode(code: string, index: number, first: number): PalierIssue {
  return {
    code: 'ght-duplicate-code',
    path: [index, 'code'],
    received: code,
    severity: 'error',
    message: {
      fr: `Le code de GHT ${code} est déjà utilisé (GHT n° ${first}).`,
      en: `GHT code ${code} is already used (GHT #${first}).`,
    },
  };
}

function publicInSeveral(f: string, g: number, i: number, first: string, second: string): PalierIssue {
  return {
    code: 'ght-public-party-in-several',
    path: [g, 'parties', i],
    expected: first,
    received: second,
    severity: 'error',
    message: {
      fr: `L'établissement public ${f} est partie à deux GHT (${first} et ${second}) ; il ne peut l'être qu'à un seul.`,
      en: `Public establishment ${f} is a party to two GHTs (${first} and ${second}); it may be a party to one only.`,
    },
  };
}
