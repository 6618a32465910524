import { spawn } from 'node:child_process';
import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issue } from '../../src/core/messages.js';
import { oneOf, parseCommandArgs } from '../../src/node/cli/args.js';
import { EXIT, exitCodeOf } from '../../src/node/cli/exit-codes.js';
import { runCli } from '../../src/node/cli/main.js';
import { nodeIo } from '../../src/node/cli/node-io.js';
import { exampleData } from '../../src/node/example/index.js';
import { declarationsToCsv, establishmentsToCsv } from '../../src/node/io/write-csv.js';
import { programmeToJson } from '../../src/programme/json.js';
import { run } from './fake-io.js';

const SPEC = { format: { type: 'string' }, list: { type: 'boolean' } } as const;

describe('the argument parser speaks palier', () => {
  it('reads --name value, --name=value, booleans, - and everything after --', () => {
    const r = parseCommandArgs(['a.csv', '--format', 'json', '--list', '-', '--', '--x'], SPEC);
    expect(r).toEqual({
      ok: true,
      value: { values: { format: 'json', list: true }, positionals: ['a.csv', '-', '--x'] },
      issues: [],
    });
    const eq = parseCommandArgs(['--format=-odd', '-h'], SPEC);
    expect(eq.ok && eq.value.values).toEqual({ format: '-odd', help: true });
  });

  it('reports every unknown option, missing value and unexpected value with its own bilingual message', () => {
    const r = parseCommandArgs(['--fromat', 'json', '--list=yes', '--format'], SPEC);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual([
      'cli-unknown-option',
      'cli-unexpected-value',
      'cli-missing-value',
    ]);
    expect(r.issues[0]!.message.en).toContain('did you mean --format?');
    expect(r.issues[0]!.message.fr).toContain('vouliez-vous dire --format ?');
    expect(exitCodeOf(r.issues)).toBe(EXIT.usage);
  });

  it('never takes an option for a value, nor __proto__ for an option', () => {
    const r = parseCommandArgs(['--format', '--list', '--__proto__', 'x'], SPEC);
    expect(r.issues.map((i) => i.code)).toEqual(['cli-missing-value', 'cli-unknown-option']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('has no raw Node parser text in what the user sees', async () => {
    const r = await run(['evaluate', 'x.csv', '--fromat', 'json', '--out']);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|To specify a positional argument|argument missing/);
    expect(r.stderr).toContain('Unknown option --fromat; did you mean --format?');
    expect(r.stderr).toContain('Option --out needs a value');
    const fr = await run(['evaluate', 'x.csv', '--fromat', 'json', '--lang', 'fr']);
    expect(fr.stderr).toContain('Option inconnue --fromat ; vouliez-vous dire --format ?');
  });
});

describe('option readers return a Result, made an exit code in one place', () => {
  it('oneOf names the allowed words', () => {
    expect(oneOf(undefined, ['a', 'b'], 'a', '--x')).toEqual({ ok: true, value: 'a', issues: [] });
    const bad = oneOf('c', ['a', 'b'], 'a', '--x');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]!.message.en).toBe('--x expects a, b; received "c".');
  });

  it('exitCodeOf: io beats usage beats invalid input; warnings alone are success', () => {
    const usage = issue('cli-extra-argument', { argument: 'x' });
    const io = issue('file-unreadable', { detail: 'ENOENT' });
    const input = issue('invalid-json', { detail: 'x' });
    expect(exitCodeOf([])).toBe(EXIT.ok);
    expect(exitCodeOf([{ ...input, severity: 'warning' }])).toBe(EXIT.ok);
    expect(exitCodeOf([usage])).toBe(EXIT.usage);
    expect(exitCodeOf([usage, input])).toBe(EXIT.invalidInput);
    expect(exitCodeOf([usage, input, io])).toBe(EXIT.io);
  });

  it('--as-of and every date option say why a date is impossible, in French and English', async () => {
    const fr = await run(['evaluate', 'x.csv', '--as-of', '2021-02-30', '--lang', 'fr']);
    expect(fr.code).toBe(2);
    expect(fr.stderr).toContain('février 2021 n’a que 28 jours');
    const en = await run(['demo', '--as-of', '2021-02-30']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('February 2021 has only 28 days');
    const funding = await run(['funding', 'c.json', '--as-of', '2021-6-1']);
    expect(funding.code).toBe(2);
    expect(funding.stderr).toContain('expected YYYY-MM-DD');
  });

  it('reports every bad option at once', async () => {
    const r = await run([
      'evaluate',
      'x.csv',
      'y.csv',
      '--format',
      'pdf',
      '--max-problems=-1x',
      '--as-of',
      '2021-13-01',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unexpected argument: y.csv');
    expect(r.stderr).toContain('--format expects table, json, csv, md, html; received "pdf"');
    expect(r.stderr).toContain('--max-problems expects a whole number ≥ 0; received "-1x"');
    expect(r.stderr).toContain('no month 13');
  });

  it('an invalid programme file exits 3, an unreadable one 4, an unknown name 2', async () => {
    expect(
      (await run(['catalogue', '--programme', 'p.json'], { files: { 'p.json': '{"id":1}' } })).code,
    ).toBe(3);
    expect((await run(['catalogue', '--programme', 'p.json'], { files: { 'p.json': '{' } })).code).toBe(3);
    expect((await run(['catalogue', '--programme', 'missing.json'])).code).toBe(4);
    expect((await run(['catalogue', '--programme', 'hopital2012'])).code).toBe(2);
  });
});

describe('--out', () => {
  const files = { 'd.csv': declarationsToCsv(exampleData().declarations) };

  it('is refused when it names an input file, and the input is left as it was', async () => {
    for (const out of ['d.csv', './d.csv', 'sub/../d.csv']) {
      const r = await run(['evaluate', 'd.csv', '--out', out, '--as-of', '2022-01-31'], { files });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is the input file d.csv');
      expect(r.files.size).toBe(0);
    }
    const e = await run(['evaluate', 'd.csv', '--establishments', 'e.csv', '--out', 'e.csv'], { files });
    expect(e.code).toBe(2);
  });

  it('is refused through a symbolic link, on the real file system', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'palier-out-'));
    const input = join(dir, 'd.csv');
    await writeFile(input, files['d.csv']);
    await symlink(input, join(dir, 'link.csv'));
    let stderr = '';
    const io = {
      ...nodeIo(),
      stderr: {
        write: (s: string) => {
          stderr += s;
        },
      },
    };
    const code = await runCli(['evaluate', input, '--out', join(dir, 'link.csv')], io, { version: 't' });
    expect(code).toBe(2);
    expect(stderr).toContain('is the input file');
  });
});

