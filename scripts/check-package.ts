/**
 * Checks the packed tarball as a user meets it (run by .ci/run after `npm pack`, publint and attw): installs it
 * with its dependencies in an empty project, then
 * 1. bundles typical imports with esbuild from there and holds them to their size budgets (`package/sizes.ts`);
 * 2. type-checks consumers with `skipLibCheck: false` under nodenext ESM and CJS and bundler resolution
 *    (`package/types.ts`);
 * 3. loads every entry with `import` and `require`, and runs the `palier` command (`package/runtime.ts`);
 * 4. checks the metadata npm shows (`repository`, `homepage`, `bugs`, `author`) and that the README's links
 *    work on npm, i.e. are absolute (`package/metadata.ts`).
 *
 * Usage: tsx scripts/check-package.ts <palier-x.y.z.tgz> [--sizes-only]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkMetadata } from './package/metadata.js';
import { checkRuntime } from './package/runtime.js';
import { measure, SIZE_CASES } from './package/sizes.js';
import { checkTypes } from './package/types.js';

const root = resolve(import.meta.dirname, '..');
const tarball = resolve(process.argv[2] ?? '');
const sizesOnly = process.argv.includes('--sizes-only');

const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

function install(dir: string): void {
  const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
  };
  writeFileSync(join(dir, 'package.json'), '{"name":"consumer","private":true}\n');
  const typesNode = `@types/node@${own.devDependencies['@types/node']}`;
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, typesNode], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

async function checkSizes(dir: string): Promise<void> {
  const over: string[] = [];
  for (const c of SIZE_CASES) {
    const f = await measure(dir, c);
    console.log(`${c.label}: ${kB(f.minified)} min, ${kB(f.gzipped)} min+gz (budget ${kB(c.budget)})`);
    for (const [path, bytes] of f.largest) console.log(`    ${kB(bytes).padStart(9)}  ${path}`);
    if (f.gzipped > c.budget) over.push(`${c.label} is ${f.gzipped} B min+gz, over its ${c.budget} B budget`);
  }
  if (over.length > 0) throw new Error(over.join('\n'));
}

const dir = mkdtempSync(join(tmpdir(), 'palier-consumer-'));
try {
  console.log(`tarball: ${tarball} (${kB(statSync(tarball).size)})`);
  install(dir);
  await checkSizes(dir);
  if (!sizesOnly) {
    checkTypes(dir, join(root, 'node_modules/typescript/bin/tsc'));
    checkRuntime(dir);
    checkMetadata(dir);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log('package checks passed');
