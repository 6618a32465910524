/**
 * Size budgets of the published files, measured as a user's bundler sees them: each case is a small module
 * written in a project where the packed tarball is installed, bundled by esbuild (browser, ESM, minified,
 * with its dependencies) and gzipped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** A module that keeps a case above its target, and the import chain that brings it in. */
export interface Blocker {
  /** Path of the module under `dist/esm/`, e.g. `core/messages.js`. */
  readonly module: string;
  /** A TODO naming the import chain and what would remove it. */
  readonly todo: string;
}

/** One import a user might write, with its budget in bytes (minified and gzipped; 1 kB = 1,000 B). */
export interface SizeCase {
  readonly label: string;
  /** The module the user writes, importing from `palier`. */
  readonly code: string;
  /** The goal (issue 13), when there is one. */
  readonly target?: number;
  /** The limit enforced: the target, or the measured size when src/ does not reach it yet (see `blocker`). */
  readonly budget: number;
  /** Why the budget is above the target; the check also measures the case without that module. */
  readonly blocker?: Blocker;
}

/** What a case measured. */
export interface SizeFigure {
  readonly minified: number;
  readonly gzipped: number;
  /** Min+gz size with the blocker's module replaced by an empty stub, when the case has a blocker. */
  readonly withoutBlocker?: number;
  /** The largest inputs of the bundle (bytes of minified output each contributes). */
  readonly largest: readonly (readonly [string, number])[];
}

/**
 * The issue-code registry (`core/messages.js`: every code's French and English message, 20.4 kB minified on
 * 29 November 2026) comes whole with any function that raises an issue: `issue()` looks its code up in
 * `ISSUE_MESSAGES`, a single object that no bundler can split, so the codes of the file readers and the CLI come
 * too.
 */
function registry(chain: string): Blocker {
  return {
    module: 'core/messages.js',
    todo:
      `TODO(issue 13): the whole issue-code registry (core/messages.js) comes through ${chain} → issue() → ` +
      'ISSUE_MESSAGES; split it (a module per group of codes, imported by the code that raises them) to reach ' +
      'the target.',
  };
}

const ENGINE_CHAIN =
  'evaluateMany → evaluation/establishment.js → evaluation/schedule.js and compileProgramme → ' +
  'programme/check-thresholds.js';

/**
 * The budgets. Targets of issue 13: `evaluateMany` + `hopen` ≤ 25 kB, the engine alone (no catalogue)
 * ≤ 12 kB, `parseFiness` alone ≤ 3 kB; the whole main entry is reported with a budget of its measured size
 * plus about 5 %. Where src/ does not reach a target yet, the budget is the measured size rounded up to the
 * next 0.5 kB, plus 0.5 kB for the codes still landing in the registry, and the blocker names the import chain.
 * Measured on 29 November 2026.
 */
export const SIZE_CASES: readonly SizeCase[] = [
  {
    label: "evaluateMany + hopen (evaluate against HOP'EN)",
    code: `export { evaluateMany, hopen } from 'palier';`,
    target: 25_000,
    budget: 30_000, // measured 29.5 kB; 23.5 kB without the registry
    blocker: registry(ENGINE_CHAIN),
  },
  {
    label: 'engine alone (compileProgramme + evaluateMany, no catalogue)',
    code: `export { compileProgramme, evaluateMany } from 'palier';`,
    target: 12_000,
    budget: 15_500, // measured 14.8 kB; 8.8 kB without the registry
    blocker: registry(ENGINE_CHAIN),
  },
  {
    label: 'parseFiness alone',
    code: `export { parseFiness } from 'palier';`,
    target: 3_000,
    budget: 8_500, // measured 7.9 kB
    blocker: registry('parseFiness → actors/finess.js'),
  },
  {
    label: 'whole main entry',
    code: `export * from 'palier';`,
    budget: 102_000, // measured 97.2 kB
  },
];

/**
 * Replaces `dist/esm/<module>` of palier by an empty CommonJS module, whose named imports bundle as
 * `undefined` (plus esbuild's small CommonJS wrapper, about 0.1 kB).
 */
function stub(module: string): Plugin {
  const filter = new RegExp(`palier/dist/esm/${module.replace(/[.]/g, '\\.')}$`);
  return {
    name: 'stub',
    setup(b) {
      b.onLoad({ filter }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
    },
  };
}

async function bundle(dir: string, entry: string, plugins: Plugin[]) {
  return build({
    entryPoints: [entry],
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
}

/**
 * Bundles `c.code` from the project `dir` (where palier is installed) and measures it (and, when the case has a
 * blocker, measures it again without the blocking module); throws if the bundle pulls in zod (which belongs to
 * `palier/schemas`).
 *
 * @example
 * const figure = await measure(dir, SIZE_CASES[0]!);
 */
export async function measure(dir: string, c: SizeCase): Promise<SizeFigure> {
  const entry = join(dir, `size-${SIZE_CASES.indexOf(c)}.mjs`);
  writeFileSync(entry, `${c.code}\n`);
  const result = await bundle(dir, entry, []);
  const zod = Object.keys(result.metafile.inputs).find((i) => i.includes('node_modules/zod/'));
  if (zod !== undefined) throw new Error(`${c.label} pulls in zod: ${zod}`);
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const largest = Object.entries(output?.inputs ?? {})
    .map(([path, i]) => [path.replace(/^.*node_modules\//, ''), i.bytesInOutput] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  const figure = { minified: code.length, gzipped: gzipSync(code).length, largest };
  if (c.blocker === undefined) return figure;
  const without = await bundle(dir, entry, [stub(c.blocker.module)]);
  return { ...figure, withoutBlocker: gzipSync(without.outputFiles[0]?.contents ?? new Uint8Array()).length };
}
