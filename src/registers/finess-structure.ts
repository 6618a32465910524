import { arsOf } from '../actors/ars.js';
import { departmentOfFiness } from '../actors/finess-department.js';
import type { Establishment } from '../actors/types.js';
import { readDate } from '../core/dates.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/registers.js';
import { fail, type Result, settle } from '../core/result.js';
import { AGGREGATE_CATEGORIES, type FinessCodeList, SANITARY_CATEGORIES, SPH_CODES } from './finess-codes.js';
import { readFinessDepartment } from './finess-department-code.js';
import { activityHints } from './finess-hints.js';
import {
  fieldReader,
  lineShapeProblem,
  STRUCTUREET_FIELDS,
  STRUCTUREET_INDEX,
  type StructureEtField,
} from './finess-layout.js';
import { readFinessField } from './finess-number.js';
import { decideStatus } from './finess-status.js';
import type {
  FinessEstablishmentCandidate,
  RegisterCode,
  RegisterLegalEntity,
  RegisterPlace,
} from './types.js';

/**
 * Options of {@link parseStructureEt}.
 *
 * @category Registers
 */
export interface StructureEtOptions {
  /** Date the region and ARS are read for (`YYYY-MM-DD`; the importer's default: the extraction date). */
  readonly asOf: string;
  /**
   * The EJ file's legal entities, when one was given: its lookup by FINESS EJ. Absent: no EJ file (no legal
   * status, and no warning for an EJ not found).
   */
  readonly legalEntity?: (finess: string) => RegisterLegalEntity | undefined;
}

const MIN_FIELDS = STRUCTUREET_FIELDS.length - 1;

/**
 * Reads the fields of ONE `structureet` line of the FINESS extract (section tag first, already split and
 * unquoted) into an establishment candidate: FINESS ET and EJ (format and key checked), names, category and
 * aggregate category (labels from palier's lists, codes outside them reported), department (FINESS code and
 * INSEE code: `9A`→`971` … `9F`→`976`, `2A`/`2B` kept), region and ARS as of `asOf`, status from `codesph`
 * (and the EJ's legal status when known), each with the rule that decided it, and activity hints where the
 * category implies them. Issues carry the field name as path; warnings come with a value, errors without.
 *
 * @example
 * ```ts
 * const r = parseStructureEt(line.split(';'), { asOf: '2026-05-12' });
 * if (r.ok) r.value.place.department; // '973' for departement '9C'
 * ```
 *
 * @category Registers
 */
export function parseStructureEt(
  values: readonly string[],
  options: StructureEtOptions,
): Result<FinessEstablishmentCandidate> {
  return structureEtReader(options)(values);
}

/**
 * {@link parseStructureEt} for many lines with the same options: the region and ARS of each department are
 * looked up once (what an importer of a whole extract uses).
 *
 * @example
 * ```ts
 * const read = structureEtReader({ asOf: '2026-05-12' });
 * for (const values of lines) read(values);
 * ```
 *
 * @category Registers
 */
export function structureEtReader(
  options: StructureEtOptions,
): (values: readonly string[]) => Result<FinessEstablishmentCandidate> {
  const places = new Map<string, PlaceReading>();
  const locate = (code: string, name: string): PlaceReading => {
    const key = `${code};${name}`;
    let found = places.get(key);
    if (found === undefined) {
      found = placeOf(code, name, options.asOf);
      // bounded: a file names a few hundred departments and spellings at most
      if (places.size < 10_000) places.set(key, found);
    }
    return found;
  };
  return (values) => readLine(values, options, locate);
}

