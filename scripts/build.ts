/**
 * `npm run build`: the published files, one output module per source module so that a user's bundler keeps
 * only what is imported (no chunks merging unrelated modules).
 *
 * - `dist/esm/**` — ES modules (`.js`) and their declarations (`.d.ts`), by esbuild and tsc;
 * - `dist/cjs/**` — the same as CommonJS, with a `package.json` saying `"type": "commonjs"` so that Node and
 *   TypeScript read the `.js` and `.d.ts` files there as CommonJS;
 * - `dist/cli.js` — the `palier` command: `src/node/cli.ts` (with the package version inlined) importing the
 *   modules of `dist/esm/`.
 *
 * The package's `exports` map points every entry (`palier`, `palier/money`, `palier/schemas`, …) into both trees.
 */
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { brokenSpecifiers } from './package/specifiers.js';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');
const dist = join(root, 'dist');
const CLI = join(src, 'node', 'cli.ts');

/** Every module of src/ but the CLI's entry (built on its own, below). */
function sourceModules(): string[] {
  return readdirSync(src, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(src, f))
    .filter((f) => f !== CLI)
    .sort();
}

/** One output module per source module, in `format`, into `dist/<dir>`. */
async function modules(format: 'esm' | 'cjs', dir: string, entryPoints: string[]): Promise<void> {
  await build({
    entryPoints,
    outbase: src,
    outdir: join(dist, dir),
    format,
    platform: 'neutral',
    target: 'es2022',
  });
  // Bundlers read `sideEffects` from the nearest package.json, so it is repeated here.
  const type = format === 'esm' ? 'module' : 'commonjs';
  writeFileSync(join(dist, dir, 'package.json'), `${JSON.stringify({ type, sideEffects: false })}\n`);
}

/** Resolves the CLI's imports of src/ modules to their built ES modules in `dist/esm/`, left unbundled. */
const toBuiltModules: Plugin = {
  name: 'palier-built-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const module = relative(src, join(args.resolveDir, args.path)).split('\\').join('/');
      return { path: `./esm/${module}`, external: true };
    });
  },
};

/** `dist/cli.js`: the bin, an executable ES module with its shebang. */
async function cli(): Promise<void> {
  const outfile = join(dist, 'cli.js');
  await build({
    entryPoints: [CLI],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [toBuiltModules],
  });
  chmodSync(outfile, 0o755);
}

/** Declarations by tsc into `dist/esm/`, copied to `dist/cjs/` (read there as CommonJS declarations). */
async function declarations(): Promise<void> {
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')]);
  cpSync(join(dist, 'esm'), join(dist, 'cjs'), {
    recursive: true,
    filter: (f) => !/(\.js|package\.json)$/.test(f),
  });
}

/** Throws unless every relative specifier of the output names a file of the output. */
function checkSpecifiers(): void {
  const broken = [
    ...brokenSpecifiers(join(dist, 'esm'), '.js', '.js'),
    ...brokenSpecifiers(join(dist, 'cjs'), '.js', '.js'),
    ...brokenSpecifiers(join(dist, 'esm'), '.d.ts', '.d.ts'),
    ...brokenSpecifiers(dist, '.js', '.js', (f) => f !== join(dist, 'cli.js')),
  ];
  if (broken.length > 0) {
    const list = broken.map((b) => `${relative(root, b.file)}: ${b.specifier}`).join('\n  ');
    throw new Error(`the build has imports of missing files (write './x.js' for ./x.ts):\n  ${list}`);
  }
}

const started = performance.now();
rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const entries = sourceModules();
const types = declarations();
await Promise.all([modules('esm', 'esm', entries), modules('cjs', 'cjs', entries)]);
await cli();
await types;
checkSpecifiers();
console.log(
  `built ${entries.length} modules (ESM, CJS, declarations) and the CLI in ${Math.round(performance.now() - started)} ms`,
);
