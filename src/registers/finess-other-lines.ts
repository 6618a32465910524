import { readDate } from '../core/dates.js';
import type { PalierIssue } from '../core/issue.js';
import { issue } from '../core/messages/registers.js';
import { fail, ok, type Result, settle } from '../core/result.js';
import { LEGAL_STATUSES } from './finess-codes.js';
import {
  fieldsByName,
  GEOLOCALISATION_FIELDS,
  lineShapeProblem,
  STRUCTUREEJ_FIELDS,
} from './finess-layout.js';
import { readFinessField } from './finess-number.js';
import type { FinessLocation, RegisterLegalEntity } from './types.js';

/**
 * What line 1 of an extract says: `finess;etalab;<flux number>;<YYYY-MM-DD>`.
 *
 * @category Registers
 */
export interface FinessExtractHeader {
  /** Flux number. */
  readonly flux: string;
  /** Extraction date: the default `asOf` of an import. */
  readonly extracted: string;
}

/**
 * Reads line 1 of a FINESS extract (`finess;etalab;111;2026-05-12`).
 *
 * @example
 * ```ts
 * parseExtractHeader(['finess', 'etalab', '111', '2026-05-12']);
 * // { ok: true, value: { flux: '111', extracted: '2026-05-12' }, issues: [] }
 * ```
 *
 * @category Registers
 */
export function parseExtractHeader(values: readonly string[]): Result<FinessExtractHeader> {
  if (values[0] !== 'finess' || values[1] !== 'etalab' || values.length < 4)
    return fail(issue('finess-bad-header', { received: values.join(';').slice(0, 80) }));
  const date = readDate((values[3] ?? '').trim(), [3]);
  if (!date.ok) return fail(date.issues);
  return ok({ flux: (values[2] ?? '').trim(), extracted: date.value });
}

/**
 * Reads ONE `geolocalisation` line (section tag first, already split and unquoted): FINESS ET (key checked)
 * and coordinates kept as written, the source field (which holds commas) whole.
 *
 * @example
 * ```ts
 * parseGeolocalisation(['geolocalisation', '010000024', '870215.7', '6571590.4', '1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93', '2024-03-01']);
 * // { ok: true, value: { finess: '010000024', x: '870215.7', y: '6571590.4', source: '1,ATLASANTE,…', updated: '2024-03-01' } }
 * ```
 *
 * @category Registers
 */
export function parseGeolocalisation(values: readonly string[]): Result<FinessLocation> {
  const shape = lineShapeProblem(values, 'geolocalisation', GEOLOCALISATION_FIELDS);
  if (shape !== undefined) return fail(shape);
  const f = fieldsByName(GEOLOCALISATION_FIELDS, values);
  const issues: PalierIssue[] = [];
  const finess = readFinessField(f.nofinesset, 'nofinesset', issues);
  for (const field of ['coordxet', 'coordyet'] as const) {
    const v = f[field].trim();
    if (v !== '' && !/^-?\d+(?:\.\d+)?$/.test(v))
      issues.push(
        issue('finess-invalid-field', { field, pattern: 'decimal number' }, { path: [field], received: v }),
      );
  }
  let updated: string | undefined;
  if (f.datemaj.trim() !== '') {
    const d = readDate(f.datemaj.trim(), ['datemaj']);
    if (d.ok) updated = d.value;
    else issues.push(...d.issues);
  }
  if (finess === undefined) return fail(issues);
  return settle(
    {
      finess,
      x: f.coordxet.trim(),
      y: f.coordyet.trim(),
      source: f.sourcecoordet.trim(),
      ...(updated !== undefined ? { updated } : {}),
    },
    issues,
  );
}

/**
 * Reads ONE `structureej` line of the EJ file (cs1100501): FINESS EJ (key checked), name and legal status
 * (`statutjuridique`, 2 digits or `000`, TRE_R72; a code outside palier's partial list is reported).
 *
 * @example
 * ```ts
 * const r = parseStructureEj(fields);
 * if (r.ok) r.value.legalStatus.code; // '13'
 * ```
 *
 * @category Registers
 */
export function parseStructureEj(values: readonly string[]): Result<RegisterLegalEntity> {
  // the EJ file's last fields may be left off: the line must reach its legal status
  const minFields = STRUCTUREEJ_FIELDS.indexOf('libstatutjuridique') + 1;
  const shape = lineShapeProblem(values, 'structureej', STRUCTUREEJ_FIELDS, minFields);
  if (shape !== undefined) return fail(shape);
  const f = fieldsByName(STRUCTUREEJ_FIELDS, values);
  const issues: PalierIssue[] = [];
  const finess = readFinessField(f.nofiness, 'nofiness', issues);
  const code = f.statutjuridique.trim();
  if (!/^(?:\d\d|000)$/.test(code)) {
    issues.push(
      issue(
        'finess-invalid-field',
        { field: 'statutjuridique', pattern: '[0-9]{2}' },
        { path: ['statutjuridique'], received: code },
      ),
    );
    return fail(issues);
  }
  const known = LEGAL_STATUSES.codes.get(code);
  if (known === undefined)
    issues.push(
      issue(
        'finess-unknown-code',
        { field: 'statutjuridique', list: LEGAL_STATUSES.name },
        { path: ['statutjuridique'], severity: 'warning', received: code },
      ),
    );
  if (finess === undefined) return fail(issues);
  return settle(
    {
      finess,
      name: f.rs.trim(),
      legalStatus: {
        code,
        label: known?.label ?? f.libstatutjuridique.trim(),
        listed: known !== undefined,
      },
    },
    issues,
  );
}
