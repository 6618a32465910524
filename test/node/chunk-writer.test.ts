/**
 * `writeChunks` encodes pieces of text straight into one reused buffer and writes it when the next piece might
 * not fit: the file must hold exactly the UTF-8 of the pieces joined, whatever their sizes and characters.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChunks } from '../../src/node/cli/chunk-writer.js';
import { params, RUNS } from '../fuzz/harness.js';

const dir = mkdtempSync(join(tmpdir(), 'palier-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function written(chunks: Iterable<string> | AsyncIterable<string>): Promise<Buffer> {
  const path = join(dir, 'out.txt');
  const file = await open(path, 'w');
  try {
    await writeChunks(file, chunks);
  } finally {
    await file.close();
  }
  return readFileSync(path);
}

describe('writeChunks', () => {
  it('writes the UTF-8 of the pieces joined: accents, typographic quotes, astral characters, empty pieces', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 60 }),
        async (pieces) => {
          expect((await written(pieces)).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
        },
      ),
      params(RUNS.heavy),
    );
  });

  it('across the buffer: pieces filling more than a megabyte, and one piece larger than the buffer', async () => {
    const line = 'Établissement synthétique, palier’s “note” 😀\r\n';
    const pieces = [...Array.from({ length: 30_000 }, (_, i) => `${i};${line}`), 'x'.repeat(3 << 20), 'fin'];
    async function* later() {
      yield* pieces;
    }
    const expected = Buffer.from(pieces.join(''), 'utf8');
    expect(expected.length).toBeGreaterThan(4 << 20);
    expect((await written(later())).equals(expected)).toBe(true);
  });

  it('nothing to write: an empty file', async () => {
    expect((await written([])).length).toBe(0);
  });
});
