import { describe, expect, it } from 'vitest';
import { COMMAND_HELP } from '../../src/node/cli/help.js';
import { exampleData } from '../../src/node/example/index.js';
import { declarationsToCsv, establishmentsToCsv } from '../../src/node/io/write-csv.js';
import { hopen } from '../../src/programmes/index.js';
import { run } from './fake-io.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for ANSI escapes.
const ANSI = /\u001b\[/;
const HEADER = 'finess,period_start,period_end,indicator,value,numerator,denominator,na_reason';

describe('palier (general)', () => {
  it('prints help and the version with exit 0', async () => {
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    for (const name of Object.keys(COMMAND_HELP)) expect(help.stdout).toContain(name);
    expect(help.stdout).toContain('Exit codes: 0 success');
    expect((await run(['--version'])).stdout).toBe('9.9.9-test\n');
  });

  it('gives every command a help text with usage, options and examples, in both languages', async () => {
    for (const name of Object.keys(COMMAND_HELP)) {
      const en = await run([name, '--help']);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain(`Usage: palier ${name}`);
      expect(en.stdout).toContain('Examples:');
      const fr = await run([name, '--help', '--lang', 'fr']);
      expect(fr.stdout).toContain('Exemples :');
    }
  });

  it('exits 2 on an unknown command, an unknown option or a bad option value', async () => {
    const unknown = await run(['evaluat']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "evaluat"');
    expect((await run(['evaluate', 'x.csv', '--fromat', 'json'])).code).toBe(2);
    expect((await run(['evaluate', 'x.csv', '--format', 'pdf'])).code).toBe(2);
    expect((await run(['evaluate', 'x.csv', '--as-of', '2021-02-30'])).code).toBe(2);
    expect((await run(['evaluate'])).code).toBe(2);
    expect((await run(['demo', '--lang', 'de'])).code).toBe(2);
    expect((await run(['evaluate', 'x.csv', '--programme', 'hopital2012'])).code).toBe(2);
  });

  it('takes no inherited property of an object for a programme name', async () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const r = await run(['evaluate', 'x.csv', '--programme', name]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`Unknown programme "${name}"`);
    }
    const hn = await run(['catalogue', '--format', 'json', '--programme', 'HN']);
    expect(JSON.parse(hn.stdout).programme.id).toBe('hopital-numerique');
  });

  it('exits 4 when the input file cannot be read', async () => {
    const r = await run(['evaluate', 'missing.csv']);
    expect(r.code).toBe(4);
    expect(r.stderr).toContain('missing.csv: error [file-unreadable]');
  });
});

