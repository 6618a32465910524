/**
 * `palier evaluate` end to end on a synthetic national file (3,000 establishments × 45 indicators ≈ 135,000
 * rows): a child process per run (the built `dist/cli.js` when present, else the sources through tsx), timed
 * from spawn to exit, its peak memory read from `process.resourceUsage().maxRSS` at exit; the formats interleaved.
 * Targets: under 3 s and under 500 MB.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateNational } from './generate-national.js';
import { type Case, child, interleave, report } from './lib.js';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'cli.js');
const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src', 'node', 'cli.ts')];
const files = generateNational(3000);
const outDir = mkdtempSync(join(tmpdir(), 'palier-bench-'));

function evaluate(format: string): Case {
  return {
    name: `evaluate --format ${format}`,
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
  };
}

try {
  const rows = await interleave({
    baseline: { ...evaluate('table'), target: '< 3 s, < 500 MB' },
    cases: ['csv', 'json', 'html'].map(evaluate),
    rounds: 3,
    warmup: 0,
  });
  report(
    'cli',
    `palier evaluate, national file (${files.rows.toLocaleString('en-US')} rows, ${existsSync(built) ? 'dist/cli.js' : 'tsx'})`,
    rows,
  );
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
