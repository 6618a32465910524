/**
 * `palier evaluate` end to end on a synthetic national file (3,000 establishments × 45 indicators ≈ 135,000
 * rows): a child process per run (the built `dist/cli.js` when present, else the sources through tsx), timed
 * from spawn to exit, its peak memory read from `process.resourceUsage().maxRSS` at exit.
 * Targets: under 3 s and under 500 MB.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateNational } from './generate-national.js';
import { type BenchRow, report } from './lib.js';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'cli.js');
const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src', 'node', 'cli.ts')];
const probe = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nPALIER_MAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))`;

const files = generateNational(3000);
const outDir = mkdtempSync(join(tmpdir(), 'palier-bench-'));

function once(format: string): { ms: number; mb: number } {
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      probe,
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
    ],
    { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`palier evaluate exited ${r.status}: ${r.stderr}`);
  const kb = Number(/PALIER_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { ms, mb: kb / 1024 };
}

function measure(format: string, runs = 3): BenchRow {
  const results = Array.from({ length: runs }, () => once(format));
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  return {
    name: `evaluate --format ${format}`,
    ms: times[Math.floor(times.length / 2)]!,
    items: files.rows,
    unit: 'rows',
    memoryMb: Math.max(...results.map((r) => r.mb)),
    ...(format === 'table' ? { target: '< 3 s, < 500 MB' } : { baseline: 'evaluate --format table' }),
  };
}

try {
  const rows = ['table', 'csv', 'json', 'html'].map((f) => measure(f));
  report(
    'cli',
    `palier evaluate, national file (${files.rows.toLocaleString('en-US')} rows, ${existsSync(built) ? 'dist/cli.js' : 'tsx'})`,
    rows,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
