/**
 * Large inputs, in bounded memory (opt-in: `npm run bench:large`; not part of `npm run bench` nor of CI — it
 * writes about 800 MB of temporary files and runs for a few minutes).
 *
 * - `palier validate` on a generated 500 MB long CSV (56 quarters of the synthetic national file): peak RSS
 *   (target ≤ 150 MB) and time.
 * - `palier evaluate --format csv` on a multi-year panel (20 quarters × 3,000 establishments × 45 indicators ≈
 *   2.7 M rows) and on its first 1 and 10 quarters: peak RSS (target ≤ 1 GB) and ms per 100,000 rows (linear:
 *   the same at 135 k, 1.35 M and 2.7 M rows).
 *
 * Each run is a child process of the built `dist/cli.js` (else the sources through tsx), its peak memory read
 * from `process.resourceUsage().maxRSS` at exit. The data is generated in a temporary folder, removed at the end.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateNational } from './generate-national.js';
import { type BenchRow, report } from './lib.js';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'cli.js');
const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src', 'node', 'cli.ts')];
const probe = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nPALIER_MAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))`;

const national = generateNational(3000);
const [header, ...body] = readFileSync(national.declarations, 'utf8').trimEnd().split('\n');
const dir = mkdtempSync(join(tmpdir(), 'palier-large-'));

/** The national rows again for quarter `q` (0 = 2012 Q1), as one block: its declarations stay together. */
function quarter(q: number): string {
  const year = 2012 + Math.floor(q / 4);
  const [start, end] = [
    ['01-01', '03-31'],
    ['04-01', '06-30'],
    ['07-01', '09-30'],
    ['10-01', '12-31'],
  ][q % 4]!;
  return `${body.join('\n').replaceAll('2021-01-01,2021-03-31', `${year}-${start},${year}-${end}`)}\n`;
}

/** Writes `quarters` quarters (from `first`) of the national file into `name`; returns its path and rows. */
function panel(name: string, quarters: number, first = 0): { path: string; rows: number; mb: number } {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  writeSync(fd, `${header}\n`);
  for (let q = first; q < first + quarters; q++) writeSync(fd, quarter(q));
  closeSync(fd);
  return { path, rows: body.length * quarters, mb: statSync(path).size / 2 ** 20 };
}

function run(args: string[]): { ms: number; mb: number; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', probe, ...entry, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 26,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 3)
    throw new Error(`palier ${args[0]} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const kb = Number(/PALIER_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { ms, mb: kb / 1024, stderr: r.stderr };
}

const rows: BenchRow[] = [];
try {
  for (const quarters of [1, 10, 20]) {
    const p = panel(`panel-${quarters}.csv`, quarters, 28);
    const r = run([
      'evaluate',
      p.path,
      '--establishments',
      national.establishments,
      '--programme',
      national.programme,
      '--as-of',
      '2024-06-30',
      '--format',
      'csv',
      '--out',
      join(dir, 'out.csv'),
    ]);
    const per100k = (r.ms / p.rows) * 100_000;
    rows.push({
      name: `evaluate --format csv, ${quarters} quarter(s), ${p.rows.toLocaleString('en-US')} rows (${p.mb.toFixed(0)} MB): ${per100k.toFixed(0)} ms / 100k rows`,
      ms: r.ms,
      items: p.rows,
      unit: 'rows',
      memoryMb: r.mb,
      target: '≤ 1 GB, ms / 100k rows flat',
    });
    rmSync(p.path, { force: true });
    rmSync(join(dir, 'out.csv'), { force: true });
  }
  const big = panel('validate-500mb.csv', 56);
  const v = run(['validate', big.path, '--programme', national.programme]);
  if (!/0 invalid/.test(v.stderr)) throw new Error(`unexpected invalid rows: ${v.stderr.slice(-500)}`);
  rows.push({
    name: `validate, ${big.rows.toLocaleString('en-US')} rows (${big.mb.toFixed(0)} MB)`,
    ms: v.ms,
    items: big.rows,
    unit: 'rows',
    memoryMb: v.mb,
    target: '≤ 150 MB',
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
report('large-input', `Large inputs (${existsSync(built) ? 'dist/cli.js' : 'tsx'}), peak RSS`, rows);
