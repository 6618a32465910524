import type { IssuePath, PalierIssue } from '../issues.js';
import type { Label } from '../programme/provenance.js';
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

/**
 * Outcome of {@link buildGht}: the GHT with its warnings, or every violation found.
 *
 * @category Actors
 */
export type GhtResult =
  | {
      /** Discriminant: no rule is broken. */
      readonly ok: true;
      /** The GHT, as built. */
      readonly ght: Ght;
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

type Role = 'parties' | 'associates' | 'partners';

/**
 * Builds a GHT and checks its composition, reporting every violation at once: `ght-missing-code`,
 * `ght-unknown-region`, `invalid-finess`, `ght-duplicate-member`, `ght-support-not-party`,
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
 * ); // { ok: true, ght: { code: 'COR-01', parties: ['2B0000020'], associates: [], partners: [], … }, warnings: [] }
 * ```
 *
 * @category Actors
 */
export function buildGht(input: GhtInput, context: GhtContext): GhtResult {
  const issues: PalierIssue[] = [];
  const byFiness = indexEntities(context.entities);
  if (input.code.trim() === '') issues.push(error('ght-missing-code', ['code'], MISSING_CODE));
  if (!REGIONS.some((r) => r.code === input.region)) {
    issues.push({
      ...error('ght-unknown-region', ['region'], unknownRegion(input.region)),
      received: input.region,
    });
  }
  const seen = new Map<string, IssuePath>();
  const members = (role: Role, list: readonly string[] = []) =>
    list.flatMap((raw, i) => {
      const f = finessAt(raw, [role, i], issues);
      if (f === undefined) return [];
      const first = seen.get(f);
      if (first !== undefined) issues.push(duplicate(f, [role, i], first));
      else seen.set(f, [role, i]);
      checkStatus(f, role, [role, i], byFiness, issues);
      return [f];
    });
  const parties = members('parties', input.parties);
  const associates = members('associates', input.associates);
  const partners = members('partners', input.partners);
  const support = finessAt(input.support, ['support'], issues);
  if (support !== undefined && !parties.includes(support)) {
    issues.push({
      ...error('ght-support-not-party', ['support'], supportNotParty(support)),
      received: support,
    });
  }
  const violations = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity !== 'error');
  if (violations.length > 0) return { ok: false, violations, warnings };
  const ght: Ght = {
    code: input.code.trim(),
    name: input.name,
    region: input.region,
    support: support!,
    parties,
    associates,
    partners,
  };
  return { ok: true, ght, warnings };
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
  const map = new Map<Finess, LegalEntity>();
  for (const e of entities) {
    const r = parseFiness(e.finess, { check: 'format' });
    if (r.ok && !map.has(r.finess)) map.set(r.finess, e);
  }
  return map;
}

function finessAt(raw: string, path: IssuePath, issues: PalierIssue[]): string | undefined {
  const r = parseFiness(raw);
  if (r.ok) return r.finess;
  issues.push({
    ...error('invalid-finess', path, r.message),
    ...(r.expected !== undefined ? { expected: r.expected } : {}),
    ...(r.received !== undefined ? { received: r.received } : {}),
  });
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
    issues.push({ ...warning('ght-unknown-entity', path, unknownEntity(finess)), received: finess });
    return;
  }
  if (entity.status !== 'public' && role !== 'partners') {
    issues.push({
      ...error('ght-private-not-partner', path, privateMember(entity, role)),
      expected: 'partners',
      received: role,
    });
  }
}

function error(code: string, path: IssuePath, message: Label): PalierIssue {
  return { code, path, message, severity: 'error' };
}

function warning(code: string, path: IssuePath, message: Label): PalierIssue {
  return { code, path, message, severity: 'warning' };
}

const MISSING_CODE: Label = { fr: 'Code du GHT manquant.', en: 'The GHT code is missing.' };

function unknownRegion(code: string): Label {
  return { fr: `Région inconnue : « ${code} ».`, en: `Unknown region: "${code}".` };
}

function supportNotParty(f: string): Label {
  return {
    fr: `L'établissement support ${f} doit être partie à la convention du GHT.`,
    en: `The support establishment ${f} must be a party to the GHT.`,
  };
}

function duplicate(f: string, path: IssuePath, first: IssuePath): PalierIssue {
  const where = first.join('.');
  return {
    ...error('ght-duplicate-member', path, {
      fr: `${f} figure déjà dans le GHT (${where}).`,
      en: `${f} is already a member of the GHT (${where}).`,
    }),
    received: f,
  };
}

function unknownEntity(f: string): Label {
  return {
    fr: `Entité juridique ${f} inconnue : son statut n'est pas vérifié.`,
    en: `Unknown legal entity ${f}: its status is not checked.`,
  };
}

const ROLE_FR: Readonly<Record<Role, string>> = {
  parties: 'partie',
  associates: 'associé',
  partners: 'partenaire',
};

function privateMember(e: LegalEntity, role: Role): Label {
  const espic = e.espic === true ? ' (ESPIC)' : '';
  return {
    fr: `${e.finess} ${e.name}${espic} est privé : il ne peut être que partenaire du GHT, pas ${ROLE_FR[role]}.`,
    en: `${e.finess} ${e.name}${espic} is private: it can only be a partner of a GHT, not in ${role}.`,
  };
}
