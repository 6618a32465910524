import { describe, expect, it } from 'vitest';
import { exampleData } from '../../src/node/example/index.js';
import { declarationsToCsv, establishmentsToCsv } from '../../src/node/io/write-csv.js';
import { escapeMarkdown } from '../../src/node/report/markdown.js';
import { guardTerminal, visible } from '../../src/node/report/safe-text.js';
import { useColour } from '../../src/node/report/style.js';
import { programmeToJson } from '../../src/programme/json.js';
import { run } from './fake-io.js';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: palier's own colours.
const OWN_SGR = /\u001b\[(?:0|1|2|22|31|32|33|39)m/g;

const HOSTILE = 'CHU\u001b[2J\u001b]0;pwned\u0007\u009b31m\u202Egnp.exe\r✓ all rows valid';

describe('visible and guardTerminal', () => {
  it('shows C0, DEL, C1 and bidi overrides as escapes, keeps tab, newline and all other text', () => {
    expect(visible('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(visible('\u0000\u0007\u0008\r\u007f\u0085\u009b')).toBe('\\x00\\x07\\x08\\x0d\\x7f\\x85\\x9b');
    expect(visible('\u202Eabc\u2066')).toBe('\\u202eabc\\u2066');
    expect(visible('Hôpital\tA\nB — œ € « »')).toBe('Hôpital\tA\nB — œ € « »');
    expect(RAW_CONTROL.test(visible(HOSTILE))).toBe(false);
  });

  it("lets palier's own colours and line erase through, nothing else", () => {
    const own = '\u001b[1mtitle\u001b[22m \u001b[31mred\u001b[39m';
    expect(guardTerminal(own)).toBe(own);
    expect(guardTerminal('\r\u001b[2K')).toBe('\r\u001b[2K');
    expect(guardTerminal('x\ry')).toBe('x\\x0dy');
    expect(guardTerminal('\u001b]0;t\u0007 \u001b[2J \u001b[38;5;1m')).toBe(
      '\\x1b]0;t\\x07 \\x1b[2J \\x1b[38;5;1m',
    );
  });
});

describe('terminal output from hostile files', () => {
  const data = exampleData();
  const establishments = data.establishments.map((e, i) => (i === 0 ? { ...e, name: HOSTILE } : e));
  const files = {
    'd.csv': `${declarationsToCsv(data.declarations)}630990018,legal-entity,hopen,2019.1+example,2020-10-01,2020-12-31,P2.1,${'\u001b[2Jnon'},,,\n`,
    'e.csv': establishmentsToCsv(establishments),
    'p.json': programmeToJson(data.programme),
  };
  const argv = [
    'evaluate',
    'd.csv',
    '--establishments',
    'e.csv',
    '--programme',
    'p.json',
    '--as-of',
    '2022-01-31',
  ];

  it('never writes a raw control character from the input, to a pipe', async () => {
    const r = await run(argv, { files });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('CHU\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202egnp.exe\\x0d✓ all rows valid');
    expect(RAW_CONTROL.test(r.stdout)).toBe(false);
    expect(r.stderr).toContain('\\x1b[2Jnon');
    expect(RAW_CONTROL.test(r.stderr)).toBe(false);
  });

  it('never writes a raw control character from the input, to a colour terminal', async () => {
    const r = await run(argv, { files, tty: true });
    expect(r.stdout).toMatch(OWN_SGR);
    expect(RAW_CONTROL.test(r.stdout.replace(OWN_SGR, ''))).toBe(false);
    expect(RAW_CONTROL.test(r.stderr.replace(OWN_SGR, ''))).toBe(false);
  });

  it('guards Markdown and CSV printed on a terminal, but keeps files exact', async () => {
    for (const format of ['md', 'csv']) {
      const tty = await run([...argv, '--format', format], { files, tty: true });
      expect(RAW_CONTROL.test(tty.stdout.replace(OWN_SGR, ''))).toBe(false);
      const file = await run([...argv, '--format', format, '--out', 'r.out'], { files, tty: true });
      expect(file.files.get('r.out')).toContain('\u001b');
    }
  });

  it('escapes an unknown command and a file name shown on standard error', async () => {
    const r = await run(['evalu\u001b[2Jate']);
    expect(r.stderr).toContain('evalu\\x1b[2Jate');
    expect(RAW_CONTROL.test(r.stderr)).toBe(false);
    const missing = await run(['evaluate', 'x\u001b]0;t\u0007.csv']);
    expect(missing.code).toBe(4);
    expect(RAW_CONTROL.test(missing.stderr)).toBe(false);
  });
});

describe('Markdown output escapes every field from input or a programme file', () => {
  const data = exampleData();
  const version = '2019.1<img src=x onerror=alert(1)>';
  const programme = JSON.parse(programmeToJson(data.programme)) as Record<string, unknown>;
  programme.version = version;
  programme.id = 'hopen<script>x</script>';
  const csv = declarationsToCsv(data.declarations)
    .replaceAll('2019.1+example', version)
    .replaceAll(',hopen,', ',hopen<script>x</script>,');
  const files = { 'd.csv': csv, 'p.json': JSON.stringify(programme) };

  it('in the evaluation report', async () => {
    const r = await run(
      ['evaluate', 'd.csv', '--programme', 'p.json', '--as-of', '2022-01-31', '--format', 'md'],
      { files },
    );
    expect(r.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(r.stdout).not.toMatch(/<img|<script/);
  });

  it('in the catalogue', async () => {
    const r = await run(['catalogue', '--programme', 'p.json', '--format', 'md'], { files });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('&lt;script&gt;');
    expect(r.stdout).not.toMatch(/<img|<script/);
  });

  it('escapes headings, code spans and line separators too', () => {
    expect(escapeMarkdown('# title `code` a\u2028b')).toBe('\\# title \\`code\\` a b');
  });
});

describe('colours', () => {
  it('FORCE_COLOR=0 or false turns colours off, even on a terminal', async () => {
    expect(useColour({ isTty: true, env: { FORCE_COLOR: '0' } })).toBe(false);
    expect(useColour({ isTty: false, env: { FORCE_COLOR: 'false' } })).toBe(false);
    expect(useColour({ isTty: false, env: { FORCE_COLOR: '1' } })).toBe(true);
    expect(useColour({ isTty: true, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).toBe(false);
    const r = await run(['demo'], { tty: true, env: { FORCE_COLOR: '0' } });
    expect(r.stdout).not.toContain('\u001b[');
  });
});
