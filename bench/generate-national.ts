/**
 * Writes a synthetic national input for `bench/cli.bench.ts` into `bench/out/`:
 * - `national-programme.json`: HOP'EN with 45 synthetic indicators added by `withOverrides` (labelled
 *   "palier benchmark", synthetic, not official);
 * - `national-establishments.csv`: 3,000 fictional establishments (valid FINESS keys, varied status/activity);
 * - `national.csv`: their declarations, one period, one row per indicator (≈ 135,000 rows), in the long format.
 *
 * Deterministic (a small linear congruential generator), so runs compare. Usage: `tsx bench/generate-national.ts [n]`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finessKey } from '../src/actors/finess-key.js';
import { ACTIVITIES, type Activity } from '../src/actors/types.js';
import { programmeToJson } from '../src/programme/json.js';
import { rng } from './lib.js';
import { benchmarkProgramme } from './national-programme.js';

/** Where the generated files go. */
export const OUT = join(import.meta.dirname, 'out');

/** Generates the files for `count` establishments and returns their paths and row count. */
export function generateNational(count = 3000): {
  declarations: string;
  establishments: string;
  programme: string;
  rows: number;
} {
  const random = rng(42);
  const programme = benchmarkProgramme();
  const indicators = [...programme.prerequisites, ...programme.domains].flatMap((r) => r.indicators);
  mkdirSync(OUT, { recursive: true });
  const establishments = ['finess,name,status,activities'];
  const declarations = [
    'finess,level,programme,version,period_start,period_end,indicator,value,numerator,denominator,na_reason',
  ];
  const statuses = ['public', 'private-non-profit', 'private-for-profit'];
  for (let e = 0; e < count; e++) {
    const department = String(1 + (e % 95))
      .padStart(2, '0')
      .replace(/^20$/, '21');
    const body = `${department}9${String(e).padStart(5, '0')}`;
    const finess = body + finessKey(body)!;
    const activities = ACTIVITIES.filter(
      (_, i) => (e + i) % 3 === 0 || i === e % ACTIVITIES.length,
    ) as Activity[];
    establishments.push(
      `${finess},Établissement synthétique ${e},${statuses[e % 3]},${activities.join('|')}`,
    );
    for (const ind of indicators) {
      const head = `${finess},EJ,${programme.id},${programme.version},2021-01-01,2021-03-31,${ind.code}`;
      if (ind.kind === 'yes-no') declarations.push(`${head},${random() < 0.9 ? 'oui' : 'non'},,,`);
      else if (ind.kind === 'count') declarations.push(`${head},${Math.floor(random() * 1000)},,,`);
      else if (random() < 0.03) declarations.push(`${head},,,,aucun séjour concerné`);
      else {
        const denominator = 100 + Math.floor(random() * 9900);
        const numerator = Math.floor(denominator * (0.4 + random() * 0.6));
        declarations.push(`${head},,${numerator},${denominator},`);
      }
    }
  }
  const paths = {
    declarations: join(OUT, 'national.csv'),
    establishments: join(OUT, 'national-establishments.csv'),
    programme: join(OUT, 'national-programme.json'),
  };
  writeFileSync(paths.declarations, `${declarations.join('\n')}\n`);
  writeFileSync(paths.establishments, `${establishments.join('\n')}\n`);
  writeFileSync(paths.programme, `${programmeToJson(programme)}\n`);
  return { ...paths, rows: declarations.length - 1 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = generateNational(Number(process.argv[2] ?? 3000));
  console.log(`${r.rows} rows → ${r.declarations}`);
}