function readLine(
  values: readonly string[],
  options: StructureEtOptions,
  locate: (code: string, name: string) => PlaceReading,
): Result<FinessEstablishmentCandidate> {
  const wrong = lineShapeProblem(values, 'structureet', STRUCTUREET_FIELDS, MIN_FIELDS);
  if (wrong !== undefined) return fail(wrong);
  const issues: PalierIssue[] = [];
  if (values.length > STRUCTUREET_FIELDS.length)
    issues.push(
      issue(
        'finess-extra-fields',
        { section: 'structureet', expected: STRUCTUREET_FIELDS.length, received: values.length },
        { severity: 'warning' },
      ),
    );
  const f = fieldReader(STRUCTUREET_INDEX, values);
  const finess = readFinessField(f('nofinesset'), 'nofinesset', issues);
  const ej = readFinessField(f('nofinessej'), 'nofinessej', issues);
  if (f('rs').trim() === '') issues.push(issue('required', {}, { path: ['rs'] }));
  const category = readCode(f, 'categetab', 'libcategetab', /^\d{3}$/, SANITARY_CATEGORIES, issues);
  const aggregate = readCode(f, 'categagretab', 'libcategagretab', /^\d{4}$/, AGGREGATE_CATEGORIES, issues);
  const place = readPlace(f, finess, locate, issues);
  const codesph = f('codesph').trim();
  if (codesph !== '' && !/^\d$/.test(codesph)) shape('codesph', '[0-9]', codesph, issues);
  else if (codesph !== '' && !SPH_CODES.codes.has(codesph))
    issues.push(unknownCode('codesph', SPH_CODES, codesph));
  const legalEntity = ej === undefined ? undefined : options.legalEntity?.(ej);
  if (ej !== undefined && options.legalEntity !== undefined && legalEntity === undefined)
    issues.push(
      issue('finess-unknown-ej', { finess: ej }, { path: ['nofinessej'], severity: 'warning', received: ej }),
    );
  const { decision, conflict } = decideStatus(codesph, legalEntity?.legalStatus.code);
  if (conflict !== undefined)
    issues.push(
      issue(
        'finess-status-conflict',
        { sph: decision.value, ej: conflict },
        { path: ['codesph'], severity: 'warning', received: legalEntity?.legalStatus.code ?? '' },
      ),
    );
  const opened = readOptionalDate(f, 'dateouv', issues);
  const updated = readOptionalDate(f, 'datemaj', issues);
  readOptionalDate(f, 'dateautor', issues);
  if (finess === undefined || ej === undefined || category === undefined || aggregate === undefined)
    return fail(issues);
  const longName = f('rslongue').trim();
  const siret = f('siret').trim();
  return settle(
    {
      finess,
      legalEntityFiness: ej,
      name: f('rs').trim(),
      ...(longName !== '' ? { longName } : {}),
      category,
      sanitary: category.listed,
      aggregateCategory: aggregate,
      place,
      codesph,
      ...(legalEntity !== undefined ? { legalEntity } : {}),
      status: decision,
      activityHints: category.listed ? activityHints(category.code) : [],
      ...(siret !== '' ? { siret } : {}),
      ...(opened !== undefined ? { opened } : {}),
      ...(updated !== undefined ? { updated } : {}),
    },
    issues,
  );
}

/**
 * Whether a `categetab` code is a sanitary category (TRE_R66): what `palier import finess` keeps by default.
 *
 * @example
 * ```ts
 * isSanitaryCategory('355'); // true
 * isSanitaryCategory('500'); // false (EHPAD: medico-social)
 * ```
 *
 * @category Registers
 */
export function isSanitaryCategory(categetab: string): boolean {
  return SANITARY_CATEGORIES.codes.has(categetab.trim());
}

/**
 * The palier establishment a candidate becomes, at the site level (an ET is a site): FINESS ET, name, status
 * (`espic` → private non-profit with the ESPIC qualification; `unknown` → unset), activities unset (not known
 * from the register: the hints are not activities), INSEE department, category code.
 *
 * @example
 * ```ts
 * toEstablishment(candidate);
 * // { finess: '010000024', level: 'site', name: 'CH DE FLEYRIAT', status: 'public', department: '01', category: '355' }
 * ```
 *
 * @category Registers
 */
export function toEstablishment(candidate: FinessEstablishmentCandidate): Establishment {
  const s = candidate.status.value;
  return {
    finess: candidate.finess,
    level: 'site',
    name: candidate.name,
    ...(s === 'espic'
      ? { status: 'private-non-profit' as const, espic: true }
      : s === 'unknown'
        ? {}
        : {
            status: s,
            ...(s === 'private-non-profit' && candidate.codesph === '7' ? { espic: false } : {}),
          }),
    ...(candidate.place.department !== undefined ? { department: candidate.place.department } : {}),
    category: candidate.category.code,
  };
}

type Fields = (name: StructureEtField) => string;

