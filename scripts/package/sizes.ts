/**
 * Size budgets of the published files, measured as a user's bundler sees them: each case is a small module
 * written in a project where the packed tarball is installed, bundled by esbuild (browser, ESM, minified,
 * with its dependencies) and gzipped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** One import a user might write, with its budget in bytes (minified and gzipped; 1 kB = 1,000 B). */
export interface SizeCase {
  readonly label: string;
  /** The module the user writes, importing from `palier`. */
  readonly code: string;
  /** The limit enforced: the target of issue 13, or the measured size plus about 5 % where it has none. */
  readonly budget: number;
  /** Packages the case must not pull in (its functions do not need them). */
  readonly without?: readonly string[];
}

/** What a case measured. */
export interface SizeFigure {
  readonly minified: number;
  readonly gzipped: number;
  /** The largest inputs of the bundle (bytes of minified output each contributes). */
  readonly largest: readonly (readonly [string, number])[];
}

/**
 * The budgets: the targets of issue 13 (`evaluateMany` + `hopen` ≤ 25 kB, the engine alone without the catalogue
 * ≤ 12 kB, `parseFiness` alone ≤ 3 kB); the whole main entry and the whole `palier/money` entry are reported with
 * a budget of their measured size plus about 5 %. The targets hold because the build keeps one output module per
 * source module and the issue-code registry is one module per group (`core/messages/<group>.js`), each imported by
 * the code that raises its codes. Measured on 29 November 2026: 24.4 kB, 9.7 kB, 2.0 kB and 94.8 kB right after
 * the split; 23.5 kB, 8.7 kB, 2.1 kB and 68.7 kB once the compact engine and the curated main entry landed; the
 * main entry 56.1 kB (no decimal.js any more) and `palier/money` 16.8 kB once money moved to its own entry;
 * 24.96 kB, 10.1 kB, 2.84 kB, 57.1 kB and 17.4 kB on 30 November once every PalierError named the argument at
 * fault (the fault finding is in every bundle).
 */
export const SIZE_CASES: readonly SizeCase[] = [
  {
    label: "evaluateMany + hopen (evaluate against HOP'EN)",
    code: `export { evaluateMany, hopen } from 'palier';`,
    budget: 25_000,
    without: ['zod', 'decimal.js', 'date-fns'],
  },
  {
    label: 'engine alone (compileProgramme + evaluateMany, no catalogue)',
    code: `export { compileProgramme, evaluateMany } from 'palier';`,
    budget: 12_000,
    without: ['zod', 'decimal.js', 'date-fns'],
  },
  {
    label: 'parseFiness alone',
    code: `export { parseFiness } from 'palier';`,
    budget: 3_000,
    without: ['zod', 'decimal.js', 'date-fns'],
  },
  {
    label: 'whole main entry',
    code: `export * from 'palier';`,
    budget: 59_000,
    without: ['zod', 'decimal.js'],
  },
  {
    label: 'whole palier/money entry',
    code: `export * from 'palier/money';`,
    budget: 17_700,
    without: ['zod', 'date-fns'],
  },
];

async function bundle(dir: string, entry: string) {
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
  });
}

/**
 * Bundles `c.code` from the project `dir` (where palier is installed) and measures it; throws if the bundle pulls
 * in a package the case must not (zod belongs to `palier/schemas`; the evaluation path needs neither decimal.js
 * nor date-fns).
 *
 * @example
 * const figure = await measure(dir, SIZE_CASES[0]!);
 */
export async function measure(dir: string, c: SizeCase): Promise<SizeFigure> {
  const entry = join(dir, `size-${SIZE_CASES.indexOf(c)}.mjs`);
  writeFileSync(entry, `${c.code}\n`);
  const result = await bundle(dir, entry);
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {});
  for (const name of c.without ?? []) {
    const found = inputs.find(([path, i]) => path.includes(`node_modules/${name}/`) && i.bytesInOutput > 0);
    if (found !== undefined) throw new Error(`${c.label} pulls in ${name}: ${found[0]}`);
  }
  const largest = inputs
    .map(([path, i]) => [path.replace(/^.*node_modules\//, ''), i.bytesInOutput] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  return { minified: code.length, gzipped: gzipSync(code).length, largest };
}
