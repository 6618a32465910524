/**
 * Keeps `npm ci` working from our lockfile on machines whose registry lacks some other-platform binaries.
 *
 * The registry these machines and CI reach does not hold every platform's optional binary (e.g.
 * `@biomejs/cli-darwin-x64`, `@rollup/rollup-win32-x64-msvc`): `npm install` cannot lock them, yet leaves the
 * packages that name them listing them as optional dependencies, and `npm ci` then refuses the lockfile as out of
 * sync. This script removes, from each locked package, the optional-dependency edges to packages the lockfile
 * does not hold. Nothing installed changes: those binaries are for other platforms and are never installed here.
 *
 * Run it after every `npm install` that changes package-lock.json: `npm run lockfile:prune`.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const held = new Set(Object.keys(lock.packages).map((key) => key.replace(/^.*node_modules\//, '')));
let pruned = 0;
for (const entry of Object.values(lock.packages)) {
  const optional = entry.optionalDependencies;
  if (optional === undefined) continue;
  for (const name of Object.keys(optional)) {
    if (held.has(name)) continue;
    delete optional[name];
    pruned++;
  }
}
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  `package-lock.json: ${pruned} optional edge(s) to packages the registry does not hold were pruned`,
);
