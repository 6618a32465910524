import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISSUE_MESSAGES } from '../../src/core/messages.js';
import { readEstablishments } from '../../src/node/io/read-establishments.js';
import { readReferential } from '../../src/node/io/referential-csv.js';
import { run } from './fake-io.js';

const HEADER = 'finess,period_start,period_end,indicator,value,numerator,denominator,na_reason';

describe('a malformed CSV row shows invalid, not missing', () => {
  const csv = [
    HEADER,
    '750712184,2021-01-01,2021-03-31,D2.2,,4899,5000,',
    '750712184,2021-01-01,2021-03-31,P2.1,"oui"x,,,',
    '750712184,2021-01-01,2021-03-31,D2.5,97,5,,',
  ].join('\n');

  it('its indicator is invalid in every format, the row counted invalid, its problem said once', async () => {
    const out = await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', 'csv'], {
      files: { 'd.csv': csv },
    });
    expect(out.code).toBe(3);
    const p21 = out.stdout.split('\r\n').find((l) => l.includes(',P2.1,'));
    expect(p21).toContain(',P2.1,invalid,malformed-value,');
    expect(out.stdout).toContain(',D2.5,invalid,');
    expect(out.stderr.match(/csv-text-after-quote/g)).toHaveLength(1);
    expect(out.stderr).toContain('d.csv: 3 rows read, 1 valid, 2 invalid (2 errors, 0 warnings)');
    const json = JSON.parse(
      (
        await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', 'json'], {
          files: { 'd.csv': csv },
        })
      ).stdout,
    );
    const p2 = json.evaluations[0].prerequisites.find((r: { code: string }) => r.code === 'P2');
    expect(p2.indicators.find((i: { code: string }) => i.code === 'P2.1').status).toBe('invalid');
    const table = await run(['evaluate', 'd.csv', '--as-of', '2022-01-01'], { files: { 'd.csv': csv } });
    expect(table.stdout).toContain('2 missing, 0 unknown, 2 invalid');
  });

  it('a malformed row of an indicator the programme does not know changes nothing else', async () => {
    const bad = [
      HEADER,
      '750712184,2021-01-01,2021-03-31,D2.2,,4899,5000,',
      '750712184,2021-01-01,2021-03-31,"ZZ"x,1,,,',
    ];
    const out = await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', 'json'], {
      files: { 'd.csv': bad.join('\n') },
    });
    expect(JSON.parse(out.stdout).summary.indicators.invalid).toBe(0);
  });
});

describe('every issue of the readers and the CLI comes from the registry', () => {
  it('establishments, referential, GHT list and FINESS extract problems carry registry codes', async () => {
    const codes = new Set<string>();
    const est = readEstablishments(
      'finess;name;status;activities;level\n123;X;martian;ZZZ;galaxy\n"750712184"x;Y;public;MCO;ej\n',
      'e.csv',
    );
    for (const p of est.problems) codes.add(p.issue.code);
    for (const p of readReferential('', 'r.csv').problems) codes.add(p.issue.code);
    for (const p of readReferential('a,b\n"x"y,1\n', 'r.csv').problems) codes.add(p.issue.code);
    const ght = await run(['import', 'ght', 'g.csv'], { files: { 'g.csv': '' } });
    expect(ght.stderr).toContain('[empty-input]');
    const extract = await run(['import', 'finess', 'et.csv'], {
      files: { 'et.csv': 'structureet;"01"x;\n' },
    });
    for (const m of `${ght.stderr}${extract.stderr}`.matchAll(/\[([a-z0-9-]+)\]/g)) codes.add(m[1]!);
    expect(codes.size).toBeGreaterThan(4);
    for (const code of codes) expect(Object.hasOwn(ISSUE_MESSAGES, code), code).toBe(true);
  });

  it('no reader or command writes an issue by hand (code and message literals)', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('src/node');
    files.splice(files.indexOf(join('src/node/io/problem.ts')), 1); // the deprecated helper itself
    const offenders = files.filter((f) => {
      const text = readFileSync(f, 'utf8');
      return (
        /issue: \{\s*code:/.test(text) ||
        /\bproblem\(\{ file/.test(text) ||
        /[^.]\bproblem\(\s*at\(/.test(text)
      );
    });
    expect(offenders).toEqual([]);
  });
});

describe('each problem is said once', () => {
  it('a programme-version mismatch seen by the reader and the evaluation is printed and counted once', async () => {
    const csv = `${HEADER},version\n750712184,2021-01-01,2021-03-31,D2.2,,4899,5000,,2019.1+x\n`;
    for (const format of ['csv', 'json', 'table']) {
      const r = await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', format], {
        files: { 'd.csv': csv },
      });
      expect(r.stderr.match(/programme-version-mismatch/g), format).toHaveLength(1);
      expect(r.stderr).toContain('(0 errors, 1 warning)');
    }
    const json = JSON.parse(
      (
        await run(['evaluate', 'd.csv', '--as-of', '2022-01-01', '--format', 'json'], {
          files: { 'd.csv': csv },
        })
      ).stdout,
    );
    expect(json.problems).toHaveLength(1);
  });
});
