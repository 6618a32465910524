/**
 * Checks the packed tarball as a user would meet it (run by .ci/run after `npm pack`):
 * 1. the core entry, bundled for a browser and minified, stays within its gzip budget and pulls in neither zod
 *    nor any Node built-in;
 * 2. the tarball installs in an empty project and loads from ESM (`import`) and CommonJS (`require`), for the
 *    core and `palier/schemas`.
 *
 * Usage: tsx scripts/check-package.ts <palier-x.y.z.tgz>
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * Budget of the whole core entry, minified and gzipped, in bytes. Most of it is data and decimal.js: the two
 * bundled catalogues with their French labels, actions and provenance (~72 KB minified), decimal.js (~31 KB).
 */
const CORE_BUDGET = 80 * 1024;

/** Budget of a typical embed — evaluate against HOP'EN — after tree-shaking, minified and gzipped (the
 * HOP'EN catalogue, with its action plan and figures, comes whole with `hopen`). */
const EVALUATE_BUDGET = 48 * 1024;

const tarball = resolve(process.argv[2] ?? '');
const root = resolve(import.meta.dirname, '..');

async function bundleSize(
  label: string,
  entry: { path: string } | { contents: string },
  budget: number,
): Promise<void> {
  const result = await build({
    ...('path' in entry
      ? { entryPoints: [entry.path] }
      : { stdin: { contents: entry.contents, resolveDir: root, loader: 'js' as const } }),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
  });
  const inputs = Object.keys(result.metafile.inputs);
  const zod = inputs.filter((i) => i.includes('node_modules/zod'));
  if (zod.length > 0) throw new Error(`${label} pulls in zod: ${zod[0]}`);
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gz = gzipSync(code).length;
  console.log(`${label}: ${code.length} B min, ${gz} B min+gz (budget ${budget} B)`);
  if (gz > budget) throw new Error(`${label} is ${gz} B min+gz, over its ${budget} B budget`);
}

async function checkBrowserBundle(): Promise<void> {
  await bundleSize('core entry, whole (browser bundle)', { path: join(root, 'dist/index.js') }, CORE_BUDGET);
  await bundleSize(
    "evaluate against HOP'EN, tree-shaken",
    {
      contents: `import { compileProgramme, evaluateEstablishment, explain, hopen } from './dist/index.js';
export const run = (e, d) => explain(evaluateEstablishment(compileProgramme(hopen), e, d, { asOf: '2021-06-30' }), { lang: 'fr' });`,
    },
    EVALUATE_BUDGET,
  );
}

function checkConsumers(): void {
  const dir = mkdtempSync(join(tmpdir(), 'palier-consumer-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{"name":"consumer","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
      cwd: dir,
      stdio: 'inherit',
    });
    const esm = `import * as core from 'palier';
import * as schemas from 'palier/schemas';
if (typeof core.isCalendarDate !== 'function') throw new Error('ESM core export missing');
if (typeof schemas.parseWith !== 'function') throw new Error('ESM schemas export missing');
console.log('ESM import ok:', Object.keys(core).length, 'core exports,', Object.keys(schemas).length, 'schema exports');
`;
    const cjs = `const core = require('palier');
const schemas = require('palier/schemas');
if (typeof core.isCalendarDate !== 'function') throw new Error('CJS core export missing');
if (typeof schemas.parseWith !== 'function') throw new Error('CJS schemas export missing');
console.log('CJS require ok:', Object.keys(core).length, 'core exports');
`;
    writeFileSync(join(dir, 'esm.mjs'), esm);
    writeFileSync(join(dir, 'cjs.cjs'), cjs);
    execFileSync(process.execPath, ['esm.mjs'], { cwd: dir, stdio: 'inherit' });
    execFileSync(process.execPath, ['cjs.cjs'], { cwd: dir, stdio: 'inherit' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await checkBrowserBundle();
checkConsumers();
console.log('package checks passed');
