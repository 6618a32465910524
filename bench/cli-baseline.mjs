/**
 * The baseline of `bench/cli.bench.ts`: a plain Node script doing what `palier evaluate --format csv|json`
 * does on the national file, written directly — read the CSV (split on line feeds and commas, the file has no
 * quotes), group the rows by establishment and period, compare each value with its threshold exactly
 * (integers: numerator × 100 against threshold × denominator), compute the gap, roll up indicators →
 * requirements → palier, write one CSV row per indicator (the same 23 columns) or one JSON record per
 * establishment, to a file. No validation, no locations, no explanations: the floor palier is measured against.
 *
 * Usage: node bench/cli-baseline.mjs <declarations.csv> <programme.json> <establishments.csv> <csv|json> <out>
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

const [file, programmeFile, establishmentsFile, format, out] = process.argv.slice(2);
const programme = JSON.parse(readFileSync(programmeFile, 'utf8'));
const asOf = '2021-06-30';
const names = new Map();
for (const line of readFileSync(establishmentsFile, 'utf8').split('\n').slice(1)) {
  if (line === '') continue;
  const [finess, name] = line.split(',');
  names.set(finess, name);
}
const requirements = [...programme.prerequisites, ...programme.domains].map((r) => ({
  code: r.code,
  kind: r.kind,
  label: r.label,
  indicators: r.indicators.map((i) => {
    const t = r.kind === 'prerequisite' ? i.eligibility : i.target;
    return {
      code: i.code,
      kind: i.kind,
      threshold: t,
      role: r.kind === 'prerequisite' ? 'eligibility' : 'target',
    };
  }),
}));

const fd = openSync(out, 'w');
let buffer = '';
const write = (text) => {
  buffer += text;
  if (buffer.length > 1 << 20) {
    writeSync(fd, buffer);
    buffer = '';
  }
};
const cell = (v) =>
  v === undefined ? '' : /[",\r\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
if (format === 'csv')
  write(
    'finess,name,period_start,period_end,as_of,programme,version,palier,requirement,requirement_kind,requirement_status,indicator,status,reason,observed,comparator,expected,inclusive,role,gap,gap_unit,provenance_status,provenance_source\r\n',
  );
else
  write(
    `{"programme":{"id":"${programme.id}","version":"${programme.version}"},"asOf":"${asOf}","evaluations":[`,
  );

function indicatorResult(ind, row) {
  const t = ind.threshold;
  if (row === undefined) return { status: 'missing', reason: 'no-value-declared' };
  if (row.na !== '') return { status: 'not-applicable', reason: 'declared-not-applicable' };
  if (t === undefined) return { status: 'unknown', reason: 'threshold-unverified' };
  if (ind.kind === 'yes-no') {
    const v = row.value === 'oui' || row.value === 'yes' || row.value === 'true' || row.value === '1';
    return v === t.value
      ? { status: 'met', reason: 'threshold-met', observed: v }
      : { status: 'not-met', reason: 'value-differs', observed: v };
  }
  const num = Number(row.numerator);
  const den = Number(row.denominator);
  const observed = (num * 100) / den;
  const ok = t.inclusive ? num * 100 >= t.value * den : num * 100 > t.value * den;
  if (ok) return { status: 'met', reason: 'threshold-met', observed };
  const gap = Math.ceil((t.value * den) / 100) - num;
  return { status: 'not-met', reason: 'below-threshold', observed, gap };
}

let evaluations = 0;
function flush(key, rows) {
  const [finess, start, end] = key.split('|');
  const results = requirements.map((req) => {
    const inds = req.indicators.map((ind) => ({ ind, ...indicatorResult(ind, rows.get(ind.code)) }));
    const status = inds.some((r) => r.status === 'not-met' || r.status === 'missing')
      ? 'not-reached'
      : inds.some((r) => r.status === 'unknown') || inds.length === 0
        ? 'unknown'
        : 'reached';
    return { req, status, inds };
  });
  const palier = results.some((r) => r.status === 'not-reached')
    ? 'not-reached'
    : results.some((r) => r.status === 'unknown')
      ? 'unknown'
      : 'reached';
  const name = names.get(finess);
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
            programme.id,
            programme.version,
            palier,
            r.req.code,
            r.req.kind,
            r.status,
            i.ind.code,
            i.status,
            i.reason,
            i.observed,
            t?.comparator,
            t?.value,
            t?.inclusive,
            i.ind.role,
            i.gap,
            i.gap === undefined ? undefined : 'units',
            t?.provenance?.status,
            cell(t?.provenance?.source),
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
        reason: palier === 'reached' ? 'all-reached' : 'requirements-not-reached',
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
        reason: r.status === 'reached' ? 'all-met' : 'indicators-not-met',
        indicators: r.inds.map((i) => {
          const t = i.ind.threshold;
          const row = rows.get(i.ind.code);
          return {
            code: i.ind.code,
            kind: i.ind.kind,
            status: i.status,
            reason: i.reason,
            observed: i.observed,
            declared:
              row === undefined
                ? undefined
                : i.ind.kind === 'yes-no'
                  ? { kind: 'yes-no', value: i.observed }
                  : { kind: 'rate', numerator: Number(row.numerator), denominator: Number(row.denominator) },
            expected: t && {
              comparator: t.comparator,
              value: t.value,
              inclusive: t.inclusive,
              role: i.ind.role,
            },
            gap:
              i.gap === undefined
                ? undefined
                : { amount: i.gap, unit: 'units', direction: 'increase', reachable: true },
            path: ['values', i.ind.code],
            provenance: t?.provenance,
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
if (format === 'json') write(`],"summary":{"evaluations":${evaluations}}}\n`);
writeSync(fd, buffer);
closeSync(fd);