describe('palier evaluate', () => {
  const csv = [
    HEADER,
    '750712184,2021-01-01,2021-03-31,D2.2,,4899,5000,',
    '750712184,2021-01-01,2021-03-31,P2.1,oui,,,',
    '330781196,2021-01-01,2021-03-31,D2.2,98 %,,,',
    '330781196,2021-01-01,2021-03-31,D2.5,abc,,,',
  ].join('\n');

  it('evaluates the valid rows, lists every problem with its location, and exits 3', async () => {
    const r = await run(['evaluate', 'd.csv', '--as-of', '2021-06-30'], { files: { 'd.csv': csv } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('d.csv:5:38: error [invalid-number]');
    expect(r.stderr).toContain('d.csv: 4 rows read, 3 valid, 1 invalid');
    expect(r.stdout).toContain('750712184');
    expect(r.stdout).toContain('330781196');
    expect(r.stdout).toMatch(/D2\.2 — not met: .*4,899\/5,000.*Gap: 1 more numerator unit/);
  });

  it('exits 0 on valid input and reads standard input with -', async () => {
    const r = await run(['evaluate', '-', '--as-of', '2021-06-30', '--format', 'json'], {
      stdin: `${HEADER}\n750712184,2021-01-01,2021-03-31,P2.1,oui,,,\n`,
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.input).toEqual({ unit: 'rows', read: 1, valid: 1, invalid: 0 });
    expect(out.evaluations[0].finess).toBe('750712184');
    expect(out.asOf).toBe('2021-06-30');
  });

  it('defaults --as-of to today (Paris) as the CLI sees it', async () => {
    const r = await run(['evaluate', '-', '--format', 'json'], {
      stdin: `${HEADER}\n750712184,2021-01-01,2021-03-31,P2.1,oui,,,\n`,
      today: '2023-03-15',
    });
    expect(JSON.parse(r.stdout).asOf).toBe('2023-03-15');
  });

  it('caps the problems shown and counts the rest', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `12345${10 + i},2021-01-01,2021-03-31,P2.1,oui,,,`);
    const r = await run(['evaluate', 'd.csv', '--max-problems', '5', '--as-of', '2021-06-30'], {
      files: { 'd.csv': [HEADER, ...rows].join('\n') },
    });
    expect(r.code).toBe(3);
    expect(r.stderr.match(/error \[invalid-finess-[a-z]+\]/g)).toHaveLength(5);
    expect(r.stderr).toContain('… and 7 more problems');
  });

  it('writes the report to --out and uses the establishments file for names and applicability', async () => {
    const data = exampleData();
    const files = {
      'd.csv': declarationsToCsv(data.declarations),
      'e.csv': establishmentsToCsv(data.establishments),
      'p.json': JSON.stringify(data.programme),
    };
    const r = await run(
      [
        'evaluate',
        'd.csv',
        '--establishments',
        'e.csv',
        '--programme',
        'p.json',
        '--as-of',
        '2022-01-31',
        '--format',
        'html',
        '--out',
        'r.html',
      ],
      { files },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const html = r.files.get('r.html') ?? '';
    expect(html).toContain('HAD Exemple (exemple)');
    expect(html).toContain('data-kpi="evaluations">27<');
  });
});

describe('colours', () => {
  it('colours a terminal, never with NO_COLOR, never when piped', async () => {
    expect((await run(['demo'], { tty: true })).stdout).toMatch(ANSI);
    expect((await run(['demo'], { tty: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await run(['demo'], { tty: false })).stdout).not.toMatch(ANSI);
  });
});

describe('palier demo', () => {
  it('prints a report showing met, not met, not applicable, missing and unknown results, with explanations', async () => {
    const r = await run(['demo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Fictional example data');
    expect(r.stdout).toMatch(
      /Indicators: [1-9]\d* met, [1-9]\d* not met, [1-9]\d* not applicable, [1-9]\d* missing, [1-9]\d* unknown/,
    );
    expect(r.stdout).toContain('D3.5 — not met');
    expect(r.stdout).toContain('D3.5 — missing');
    expect(r.stdout).toContain('D7.EX — unknown');
    expect(r.stdout).toContain('GHT Exemple (exemple) (EX-01)');
    expect(r.stdout).toContain('as of 31 January 2022');
  });

  it('speaks French with --lang fr', async () => {
    const r = await run(['demo', '--lang', 'fr']);
    expect(r.stdout).toContain('Données d’exemple fictives');
    expect(r.stdout).toContain('sans objet');
  });

  it('exports the example inputs, which evaluate back to the same report', async () => {
    const exported = await run(['demo', '--export', 'ex']);
    expect([...exported.files.keys()].sort()).toEqual([
      'ex/declarations.csv',
      'ex/establishments.csv',
      'ex/programme.json',
    ]);
    const files = Object.fromEntries(exported.files);
    const evaluated = await run(
      [
        'evaluate',
        'ex/declarations.csv',
        '--establishments',
        'ex/establishments.csv',
        '--programme',
        'ex/programme.json',
        '--as-of',
        '2022-01-31',
        '--format',
        'json',
      ],
      { files },
    );
    const demo = await run(['demo', '--format', 'json']);
    expect(evaluated.code).toBe(0);
    expect(JSON.parse(evaluated.stdout).summary).toEqual(JSON.parse(demo.stdout).summary);
  });
});

describe('palier validate, catalogue, requirements, schema', () => {
  it('validate reports problems without evaluating, exit 3, or 0 when clean', async () => {
    const bad = await run(['validate', 'd.csv'], {
      files: { 'd.csv': `${HEADER}\n750712184,2021-01-01,2021-03-31,Q1,oui,,,\n` },
    });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('d.csv:2:33: error [unknown-indicator]');
    const good = await run(['validate', 'e.csv', '--kind', 'establishments'], {
      files: { 'e.csv': establishmentsToCsv(exampleData().establishments) },
    });
    expect(good.code).toBe(0);
    expect(good.stderr).toContain('9 rows read, 9 valid, 0 invalid');
  });

  it('catalogue prints the programme with its unverified facts', async () => {
    const r = await run(['catalogue']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('D2.2');
    expect(r.stdout).toContain('≥ 98 % [confirmed]');
    expect(r.stdout).toMatch(/Unverified facts \(\d+\)/);
    const json = JSON.parse((await run(['catalogue', '--format', 'json', '--programme', 'hn'])).stdout);
    expect(json.programme.id).toBe('hopital-numerique');
    expect(json.unverifiedFacts.length).toBeGreaterThan(0);
  });

  it('requirements lists what an HAD declares and what does not concern it', async () => {
    const r = await run(['requirements', '--activities', 'HAD', '--format', 'json']);
    const list = JSON.parse(r.stdout);
    expect(list.notConcerned.map((n: { code: string }) => n.code)).toContain('D2.5');
    expect(list.indicators.map((i: { code: string }) => i.code)).toContain('D2.2');
    expect((await run(['requirements', '--activities', 'XYZ'])).code).toBe(2);
  });

  it('schema lists and writes the JSON Schemas', async () => {
    const list = await run(['schema', '--list']);
    expect(list.stdout.split('\n')).toEqual(
      expect.arrayContaining(['declaration', 'establishment', 'programme']),
    );
    const one = JSON.parse((await run(['schema', 'declaration'])).stdout);
    expect(one.type).toBe('object');
    expect((await run(['schema', 'nope'])).code).toBe(2);
  });

  it('reads a programme definition file and reports its problems by path', async () => {
    const r = await run(['catalogue', '--programme', 'bad.json'], {
      files: { 'bad.json': JSON.stringify({ ...JSON.parse(JSON.stringify(hopen)), version: 3 }) },
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('bad.json: version: error');
  });

  it('says the load-time warnings of a programme file once, located in it, and still runs', async () => {
    const p = JSON.parse(JSON.stringify(hopen));
    // a prerequisite's indicator given a usage target instead of an eligibility threshold
    const prerequisite = p.prerequisites.find((r: { code: string }) => r.code === 'P2').indicators[0];
    expect(prerequisite.eligibility).toBeUndefined();
    prerequisite.target = {
      comparator: 'equal',
      value: true,
      inclusive: true,
      provenance: { source: 'test', status: 'reported' },
    };
    const r = await run(['catalogue', '--programme', 'p.json'], { files: { 'p.json': JSON.stringify(p) } });
    expect(r.code).toBe(0);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('[threshold-in-other-role]'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^p\.json: prerequisites\[\d+\]\.indicators\[\d+\]\.target: warning/);
  });
});
