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
  'palier/programme': 'withOverrides',
  'palier/money': 'parseMoney',
  'palier/funding': 'scheduleTranches',
  'palier/action-plan': 'planProgress',
  'palier/dashboards': 'aggregateEvaluations',
  'palier/schemas': 'parseWith',
  'palier/node': 'runCli',
} as const;

/**
 * A script that loads every entry with `load`, checks its probe and one money sum (`palier/money`), and prints
 * the sorted export names as JSON.
 */
function script(load: (entry: string, v: string) => string): string {
  const lines = Object.entries(PROBES).map(([entry, name], i) => {
    const v = `m${i}`;
    return `${load(entry, v)}
if (typeof ${v}.${name} !== 'function') throw new Error('${entry}: ${name} missing');
names['${entry}'] = Object.keys(${v}).filter((k) => k !== 'default' && k !== '__esModule').sort();`;
  });
  // Exact money (palier/money) through decimal.js, whose CommonJS and ES builds are loaded differently.
  const m = `m${Object.keys(PROBES).indexOf('palier/money')}`;
  const money = `const sum = ${m}.toMoneyString(${m}.addMoney(${m}.money('0.10'), ${m}.money('0.20')));
if (sum !== '0.30') throw new Error('0.10 + 0.20 gave ' + sum);`;
  return `const names = {};\n${lines.join('\n')}\n${money}\nconsole.log(JSON.stringify(names));\n`;
}

/** Runs a script in `dir` and returns the export names it printed, by entry. */
function exportNames(dir: string, file: string, text: string): Record<string, string[]> {
  writeFileSync(join(dir, file), text);
  return JSON.parse(execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' }));
}

/**
 * Loads every entry from ESM and CJS in `dir` (where palier is installed), checks both give the same export
 * names, and runs `palier --version` and a real command (the demo's files exported, then evaluated); throws if
 * one fails.
 *
 * @example
 * checkRuntime(dir);
 */
export function checkRuntime(dir: string): void {
  const esm = exportNames(
    dir,
    'esm.mjs',
    script((e, v) => `const ${v} = await import('${e}');`),
  );
  const cjs = exportNames(
    dir,
    'cjs.cjs',
    script((e, v) => `const ${v} = require('${e}');`),
  );
  for (const entry of Object.keys(PROBES)) {
    const [a, b] = [esm[entry] ?? [], cjs[entry] ?? []];
    const onlyEsm = a.filter((n) => !b.includes(n));
    const onlyCjs = b.filter((n) => !a.includes(n));
    if (onlyEsm.length + onlyCjs.length > 0) {
      throw new Error(`${entry}: ESM and CJS differ (only ESM: ${onlyEsm}; only CJS: ${onlyCjs})`);
    }
    console.log(`${entry}: ${a.length} exports, the same from import and require`);
  }
  console.log('money: 0.10 + 0.20 = 0.30 from import and require');
  const version = execFileSync(join(dir, 'node_modules/.bin/palier'), ['--version'], {
    cwd: dir,
    encoding: 'utf8',
  });
  console.log(`bin: palier --version → ${version.trim()}`);
  // a real command through the installed bin: its chunks (dist/cli/) load, and iconv-lite from node_modules
  const bin = join(dir, 'node_modules/.bin/palier');
  execFileSync(bin, ['demo', '--export', 'demo'], { cwd: dir, stdio: 'ignore' });
  const report = execFileSync(
    bin,
    [
      'evaluate',
      'demo/declarations.csv',
      '--establishments',
      'demo/establishments.csv',
      '--programme',
      'demo/programme.json',
      '--as-of',
      '2022-01-31',
      '--format',
      'json',
    ],
    { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const evaluations = (JSON.parse(report) as { summary: { evaluations: number } }).summary.evaluations;
  if (!(evaluations > 0)) throw new Error('palier evaluate on the exported demo files evaluated nothing');
  console.log(`bin: palier demo --export, then palier evaluate → ${evaluations} evaluations`);
}
