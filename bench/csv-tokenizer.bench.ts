/**
 * palier's streaming CSV tokenizer against csv-parse (the reference streaming CSV parser) on the synthetic
 * national file (≈ 135,000 rows, ≈ 12 MB), both fed the same 64 KB pieces, interleaved, medians of 7 runs.
 *
 * Location reporting is not equal in palier's disfavour: palier gives every cell its line and column; csv-parse
 * (`info: true`) gives each record its line, and no column. palier is kept only while it is at least as fast.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse';
import { CsvTokenizer } from '../src/node/io/csv.js';
import { generateNational } from './generate-national.js';
import { type BenchRow, report } from './lib.js';

const files = generateNational(3000);
const text = readFileSync(files.declarations, 'utf8');
const PIECE = 1 << 16;
const pieces: string[] = [];
for (let i = 0; i < text.length; i += PIECE) pieces.push(text.slice(i, i + PIECE));

function ours(): number {
  let cells = 0;
  let lastColumn = 0;
  const t = new CsvTokenizer(
    { delimiter: ',' },
    (r) => {
      cells += r.values.length;
      lastColumn = r.columns[r.columns.length - 1] ?? 0;
    },
    () => undefined,
  );
  for (const p of pieces) t.push(p);
  t.end();
  return cells + lastColumn * 0;
}

async function theirs(info = true): Promise<number> {
  let cells = 0;
  let lastLine = 0;
  const parser = parse({ delimiter: ',', info, relax_column_count: true, skip_empty_lines: true });
  const done = new Promise<void>((resolve, reject) => {
    parser.on('readable', () => {
      for (let r = parser.read(); r !== null; r = parser.read()) {
        if (info) {
          const { record, info: where } = r as { record: string[]; info: { lines: number } };
          cells += record.length;
          lastLine = where.lines;
        } else cells += (r as string[]).length;
      }
    });
    parser.on('end', resolve);
    parser.on('error', reject);
  });
  for (const p of pieces) parser.write(p);
  parser.end();
  await done;
  return cells + lastLine * 0;
}

async function time(fn: () => number | Promise<number>): Promise<{ ms: number; cells: number }> {
  const t0 = performance.now();
  const cells = await fn();
  return { ms: performance.now() - t0, cells };
}

const runs = { ours: [] as number[], theirs: [] as number[], bare: [] as number[] };
for (let i = 0; i < 2; i++) {
  await time(ours);
  await time(theirs);
}
let cellsOurs = 0;
let cellsTheirs = 0;
for (let i = 0; i < 7; i++) {
  const a = await time(ours);
  const b = await time(theirs);
  const c = await time(() => theirs(false));
  runs.ours.push(a.ms);
  runs.theirs.push(b.ms);
  runs.bare.push(c.ms);
  cellsOurs = a.cells;
  cellsTheirs = b.cells;
}
if (cellsOurs !== cellsTheirs) throw new Error(`cell counts differ: ${cellsOurs} vs ${cellsTheirs}`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows: BenchRow[] = [
  { name: 'csv-parse 7.0.3 (record line only)', ms: median(runs.theirs), items: files.rows, unit: 'rows' },
  {
    name: 'csv-parse 7.0.3 without info (no location)',
    ms: median(runs.bare),
    items: files.rows,
    unit: 'rows',
    baseline: 'csv-parse 7.0.3 (record line only)',
  },
  {
    name: 'palier CsvTokenizer (line and column of every cell)',
    ms: median(runs.ours),
    items: files.rows,
    unit: 'rows',
    baseline: 'csv-parse 7.0.3 (record line only)',
    target: '≤ 1× (else use csv-parse)',
  },
];
report(
  'csv-tokenizer',
  `CSV tokenizing, national file (${files.rows.toLocaleString('en-US')} rows, 64 KB pieces)`,
  rows,
);
