/**
 * The baseline of `bench/cli.bench.ts`: a plain Node script doing what `palier evaluate --format csv|json`
 * does on the national file, written directly — read the CSV (split on line feeds and commas, the file has no
 * quotes), group the rows by establishment and period, decide each indicator as palier does (applicability from
 * the establishment's activities and traits, a declared "not applicable", an unverified or absent threshold,
 * the value compared exactly: integers, numerator × 100 against threshold × denominator), compute the gap, roll
 * up indicators → requirements (with the catalogue's completeness) → palier, and write the same bytes as palier:
 * one CSV row per indicator (the same 23 columns, cells quoted and guarded the same way) or the same JSON report
 * (one record per establishment and period, then the summary, input counts and reach per requirement), to a file.
 * No validation, no locations, no explanations: the floor palier is measured against. `bench/cli.bench.ts`
 * checks that both outputs are identical.
 *
 * Usage: node bench/cli-baseline.mjs <declarations.csv> <programme.json> <establishments.csv> <csv|json> <out>
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

const [file, programmeFile, establishmentsFile, format, out] = process.argv.slice(2);
const programme = JSON.parse(readFileSync(programmeFile, 'utf8'));
const asOf = '2021-06-30';
const ALL_ACTIVITIES = ['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS'];

// establishments: name, activities and traits by FINESS
const establishments = new Map();
{
  const [head, ...lines] = readFileSync(establishmentsFile, 'utf8').split('\n');
  const h = head.split(',');
  const [cF, cN, cA, cT] = ['finess', 'name', 'activities', 'traits'].map((c) => h.indexOf(c));
  const list = (text) => (text ?? '').split('|').filter((w) => w !== '');
  for (const line of lines) {
    if (line === '') continue;
    const v = line.split(',');
    const activities = list(v[cA]);
    establishments.set(v[cF], {
      name: v[cN],
      activities: activities.length > 0 ? activities : ALL_ACTIVITIES,
      traits: cT < 0 ? [] : list(v[cT]),
    });
  }
}

/** The threshold of an indicator in its requirement's role, or why there is none (as palier compiles it). */
function compileIndicator(i, role) {
  const other = role === 'eligibility' ? 'target' : 'eligibility';
  const t = i[role];
  const base = { code: i.code, kind: i.kind, applicability: i.applicability, role };
  if (t !== undefined && t.provenance.status !== 'unverified')
    return { ...base, threshold: t, provenance: t.provenance };
  const unverified = i.unverified?.some((u) => u.field === role) || t?.provenance.status === 'unverified';
  const unknownReason = unverified
    ? 'threshold-unverified'
    : i[other] !== undefined
      ? `${role}-absent-${other}-given`
      : 'threshold-absent';
  return { ...base, unknownReason, provenance: i.provenance };
}

const requirements = [...programme.prerequisites, ...programme.domains].map((r) => {
  const listed = r.indicators.length;
  const expected = r.indicatorCount?.value;
  return {
    code: r.code,
    kind: r.kind,
    label: r.label,
    catalogueGap:
      listed === 0
        ? 'no-indicators-in-catalogue'
        : expected === undefined
          ? 'catalogue-completeness-unknown'
          : expected > listed
            ? 'catalogue-incomplete'
            : undefined,
    indicators: r.indicators.map((i) =>
      compileIndicator(i, r.kind === 'prerequisite' ? 'eligibility' : 'target'),
    ),
    reach: { reached: 0, notReached: 0, unknown: 0 },
  };
});

const fd = openSync(out, 'w');
let buffer = '';
const write = (text) => {
  buffer += text;
  if (buffer.length > 1 << 20) {
    writeSync(fd, buffer);
    buffer = '';
  }
};
/** A CSV cell as palier writes it: a text starting like a formula guarded with `'`, quoted when needed. */
const cell = (v) => {
  if (v === undefined) return '';
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]|^\s|\s$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};
if (format === 'csv')
  write(
    'finess,name,period_start,period_end,as_of,programme,version,palier,requirement,requirement_kind,requirement_status,indicator,status,reason,observed,comparator,expected,inclusive,role,gap,gap_unit,provenance_status,provenance_source\r\n',
  );
else
  write(
    `${JSON.stringify({ programme: { id: programme.id, version: programme.version, name: programme.name.en }, asOf }).slice(0, -1)},"evaluations":[`,
  );

