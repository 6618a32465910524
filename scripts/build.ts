/**
 * `npm run build`: the published files, one output module per source module so that a user's bundler keeps
 * only what is imported (no chunks merging unrelated modules).
 *
 * - `dist/esm/**` — ES modules (`.js`) and their declarations (`.d.ts`), by esbuild and tsc;
 * - `dist/cjs/**` — the same as CommonJS, with a `package.json` saying `"type": "commonjs"` so that Node and
 *   TypeScript read the `.js` and `.d.ts` files there as CommonJS;
 * - `dist/cli.js` and `dist/cli/*.js` — the `palier` command: `src/node/cli.ts` (with the package version
 *   inlined) bundled, one chunk per command (see {@link cli}).
 *
 * The package's `exports` map points every entry (`palier`, `palier/money`, `palier/schemas`, …) into both trees.
 */
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * Leaves out zod's translations of its own messages (`z.locales`, about 400 kB of source): palier never uses
 * them — it writes every message itself, in French and English — and the CLI would otherwise compile them at
 * each start.
 */
const withoutZodLocales: Plugin = {
  name: 'palier-without-zod-locales',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`)
        ? { path: 'zod-locales', namespace: 'empty' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'empty' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

/**
 * `dist/cli.js`: the bin, an executable ES module with its shebang, bundled for start-up: Node reads one file
 * per command instead of the hundreds of modules of `dist/esm/` (and of zod), so `palier --version` and the
 * set-up of `palier evaluate` cost little. Each command's modules are a chunk of `dist/cli/` loaded when the
 * command is run (its dynamic `import()`); zod and decimal.js are bundled in (only the parts used); iconv-lite
 * (CommonJS, with its encoding tables loaded on demand) stays a dependency read from `node_modules`.
 */
async function cli(): Promise<void> {
  await build({
    entryPoints: { cli: CLI },
    outdir: dist,
    entryNames: '[name]',
    chunkNames: 'cli/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['iconv-lite'],
    plugins: [withoutZodLocales],
  });
  const outfile = join(dist, 'cli.js');
  writeFileSync(outfile, `#!/usr/bin/env node\n${readFileSync(outfile, 'utf8')}`);
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
