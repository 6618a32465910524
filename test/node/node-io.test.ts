import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/node/cli/main.js';
import { nodeIo } from '../../src/node/cli/node-io.js';
import { run } from './fake-io.js';

const dir = mkdtempSync(join(tmpdir(), 'palier-node-io-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the real file system writer', () => {
  it('writes --out files piece by piece with exactly the text the in-memory run produces', async () => {
    for (const format of ['json', 'csv', 'md']) {
      const out = join(dir, `demo.${format}`);
      const code = await runCli(['demo', '--format', format, '--out', out, '--lang', 'en'], nodeIo(), {
        version: '9.9.9-test',
      });
      expect(code).toBe(0);
      const memory = await run(['demo', '--format', format, '--out', 'x', '--lang', 'en']);
      expect(readFileSync(out, 'utf8')).toBe(memory.files.get('x'));
    }
  });

  it('creates missing folders, and reports a file that cannot be written with its own exit code', async () => {
    const nested = join(dir, 'new', 'folder', 'x.json');
    const made = await runCli(['demo', '--format', 'json', '--out', nested], nodeIo(), {
      version: '9.9.9-test',
    });
    expect(made).toBe(0);
    expect(JSON.parse(readFileSync(nested, 'utf8')).evaluations).toHaveLength(27);
    // no folder can be made under a file
    const code = await runCli(['demo', '--format', 'json', '--out', join(nested, 'y.json')], nodeIo(), {
      version: '9.9.9-test',
    });
    expect(code).toBe(4);
  });
});