/** Whether an indicator concerns an establishment (its activities, its "not concerned" traits). */
function applies(ind, est) {
  const rule = ind.applicability;
  if (rule === undefined) return true;
  const activities = est?.activities ?? ALL_ACTIVITIES;
  if (rule.notConcerned?.some((t) => est?.traits.includes(t))) return false;
  return activities.some((a) => rule.activities.includes(a));
}

/** The declared value of a row, as palier reads it. */
function declaredOf(ind, row) {
  if (row.na !== '') return { kind: 'not-applicable', reason: row.na };
  if (ind.kind === 'yes-no')
    return {
      kind: 'yes-no',
      value: row.value === 'oui' || row.value === 'yes' || row.value === 'true' || row.value === '1',
    };
  return { kind: 'rate', numerator: Number(row.numerator), denominator: Number(row.denominator) };
}

function indicatorResult(ind, row, est) {
  if (!applies(ind, est)) return { status: 'not-applicable', reason: 'not-applicable-to-establishment' };
  if (row === undefined) return { status: 'missing', reason: 'no-value-declared' };
  const declared = declaredOf(ind, row);
  if (declared.kind === 'not-applicable')
    return { status: 'not-applicable', reason: 'declared-not-applicable', declared };
  const t = ind.threshold;
  if (declared.kind === 'yes-no') {
    const v = declared.value;
    if (t === undefined) return { status: 'unknown', reason: ind.unknownReason, observed: v, declared };
    return v === t.value
      ? { status: 'met', reason: 'threshold-met', observed: v, declared }
      : { status: 'not-met', reason: v ? 'answered-yes' : 'answered-no', observed: v, declared };
  }
  const num = declared.numerator;
  const den = declared.denominator;
  const observed = (num * 100) / den;
  if (t === undefined) return { status: 'unknown', reason: ind.unknownReason, observed, declared };
  const atLeast = t.comparator === 'at-least';
  const scaled = num * 100;
  const bound = t.value * den;
  const ok = atLeast
    ? t.inclusive
      ? scaled >= bound
      : scaled > bound
    : t.inclusive
      ? scaled <= bound
      : scaled < bound;
  if (ok) return { status: 'met', reason: 'threshold-met', observed, declared };
  // the fewest units to add (or remove) for the comparison to hold
  const gap = atLeast
    ? (t.inclusive ? Math.ceil(bound / 100) : Math.floor(bound / 100) + 1) - num
    : num - (t.inclusive ? Math.floor(bound / 100) : Math.ceil(bound / 100) - 1);
  return {
    status: 'not-met',
    reason: atLeast ? 'below-threshold' : 'above-threshold',
    observed,
    declared,
    gap,
    direction: atLeast ? 'increase' : 'decrease',
  };
}

const counts = { met: 0, 'not-met': 0, 'not-applicable': 0, missing: 0, unknown: 0, invalid: 0 };
const palierCounts = { reached: 0, notReached: 0, unknown: 0 };
const seen = new Set();
let evaluations = 0;
let read = 0;

/** A requirement's status and reason from its indicators (palier's precedence). */
function rollUp(req, inds) {
  let blocking = false;
  let unknown = false;
  let applicable = 0;
  for (const r of inds) {
    if (r.status === 'not-applicable') continue;
    applicable++;
    if (r.status === 'unknown') unknown = true;
    else if (r.status !== 'met') blocking = true;
  }
  if (blocking) return ['not-reached', 'indicators-not-met'];
  if (unknown) return ['unknown', 'indicators-unknown'];
  if (req.catalogueGap !== undefined) return ['unknown', req.catalogueGap];
  return ['reached', applicable === 0 ? 'no-applicable-indicator' : 'all-indicators-met'];
}