describe('failures', () => {
  it('an unexpected error is one line and exit 1; the stack only with --debug', async () => {
    const boom = {
      today: () => {
        throw new TypeError('boom\n    at secret (file.ts:1:1)');
      },
    };
    const plain = await runWith(['evaluate', 'x.csv'], boom);
    expect(plain.code).toBe(1);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(plain.stderr).toContain(
      'internal error (please report it; --debug shows the details): TypeError: boom',
    );
    expect(plain.stderr).not.toContain('    at ');
    const debug = await runWith(['evaluate', 'x.csv', '--debug'], boom);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toContain('    at ');
  });

  it('help on a prototype key is the general help, not a crash', async () => {
    for (const topic of ['__proto__', 'constructor', 'toString']) {
      const r = await run(['help', topic]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Usage: palier <command>');
    }
  });

  it('a file that cannot be written is exit 4 with a located problem, never an internal error', async () => {
    const failing = {
      writeFile: async () => {
        throw new Error('EACCES: permission denied');
      },
    };
    const demo = await runWith(['demo', '--export', '/root/x'], failing);
    expect(demo.code).toBe(4);
    expect(demo.stderr).toContain('/root/x/declarations.csv: error [file-unwritable]');
    const out = await runWith(['demo', '--out', '/root/r.txt'], failing);
    expect(out.code).toBe(4);
    expect(out.stderr).toContain('[file-unwritable] Cannot write /root/r.txt: permission denied (EACCES)');
  });

  it('each warning is printed once when --establishments is given', async () => {
    const data = exampleData();
    const r = await run(
      ['evaluate', 'd.csv', '--establishments', 'e.csv', '--programme', 'p.json', '--as-of', '2022-01-31'],
      {
        files: {
          'd.csv': declarationsToCsv(data.declarations),
          'e.csv': establishmentsToCsv(data.establishments),
          'p.json': programmeToJson(data.programme),
        },
      },
    );
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning ['));
    expect(warnings.length).toBeGreaterThan(0);
    expect(new Set(warnings).size).toBe(warnings.length);
  });

  it('a closed pipe (palier demo | head -c 100) ends quietly with the status of the work done', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/node/cli.ts', 'demo', '--format', 'json'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

async function runWith(
  argv: string[],
  overrides: Partial<Parameters<typeof runCli>[1]>,
): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io = {
    stdout: { write: () => {} },
    stderr: {
      write: (s: string) => {
        stderr += s;
      },
    },
    readStdin: async () => new Uint8Array(),
    env: {},
    readFile: async () => new Uint8Array(),
    writeFile: async () => {},
    today: () => '2022-01-31',
    ...overrides,
  };
  const code = await runCli(argv, io, { version: 't' });
  return { code, stderr };
}