function readCode(
  f: Fields,
  field: StructureEtField,
  labelField: StructureEtField,
  pattern: RegExp,
  list: FinessCodeList,
  issues: PalierIssue[],
): RegisterCode | undefined {
  const code = f(field).trim();
  if (!pattern.test(code)) {
    shape(field, pattern.source.slice(1, -1), code, issues);
    return undefined;
  }
  const known = list.codes.get(code);
  if (known !== undefined) return { code, label: known.label, listed: true };
  issues.push(unknownCode(field, list, code));
  return { code, label: f(labelField).trim(), listed: false };
}

/** A department's place (and its warnings), the same for every line naming it. */
interface PlaceReading {
  readonly place: RegisterPlace;
  readonly issues: readonly PalierIssue[];
}

function readPlace(
  f: Fields,
  finess: string | undefined,
  placeOf: (code: string, name: string) => PlaceReading,
  issues: PalierIssue[],
): RegisterPlace {
  const { place, issues: found } = placeOf(f('departement').trim().toUpperCase(), f('libdepartement').trim());
  issues.push(...found);
  const insee = place.department;
  if (finess !== undefined && insee !== undefined) {
    const fromNumber = departmentOfFiness(finess);
    if (fromNumber !== undefined && fromNumber !== insee)
      issues.push(
        issue(
          'finess-department-mismatch',
          { field: `${place.finessDepartment} (${insee})`, number: fromNumber },
          { path: ['departement'], severity: 'warning', expected: fromNumber, received: insee },
        ),
      );
  }
  return place;
}

function placeOf(code: string, departmentName: string, asOf: string): PlaceReading {
  const base = { finessDepartment: code, departmentName };
  const warn = (c: 'finess-unknown-department' | 'finess-no-region', text: string): PalierIssue =>
    c === 'finess-unknown-department'
      ? issue(c, { received: code }, { path: ['departement'], severity: 'warning', received: code })
      : issue(c, { place: text }, { path: ['departement'], severity: 'warning', received: code });
  if (!/^[0-9][0-9A-Z]$/.test(code)) {
    return {
      place: { ...base, rule: `departement=${code}: malformed` },
      issues: [
        issue(
          'finess-invalid-field',
          { field: 'departement', pattern: '[0-9][0-9A-Z]' },
          { path: ['departement'], expected: '[0-9][0-9A-Z]', received: code },
        ),
      ],
    };
  }
  const reading = readFinessDepartment(code);
  if (reading.kind === 'unknown')
    return {
      place: { ...base, rule: `departement=${code}: unknown code, not guessed` },
      issues: [warn('finess-unknown-department', code)],
    };
  if (reading.kind === 'no-region')
    return {
      place: {
        ...base,
        rule: `departement=${code}: ${reading.place}, outside the ARS map`,
        provenance: reading.provenance,
      },
      issues: [warn('finess-no-region', reading.place)],
    };
  const rule = code === reading.insee ? `departement=${code}` : `departement=${code}→${reading.insee}`;
  const found = arsOf({ department: reading.insee }, asOf);
  if (!found.ok)
    return {
      place: { ...base, department: reading.insee, rule, provenance: reading.provenance },
      issues: [warn('finess-no-region', `${code} (${reading.insee})`)],
    };
  return {
    place: {
      ...base,
      department: reading.insee,
      region: { code: found.value.region.code, name: found.value.region.name },
      ars: { code: found.value.ars.id, name: found.value.ars.name },
      rule,
      provenance: reading.provenance,
    },
    issues: [],
  };
}

function readOptionalDate(f: Fields, field: StructureEtField, issues: PalierIssue[]): string | undefined {
  const raw = f(field).trim();
  if (raw === '') return undefined;
  const r = readDate(raw, [field]);
  if (r.ok) return r.value;
  issues.push(...r.issues);
  return undefined;
}

function shape(field: string, pattern: string, received: string, issues: PalierIssue[]): void {
  issues.push(
    issue('finess-invalid-field', { field, pattern }, { path: [field], expected: pattern, received }),
  );
}

function unknownCode(field: string, list: FinessCodeList, code: string): PalierIssue {
  return issue(
    'finess-unknown-code',
    { field, list: list.name },
    { path: [field], severity: 'warning', received: code },
  );
}
