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
  readonly budget: number;
  /** Why the budget is what it is, when it is not the target (a TODO naming the import chain). */
  readonly note?: string;
}

/** What a case measured. */
export interface SizeFigure {
  readonly label: string;
  readonly minified: number;
  readonly gzipped: number;
  readonly budget: number;
  /** The largest inputs of the bundle (bytes of minified output each contributes). */
  readonly largest: readonly (readonly [string, number])[];
}

/**
 * The budgets. Targets of issue 13: `evaluateMany` + `hopen` ≤ 25 kB, the engine alone (no catalogue)
 * ≤ 12 kB, `parseFiness` alone ≤ 3 kB; the whole main entry is reported with a budget of its measured size
 * plus a small margin.
 */
export const SIZE_CASES: readonly SizeCase[] = [
  {
    label: "evaluateMany + hopen (evaluate against HOP'EN)",
    code: `export { evaluateMany, hopen } from 'palier';`,
    budget: 25_000,
  },
  {
    label: 'engine alone (compileProgramme + evaluateMany, no catalogue)',
    code: `export { compileProgramme, evaluateMany } from 'palier';`,
    budget: 12_000,
  },
  {
    label: 'parseFiness alone',
    code: `export { parseFiness } from 'palier';`,
    budget: 3_000,
  },
  {
    label: 'whole main entry',
    code: `export * from 'palier';`,
    // Measured 81.4 kB on 29 November 2026 (with the HOP'EN 2 catalogue), plus a margin of about 5 %.
    budget: 86_000,
  },
];

/**
 * Bundles `c.code` from the project `dir` (where palier is installed) and measures it; throws if the bundle
 * pulls in zod (which belongs to `palier/schemas`).
 *
 * @example
 * const figure = await measure(dir, SIZE_CASES[0]!);
 */
export async function measure(dir: string, c: SizeCase): Promise<SizeFigure> {
  const entry = join(dir, `size-${SIZE_CASES.indexOf(c)}.mjs`);
  writeFileSync(entry, `${c.code}\n`);
  const result = await build({
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
  const zod = Object.keys(result.metafile.inputs).find((i) => i.includes('node_modules/zod/'));
  if (zod !== undefined) throw new Error(`${c.label} pulls in zod: ${zod}`);
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const largest = Object.entries(output?.inputs ?? {})
    .map(([path, i]) => [path.replace(/^.*node_modules\//, ''), i.bytesInOutput] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);
  return { label: c.label, minified: code.length, gzipped: gzipSync(code).length, budget: c.budget, largest };
}
