/**
 * `npm run fuzz`: the whole fuzz suite (test/fuzz) at a scale of over a million generated cases, with the
 * fixed seed. `PALIER_FUZZ_RUNS` (runs of a default property; 15,000 here, 300 in `npm test`) and
 * `PALIER_FUZZ_SEED` can be set; prints the number of cases fast-check ran and the time taken.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const runs = process.env.PALIER_FUZZ_RUNS ?? '15000';
const dir = mkdtempSync(join(tmpdir(), 'palier-fuzz-'));
const countFile = join(dir, 'count.txt');
const started = process.hrtime.bigint();
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz', '--testTimeout=0', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PALIER_FUZZ_RUNS: runs, PALIER_FUZZ_COUNT_FILE: countFile },
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
let cases = 0;
try {
  cases = readFileSync(countFile, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .reduce((sum, l) => sum + Number(l), 0);
} catch {
  // no property finished
}
rmSync(dir, { recursive: true, force: true });
const minutes = Math.floor(seconds / 60);
console.log(
  `\npalier fuzz: ${cases.toLocaleString('en')} generated cases in ${minutes} min ${Math.round(seconds % 60)} s (PALIER_FUZZ_RUNS=${runs}, seed ${process.env.PALIER_FUZZ_SEED ?? 20180101})`,
);
process.exitCode = result.status ?? 1;
