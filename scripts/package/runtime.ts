/**
 * The installed package at run time: every entry loads from an ES module (`import`) and from CommonJS
 * (`require`) with its exports, and the `palier` command runs from `node_modules/.bin`.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** An export each entry must have, as a function. */
const PROBES = {
  palier: 'compileProgramme',
  'palier/schemas': 'parseWith',
  'palier/node': 'runCli',
} as const;

function script(load: (entry: string) => string): string {
  return Object.entries(PROBES)
    .map(([entry, name], i) => {
      const v = `m${i}`;
      return `${load(entry).replace('$', v)}
if (typeof ${v}.${name} !== 'function') throw new Error('${entry}: ${name} missing');
console.log('  ${entry}:', Object.keys(${v}).length, 'exports');`;
    })
    .join('\n');
}

/**
 * Loads every entry from ESM and CJS in `dir` (where palier is installed) and runs `palier --version`;
 * throws if one fails.
 *
 * @example
 * checkRuntime(dir);
 */
export function checkRuntime(dir: string): void {
  writeFileSync(
    join(dir, 'esm.mjs'),
    script((e) => `const $ = await import('${e}');`),
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    script((e) => `const $ = require('${e}');`),
  );
  console.log('ESM import:');
  execFileSync(process.execPath, ['esm.mjs'], { cwd: dir, stdio: 'inherit' });
  console.log('CJS require:');
  execFileSync(process.execPath, ['cjs.cjs'], { cwd: dir, stdio: 'inherit' });
  const version = execFileSync(join(dir, 'node_modules/.bin/palier'), ['--version'], {
    cwd: dir,
    encoding: 'utf8',
  });
  console.log(`bin: palier --version → ${version.trim()}`);
}
