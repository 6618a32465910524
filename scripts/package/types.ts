/**
 * The published types, compiled as strict consumers compile them: `tsc` with `skipLibCheck: false` (so every
 * declaration file of palier and of its dependencies is checked) under `module: nodenext` from an ES module
 * (`.mts`) and from a CommonJS module (`.cts`), and under `moduleResolution: bundler`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A consumer's source: it imports every entry (`palier/node` unless `browser`), makes a few calls, and checks
 * that the types it gets are not `any` (an unresolved declaration would make them so).
 */
function consumer(style: 'import' | 'require', browser = false): string {
  const shared = ['core', 'programme', 'money', 'funding', 'action-plan', 'dashboards', 'schemas'];
  const entries = browser ? shared : [...shared, 'node'];
  const specifier = (e: string): string => (e === 'core' ? 'palier' : `palier/${e}`);
  const local = (e: string): string => e.replace('-', '');
  const imports = entries.map((e) =>
    style === 'import'
      ? `import * as ${local(e)} from '${specifier(e)}';`
      : `import ${local(e)} = require('${specifier(e)}');`,
  );
  return `${imports.join('\n')}

type IsAny<T> = 0 extends 1 & T ? true : false;
type NotAny<T> = IsAny<T> extends true ? never : T;

const compiled = core.compileProgramme(core.hopen);
const finess: NotAny<ReturnType<typeof core.parseFiness>> = core.parseFiness('630990018');
const amount: NotAny<ReturnType<typeof money.money>> = money.money('0.10');
const parsed: NotAny<typeof schemas.parseDeclaration> = schemas.parseDeclaration;
const derived: NotAny<typeof programme.withOverrides> = programme.withOverrides;
const tranches: NotAny<typeof funding.scheduleTranches> = funding.scheduleTranches;
const progress: NotAny<typeof actionplan.planProgress> = actionplan.planProgress;
const aggregate: NotAny<typeof dashboards.aggregateEvaluations> = dashboards.aggregateEvaluations;
${browser ? '' : 'const run: NotAny<typeof node.runCli> = node.runCli;\n'}export const used = [compiled, finess, amount, parsed, derived, tranches, progress, aggregate${browser ? '' : ', run'}];
`;
}

/** Compiler options every consumer shares: strict, and every declaration file checked. */
const STRICT = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022' };

/** The consumers: a name, its tsconfig options and its files. */
const CONSUMERS = [
  {
    name: 'nodenext (ESM .mts and CommonJS .cts)',
    options: { module: 'nodenext', moduleResolution: 'nodenext', types: ['node'] },
    files: { 'esm.mts': consumer('import'), 'cjs.cts': consumer('require') },
  },
  {
    name: 'bundler',
    options: { module: 'esnext', moduleResolution: 'bundler', types: ['node'] },
    files: { 'bundler.ts': consumer('import') },
  },
  {
    name: 'browser (bundler, no @types/node, palier and palier/schemas)',
    options: { module: 'esnext', moduleResolution: 'bundler', lib: ['es2022', 'dom'], types: [] },
    files: { 'browser.ts': consumer('import', true) },
  },
] as const;

/**
 * Type-checks the consumers in `dir` (where palier and `@types/node` are installed) with the TypeScript
 * compiler at `tsc`; throws with the compiler's output if one fails.
 *
 * @example
 * checkTypes(dir, join(root, 'node_modules/typescript/bin/tsc'));
 */
export function checkTypes(dir: string, tsc: string): void {
  for (const [i, c] of CONSUMERS.entries()) {
    const sub = join(dir, `types-${i}`);
    mkdirSync(sub, { recursive: true });
    for (const [file, text] of Object.entries(c.files)) writeFileSync(join(sub, file), text);
    const config = {
      compilerOptions: { ...STRICT, ...c.options, typeRoots: [join(dir, 'node_modules/@types')] },
      files: Object.keys(c.files),
    };
    writeFileSync(join(sub, 'tsconfig.json'), `${JSON.stringify(config, null, 2)}\n`);
    try {
      execFileSync(process.execPath, [tsc, '-p', sub], { cwd: sub, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const out = (error as { stdout?: string }).stdout ?? String(error);
      throw new Error(`the published types fail for a ${c.name} consumer:\n${out}`);
    }
    console.log(`types ok: ${c.name} consumer, skipLibCheck false`);
  }
}
