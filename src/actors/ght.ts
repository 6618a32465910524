import { type Arguments, atBoundary, isRecord, refuseArgument } from '../core/guards.js';
import { type IssuePath, isError, type PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/ght.js';
import { fail, ok, type Result } from '../core/result.js';
import { parseFiness } from './finess.js';
import { REGIONS } from './regions.js';
import type { Finess, LegalEntity } from './types.js';

/**
 * A GHT (*groupement hospitalier de territoire*, art. L6132-1 CSP): public establishments are parties to its
 * convention, army hospitals may be associated, private establishments (ESPIC included) can only be partners;
 * the support establishment (*établissement support*) is a party. Members are legal entities, by FINESS.
 *
 * @category Actors
 */
export interface Ght {
  /** Code in the DGOS list (`NA-04`, `COR-01`). */
  readonly code: string;
  /** Name. */
  readonly name: string;
  /** INSEE code of its region (regional map since 2016; GHTs date from the 2016 law). */
  readonly region: string;
  /** FINESS of the support establishment (*établissement support*), one of the parties. */
  readonly support: Finess;
  /** FINESS of the parties (*établissements parties*), support included. */
  readonly parties: readonly Finess[];
  /** FINESS of the associated establishments (*établissements associés*: CHU, army hospitals). */
  readonly associates: readonly Finess[];
  /** FINESS of the partners (*établissements partenaires*: private establishments, ESPIC included). */
  readonly partners: readonly Finess[];
}

/**
 * Input of {@link buildGht}: FINESS may carry spaces; associates and partners may be omitted.
 *
 * @category Actors
 */
export interface GhtInput {
  /** GHT code. */
  readonly code: string;
  /** Name. */
  readonly name: string;
  /** INSEE region code. */
  readonly region: string;
  /** Support establishment. */
  readonly support: string;
  /** Parties. */
  readonly parties: readonly string[];
  /** Associated establishments. */
  readonly associates?: readonly string[];
  /** Partners. */
  readonly partners?: readonly string[];
}

/**
 * Context of the GHT checks: the legal entities whose status is known.
 *
 * @category Actors
 */
export interface GhtContext {
  /** Legal entities (members not found here get a `ght-unknown-entity` warning; their status is unchecked). */
  readonly entities: readonly LegalEntity[];
}

type Role = 'parties' | 'associates' | 'partners';

/**
 * Builds a GHT and checks its composition, reporting every violation at once (a failed {@link Result}; warnings
 * come back in `issues` next to the GHT): `ght-missing-code`,
 * `ght-unknown-region`, `invalid-finess-*`, `ght-duplicate-member`, `ght-support-not-party`,
 * `ght-private-not-partner` (a private legal entity, ESPIC included, can only be a partner). Members absent
 * from `entities` come back as `ght-unknown-entity` warnings. FINESS numbers are normalised (spaces removed,
 * 8-character form completed).
 *
 * Not checked: that a CHU is associated (palier's legal entities do not say which are CHUs).
 *
 * @example
 * ```ts
 * const entities = [{ finess: '2B0000020', name: 'CH de Bastia', status: 'public' }] as const;
 * buildGht(
 *   { code: 'COR-01', name: 'Haute-Corse', region: '94', support: '2B0000020', parties: ['2B 000 002 0'] },
 *   { entities },
 * ); // { ok: true, value: { code: 'COR-01', parties: ['2B0000020'], associates: [], partners: [], … }, issues: [] }
 * ```
 *
 * @category Actors
 */
export function buildGht(input: GhtInput, context: GhtContext): Result<Ght> {
  const args: Arguments = { input: [input, 'object'], context: [context, 'object'] };
  return atBoundary('buildGht', args, () => {
    if (!isRecord(input)) refuseArgument('buildGht', 'input', A_GHT, input);
    if (!isRecord(context) || !Array.isArray(context.entities))
      refuseArgument('buildGht', 'context', A_CONTEXT, context);
    return build(input, context);
  });
}

const A_GHT = {
  fr: 'un GHT { code, name, region, support, parties }',
  en: 'a GHT { code, name, region, support, parties }',
};
const A_CONTEXT = { fr: 'un contexte { entities: [...] }', en: 'a context { entities: [...] }' };

function build(input: GhtInput, context: GhtContext): Result<Ght> {
  const issues: PalierIssue[] = [];
  const byFiness = indexEntities(context.entities);
  const code = typeof input.code === 'string' ? input.code.trim() : '';
  if (code === '') issues.push(issue('ght-missing-code', {}, { path: ['code'] }));
  if (!REGIONS.some((r) => r.code === input.region)) {
    const received = String(input.region);
    issues.push(issue('ght-unknown-region', { received }, { path: ['region'], received }));
  }
  const seen = new Map<string, IssuePath>();
  const members = (role: Role, list: readonly string[] = []) =>
    [...list].flatMap((raw, i) => {
      const f = finessAt(raw, [role, i], issues);
      if (f === undefined) return [];
      const first = seen.get(f);
      if (first !== undefined) {
        const at = { path: [role, i], received: f };
        issues.push(issue('ght-duplicate-member', { finess: f, first: first.join('.') }, at));
      } else seen.set(f, [role, i]);
      checkStatus(f, role, [role, i], byFiness, issues);
      return [f];
    });
  const parties = members('parties', input.parties);
  const associates = members('associates', input.associates);
  const partners = members('partners', input.partners);
  const support = finessAt(input.support, ['support'], issues);
  if (support !== undefined && !parties.includes(support)) {
    issues.push(
      issue('ght-support-not-party', { finess: support }, { path: ['support'], received: support }),
    );
  }
  if (issues.some(isError)) return fail(issues);
  return ok(
    { code, name: input.name, region: input.region, support: support!, parties, associates, partners },
    issues,
  );
}

/**
 * Indexes legal entities by canonical FINESS (spaces removed; entities with an unreadable FINESS are skipped;
 * the first of two entities with the same FINESS wins).
 *
 * @example
 * ```ts
 * indexEntities([{ finess: '75 071 218 4', name: 'AP-HP', status: 'public' }]).get('750712184')?.name; // 'AP-HP'
 * ```
 *
 * @category Actors
 */
export function indexEntities(entities: readonly LegalEntity[]): ReadonlyMap<Finess, LegalEntity> {
  return atBoundary('indexEntities', 'entities', () => {
    const map = new Map<Finess, LegalEntity>();
    for (const e of entities) {
      const r = parseFiness(e.finess, { check: 'format' });
      if (r.ok && !map.has(r.value.finess)) map.set(r.value.finess, e);
    }
    return map;
  });
}

function finessAt(raw: string, path: IssuePath, issues: PalierIssue[]): string | undefined {
  const r = parseFiness(raw);
  if (r.ok) return r.value.finess;
  issues.push(...r.issues.map((i) => ({ ...i, path })));
  return undefined;
}

function checkStatus(
  finess: string,
  role: Role,
  path: IssuePath,
  byFiness: ReadonlyMap<Finess, LegalEntity>,
  issues: PalierIssue[],
): void {
  const entity = byFiness.get(finess);
  if (entity === undefined) {
    issues.push(issue('ght-unknown-entity', { finess }, { path, received: finess, severity: 'warning' }));
    return;
  }
  if (entity.status !== 'public' && role !== 'partners') {
    const name = `${entity.finess} ${entity.name}${entity.espic === true ? ' (ESPIC)' : ''}`;
    const at = { path, expected: 'partners', received: role };
    issues.push(issue('ght-private-not-partner', { entity: name, roleFr: ROLE_FR[role], role }, at));
  }
}

const ROLE_FR: Readonly<Record<Role, string>> = {
  parties: 'partie',
  associates: 'associé',
  partners: 'partenaire',
};