function flush(key, rows) {
  const [finess, start, end] = key.split('|');
  const est = establishments.get(finess);
  seen.add(finess);
  const results = requirements.map((req) => {
    const inds = req.indicators.map((ind) => ({ ind, ...indicatorResult(ind, rows.get(ind.code), est) }));
    const [status, reason] = rollUp(req, inds);
    for (const i of inds) counts[i.status]++;
    req.reach[status === 'reached' ? 'reached' : status === 'not-reached' ? 'notReached' : 'unknown']++;
    return { req, status, reason, inds };
  });
  const palier = results.some((r) => r.status === 'not-reached')
    ? 'not-reached'
    : results.some((r) => r.status === 'unknown')
      ? 'unknown'
      : 'reached';
  palierCounts[palier === 'reached' ? 'reached' : palier === 'not-reached' ? 'notReached' : 'unknown']++;
  const name = est?.name;
  if (format === 'csv') {
    for (const r of results)
      for (const i of r.inds) {
        const t = i.ind.threshold;
        write(
          `${[
            finess,
            cell(name),
            start,
            end,
            asOf,
            cell(programme.id),
            cell(programme.version),
            palier,
            cell(r.req.code),
            r.req.kind,
            r.status,
            cell(i.ind.code),
            i.status,
            i.reason,
            i.observed,
            t?.comparator,
            t?.value,
            t?.inclusive,
            t === undefined ? undefined : i.ind.role,
            i.gap,
            i.gap === undefined ? undefined : 'units',
            i.ind.provenance?.status,
            cell(i.ind.provenance?.source),
          ]
            .map((c) => (c === undefined ? '' : c))
            .join(',')}\r\n`,
        );
      }
  } else {
    // the same record as palier's EstablishmentEvaluation (fields, labels, provenance), built directly
    const record = {
      name,
      finess,
      programme: { id: programme.id, version: programme.version },
      period: { start, end },
      asOf,
      prerequisites: [],
      domains: [],
      palier: {
        status: palier,
        reason:
          palier === 'reached'
            ? 'all-requirements-reached'
            : palier === 'not-reached'
              ? 'requirements-not-reached'
              : 'requirements-unknown',
        blockers: results.filter((r) => r.status !== 'reached').map((r) => r.req.code),
      },
      diagnostics: [],
    };
    for (const r of results)
      (r.req.kind === 'prerequisite' ? record.prerequisites : record.domains).push({
        code: r.req.code,
        kind: r.req.kind,
        label: r.req.label,
        status: r.status,
        reason: r.reason,
        indicators: r.inds.map((i) => {
          const t = i.ind.threshold;
          return {
            code: i.ind.code,
            kind: i.ind.kind,
            status: i.status,
            reason: i.reason,
            observed: i.observed,
            declared: i.declared,
            expected: t && {
              comparator: t.comparator,
              value: t.value,
              inclusive: t.inclusive,
              role: i.ind.role,
            },
            gap:
              i.gap === undefined
                ? undefined
                : { amount: i.gap, unit: 'units', direction: i.direction, reachable: true },
            path: ['values', i.ind.code],
            provenance: i.ind.provenance,
          };
        }),
        blockers: r.inds
          .filter((i) => i.status !== 'met' && i.status !== 'not-applicable')
          .map((i) => i.ind.code),
      });
    write(`${evaluations === 0 ? '' : ','}${JSON.stringify(record)}`);
  }
  evaluations++;
}

const text = readFileSync(file, 'utf8');
const lines = text.split('\n');
const header = lines[0].split(',');
const col = (name) => header.indexOf(name);
const [cF, cS, cE, cI, cV, cN, cD, cNA] = [
  'finess',
  'period_start',
  'period_end',
  'indicator',
  'value',
  'numerator',
  'denominator',
  'na_reason',
].map(col);
let key;
let rows = new Map();
for (let l = 1; l < lines.length; l++) {
  const line = lines[l];
  if (line === '') continue;
  read++;
  const v = line.split(',');
  const k = `${v[cF]}|${v[cS]}|${v[cE]}`;
  if (k !== key) {
    if (key !== undefined) flush(key, rows);
    key = k;
    rows = new Map();
  }
  rows.set(v[cI], { value: v[cV], numerator: v[cN], denominator: v[cD], na: v[cNA] });
}
if (key !== undefined) flush(key, rows);
if (format === 'json') {
  const tail = JSON.stringify({
    summary: { evaluations, establishments: seen.size, ...palierCounts, indicators: counts },
    input: { unit: 'rows', read, valid: read, invalid: 0 },
    problems: [],
    reach: requirements.map((r) => ({
      code: r.code,
      kind: r.kind,
      label: r.label,
      ...r.reach,
      total: evaluations,
    })),
    notes: [],
  });
  write(`],${tail.slice(1)}\n`);
}
writeSync(fd, buffer);
closeSync(fd);
