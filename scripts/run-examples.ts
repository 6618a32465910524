/**
 * `npm run examples`: type-checks `examples/` against the built package (they import `palier`, resolved to
 * dist/ through the package's own exports) and runs each one; any failure fails the run.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'examples');
execFileSync('npx', ['tsc', '-p', join(dir, 'tsconfig.json')], { stdio: 'inherit' });
const scripts = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .sort();
for (const script of scripts) {
  console.log(`\n▶ examples/${script}`);
  execFileSync(process.execPath, ['--import', 'tsx', join(dir, script)], { stdio: 'inherit' });
}
console.log(`\n${scripts.length} examples ran`);
