/**
 * `palier evaluate` end to end on a synthetic national file (3,000 establishments × 45 indicators ≈ 135,000
 * rows): a child process per run (the built `dist/cli.js` when present, else the sources through tsx), timed
 * from spawn to exit, its peak memory read from `process.resourceUsage().maxRSS` at exit.
 *
 * Baseline (issue 13): `bench/cli-baseline.mjs`, a plain Node script that parses the same CSV, decides each
 * indicator, rolls up and writes the same output — interleaved with the CLI, one pair per format. The two
 * outputs are compared after the runs: the benchmark stops unless they are byte for byte the same (the same 23
 * CSV columns on every row; the same JSON report), so the baseline cannot drift into doing less work. Targets: the CLI ≤ 1.5× the plain script
 * and ≤ 300 MB peak RSS, for `--format csv` and `--format json`. The table and HTML reports are shown for
 * information.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNational } from './generate-national.js';
import { type BenchRow, type Case, child, interleave, report } from './lib.js';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'cli.js');
const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src', 'node', 'cli.ts')];
const files = generateNational(3000);
const outDir = mkdtempSync(join(tmpdir(), 'palier-bench-'));

function evaluate(format: string, target?: string): Case {
  return {
    name: `palier evaluate --format ${format}`,
    run: () =>
      child([
        ...entry,
        'evaluate',
        files.declarations,
        '--establishments',
        files.establishments,
        '--programme',
        files.programme,
        '--as-of',
        '2021-06-30',
        '--format',
        format,
        '--out',
        join(outDir, `report.${format}`),
      ]),
    items: files.rows,
    unit: 'rows',
    ...(target !== undefined ? { target } : {}),
  };
}

function plain(format: 'csv' | 'json'): Case {
  return {
    name: `plain script, ${format}`,
    run: () =>
      child([
        join(import.meta.dirname, 'cli-baseline.mjs'),
        files.declarations,
        files.programme,
        files.establishments,
        format,
        join(outDir, `plain.${format}`),
      ]),
    items: files.rows,
    unit: 'rows',
  };
}

/** Throws unless the plain script wrote exactly what palier wrote in `format`. */
function sameOutput(format: 'csv' | 'json'): void {
  const palier = readFileSync(join(outDir, `report.${format}`));
  const baseline = readFileSync(join(outDir, `plain.${format}`));
  if (!palier.equals(baseline))
    throw new Error(
      `bench/cli-baseline.mjs no longer writes what palier evaluate --format ${format} writes (${baseline.length} bytes against ${palier.length}): make it do the same work`,
    );
}

try {
  const rows: BenchRow[] = [];
  for (const format of ['csv', 'json'] as const) {
    rows.push(
      ...(await interleave({
        baseline: plain(format),
        cases: [evaluate(format, '≤ 1.5× the plain script, ≤ 300 MB')],
        rounds: 5,
        warmup: 1,
      })),
    );
    sameOutput(format);
  }
  rows.push(
    ...(
      await interleave({
        baseline: plain('csv'),
        cases: ['table', 'html'].map((f) => evaluate(f)),
        rounds: 3,
        warmup: 0,
      })
    ).slice(1),
  );
  report(
    'cli',
    `palier evaluate, national file (${files.rows.toLocaleString('en-US')} rows, ${existsSync(built) ? 'dist/cli.js' : 'tsx'}) against a plain Node script doing the same work`,
    rows,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
