/**
 * `palier import finess` end to end on a generated 100,000-line FINESS extract (header, 100,000 `structureet`
 * lines in the layout of the real file, about 15 % health establishments, quoted names, then geolocation lines
 * for a tenth of them): a child process per run (the built `dist/cli.js` when present, else the sources through
 * tsx), timed from spawn to exit, peak memory from `process.resourceUsage().maxRSS`. Baseline: a child process
 * that streams the same file and splits every line on `;` (the I/O floor). Runs interleaved, medians.
 * Targets: a few seconds, ≤ 200 MB RSS.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finessKey } from '../src/actors/finess-key.js';
import { child, interleave, report, rng } from './lib.js';

const root = join(import.meta.dirname, '..');
const built = join(root, 'dist', 'cli.js');
const entry = existsSync(built) ? [built] : ['--import', 'tsx', join(root, 'src', 'node', 'cli.ts')];
const LINES = 100_000;

const SANITARY = ['355', '101', '106', '109', '127', '141', '146', '292', '365', '129'];
const OTHER = ['500', '202', '207', '246', '253', '255', '377', '460', '165', '603'];
const DEPARTMENTS = [
  '01',
  '13',
  '2A',
  '2B',
  '33',
  '59',
  '69',
  '75',
  '87',
  '9A',
  '9B',
  '9C',
  '9D',
  '9F',
  '9J',
];

function generate(path: string): void {
  const random = rng(14);
  const out: string[] = ['finess;etalab;111;2026-05-12'];
  const geo: string[] = [];
  for (let i = 0; i < LINES; i++) {
    const dep = DEPARTMENTS[Math.floor(random() * DEPARTMENTS.length)]!;
    const head = dep.startsWith('9') ? (dep === '9F' || dep === '9J' ? '98' : '97') : dep;
    const body = `${head}${String(i).padStart(6, '0')}`.slice(0, 8);
    const et = body + finessKey(body)!;
    const ejBody = `${head}${String(i + 500_000).padStart(6, '0')}`.slice(0, 8);
    const ej = ejBody + finessKey(ejBody)!;
    const sanitary = random() < 0.15;
    const cat = (sanitary ? SANITARY : OTHER)[Math.floor(random() * 10)]!;
    const name = random() < 0.05 ? `"LIEU DE VIE ""ETAB ${i}"""` : `ETABLISSEMENT ${i}`;
    const sph = sanitary ? String([0, 1, 6, 7, 9][Math.floor(random() * 5)]) : '0';
    out.push(
      `structureet;${et};${ej};${name};${name};;;12;RUE;DE LA SANTE;;;101;${dep};DEPARTEMENT;00000 VILLE;0100000000;;${cat};Catégorie ${cat};${sanitary ? '1102' : '4401'};Agrégat;;8610Z;03;ARS;${sph};Libellé SPH;2000-01-01;2000-01-01;2024-01-01;`,
    );
    if (i % 10 === 0)
      geo.push(
        `geolocalisation;${et};870215.7;6571590.4;"1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93";2024-03-01`,
      );
  }
  writeFileSync(path, `${[...out, ...geo].join('\n')}\n`);
}

const BASELINE = `data:text/javascript,
import { createReadStream } from 'node:fs';
let n = 0, rest = '';
for await (const chunk of createReadStream(process.argv[1], { encoding: 'utf8', highWaterMark: 65536 })) {
  const lines = (rest + chunk).split('\\n'); rest = lines.pop();
  for (const l of lines) n += l.split(';').length;
}
process.stderr.write('fields ' + n + '\\n');`;

const dir = mkdtempSync(join(tmpdir(), 'palier-finess-'));
try {
  const file = join(dir, 'etalab-cs1100507-stock-20260512.csv');
  generate(file);
  const lines = { items: LINES + LINES / 10, unit: 'lines' };
  const [base, ...cases] = [
    {
      name: 'baseline: stream + split on ;',
      args: ['--input-type=module', '-e', BASELINE.slice('data:text/javascript,'.length), file],
    },
    {
      name: 'import finess (health establishments, csv)',
      args: [...entry, 'import', 'finess', file, '--out', join(dir, 'e.csv')],
      target: 'a few s, ≤ 200 MB',
    },
    {
      name: 'import finess --all --format ndjson',
      args: [
        ...entry,
        'import',
        'finess',
        file,
        '--all',
        '--format',
        'ndjson',
        '--out',
        join(dir, 'e.ndjson'),
      ],
      target: 'a few s, ≤ 200 MB',
    },
  ].map((c) => ({ ...c, ...lines, run: () => child(c.args, [0, 3]) }));
  const rows = await interleave({ baseline: base!, cases, rounds: 3, warmup: 0 });
  report(
    'finess-import',
    `palier import finess, generated extract (${(LINES + LINES / 10).toLocaleString('en-US')} lines, ${existsSync(built) ? 'dist/cli.js' : 'tsx'})`,
    rows,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
