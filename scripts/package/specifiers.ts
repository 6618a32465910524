/**
 * Relative import specifiers, checked file by file. The build emits one module per source module and keeps
 * specifiers as written, so each must name a module file with its `.js` extension (`./money/index.js`): an
 * extensionless or directory specifier, or a JSON import, would work in the sources (bundler resolution) and
 * break in the published files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const PATTERNS = [
  /\b(?:from|import)\s*["'](\.{1,2}\/[^"']*)["']/g,
  /\bimport\s*\(\s*["'](\.{1,2}\/[^"']*)["']\s*\)/g,
  /\brequire\s*\(\s*["'](\.{1,2}\/[^"']*)["']\s*\)/g,
];

/**
 * The relative specifiers (`./x.js`, `../y/z.js`) of a module's text, in `import`, `export … from`, dynamic
 * `import()` and `require()`.
 *
 * @example
 * relativeSpecifiers(`import { a } from './a.js'; export * from '../b.js'; const c = require('./c.js');`);
 * // ['./a.js', '../b.js', './c.js']
 */
export function relativeSpecifiers(code: string): string[] {
  return PATTERNS.flatMap((p) => [...code.matchAll(p)].map((m) => m[1] ?? ''));
}

/** A specifier that does not name a module file. */
export interface BrokenSpecifier {
  readonly file: string;
  readonly specifier: string;
}

/**
 * Every file under `dir` whose name ends with `suffix`, and each relative specifier in it that does not end in
 * `.js` or whose file (`.js` replaced by `target`, e.g. `.ts` in the sources) does not exist.
 *
 * @example
 * brokenSpecifiers('src', '.ts', '.ts'); // [] when every `./x.js` of src/ names an `./x.ts`
 */
export function brokenSpecifiers(
  dir: string,
  suffix: string,
  target: string,
  skip: (file: string) => boolean = () => false,
): BrokenSpecifier[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => f.endsWith(suffix) && !skip(f));
  return files.flatMap((file) =>
    relativeSpecifiers(readFileSync(file, 'utf8'))
      .filter((s) => !s.endsWith('.js') || !existsSync(join(dirname(file), `${s.slice(0, -3)}${target}`)))
      .map((specifier) => ({ file, specifier })),
  );
}
