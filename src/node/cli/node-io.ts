import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withChunkWriter } from './chunk-writer.js';
import type { CliIo } from './io.js';
import { parisDate } from './io.js';

/**
 * The real process's I/O: `process.stdout`/`stderr`, `process.env`, the file system (missing parent folders of
 * an output file are created; large reports are written piece by piece), the clock.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo());
 * ```
 *
 * @category Command line
 */
export function nodeIo(): CliIo {
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    readFile: (path) => readFile(path),
    // 64 KB pieces: the input is decoded and read as it comes, never held whole
    readStream: (path) => (path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 16 })),
    writeFile: async (path, content) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, 'utf8');
    },
    today: () => parisDate(new Date()),
  };
  // large reports (JSON) are written piece by piece, never held as one string
  return withChunkWriter(io, async (path, chunks) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, chunks, 'utf8');
  });
}
