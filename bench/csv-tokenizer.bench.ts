/**
 * palier's streaming CSV tokenizer against csv-parse (the reference streaming CSV parser) on the synthetic
 * national file (≈ 135,000 rows, ≈ 12 MB), both fed the same 64 KB pieces, interleaved, medians of 7 runs.
 *
 * Location reporting is not equal in palier's disfavour: palier gives every cell its line and column; csv-parse
 * (`info: true`) gives each record its line, and no column. palier is kept only while it is at least as fast.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { CsvTokenizer } from '../src/node/io/csv.js';
import { generateNational } from './generate-national.js';
import { interleave, report } from './lib.js';

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

const rowsOf = { items: files.rows, unit: 'rows' };
const rows = await interleave({
  baseline: { name: 'csv-parse 7.0.3 (record line only)', run: () => theirs(), ...rowsOf },
  cases: [
    { name: 'csv-parse 7.0.3 without info (no location)', run: () => theirs(false), ...rowsOf },
    {
      name: 'palier CsvTokenizer (line and column of every cell)',
      run: ours,
      ...rowsOf,
      target: '≤ 1× (else use csv-parse)',
    },
  ],
  rounds: 7,
});
const [cellsOurs, cellsTheirs] = [ours(), await theirs()];
if (cellsOurs !== cellsTheirs) throw new Error(`cell counts differ: ${cellsOurs} vs ${cellsTheirs}`);
report(
  'csv-tokenizer',
  `CSV tokenizing, national file (${files.rows.toLocaleString('en-US')} rows, 64 KB pieces)`,
  rows,
);
