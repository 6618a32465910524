import { type Arguments, atBoundary } from '../core/guards.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/ght.js';
import { type Result, settle } from '../core/result.js';
import { requireList } from './attachments.js';
import { buildGht, type Ght, type GhtInput, indexEntities } from './ght.js';
import type { Finess, LegalEntity } from './types.js';

/**
 * Checks a list of GHTs together: each one as {@link buildGht} does, plus the rules across GHTs —
 * `ght-duplicate-code`, and `ght-public-party-in-several` (a public legal entity is a party to at most one
 * GHT). A public entity that is a party to none (AP-HP, derogations) is not a violation: see
 * {@link publicEntitiesOutsideGhts}.
 *
 * @example
 * ```ts
 * const r = checkGhtNetwork([ghtA, ghtB], entities);
 * if (!r.ok) r.issues.map((v) => `${formatPath(v.path)} ${v.code}`);
 * // ['[1].parties[0] ght-public-party-in-several']
 * ```
 *
 * @category Actors
 */
export function checkGhtNetwork(
  ghts: readonly GhtInput[],
  entities: readonly LegalEntity[],
): Result<readonly Ght[]> {
  const args: Arguments = { ghts: [ghts, 'list'], entities: [entities, 'list'] };
  return atBoundary('checkGhtNetwork', args, () => {
    requireList('checkGhtNetwork', 'ghts', ghts);
    requireList('checkGhtNetwork', 'entities', entities);
    return network(ghts, entities);
  });
}

function network(ghts: readonly GhtInput[], entities: readonly LegalEntity[]): Result<readonly Ght[]> {
  const issues: PalierIssue[] = [];
  const built: Ght[] = [];
  const codes = new Map<string, number>();
  const partyOf = new Map<Finess, string>();
  const byFiness = indexEntities(entities);
  ghts.forEach((input, g) => {
    const r = buildGht(input, { entities });
    issues.push(...r.issues.map((i): PalierIssue => ({ ...i, path: [g, ...i.path] })));
    const code = typeof input.code === 'string' ? input.code.trim() : '';
    if (codes.has(code)) {
      issues.push(
        issue('ght-duplicate-code', { code, first: codes.get(code)! }, { path: [g, 'code'], received: code }),
      );
    } else codes.set(code, g);
    if (!r.ok) return;
    built.push(r.value);
    r.value.parties.forEach((f, i) => {
      if (byFiness.get(f)?.status !== 'public') return;
      const other = partyOf.get(f);
      if (other === undefined) partyOf.set(f, code);
      else {
        const at = { path: [g, 'parties', i], expected: other, received: code };
        issues.push(issue('ght-public-party-in-several', { finess: f, first: other, second: code }, at));
      }
    });
  });
  return settle(built, issues);
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
  const args: Arguments = { ghts: [ghts, 'list'], entities: [entities, 'list'] };
  return atBoundary('publicEntitiesOutsideGhts', args, () => {
    requireList('publicEntitiesOutsideGhts', 'ghts', ghts);
    requireList('publicEntitiesOutsideGhts', 'entities', entities);
    const parties = new Set(ghts.flatMap((g) => g.parties));
    return [...indexEntities(entities)]
      .filter(([f, e]) => e.status === 'public' && !parties.has(f))
      .map(([, e]) => e);
  });
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
  const args: Arguments = { ghts: [ghts, 'list'], finess: [finess, 'text'] };
  return atBoundary('ghtMemberships', args, () => {
    requireList('ghtMemberships', 'ghts', ghts);
    if (typeof finess !== 'string') return [];
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
  });
}
