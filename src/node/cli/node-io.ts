import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { withChunkWriter, writeChunks } from './chunk-writer.js';
import { EXIT } from './exit-codes.js';
import type { CliIo, CliStream } from './io.js';
import { parisDate } from './io.js';

/**
 * A process stream as the CLI writes it: once the reader has gone (`EPIPE`: `palier demo | head`), further
 * writes are dropped quietly and the command ends with the status of the work done; any other write failure
 * (disk full) is said once on standard error and makes the exit code 4.
 */
function processStream(stream: NodeJS.WriteStream): CliStream {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    if (error.code === 'EPIPE') return;
    process.exitCode = EXIT.io;
    if (stream !== process.stderr && !process.stderr.destroyed)
      process.stderr.write(`palier: ${error.code ?? error.name}: ${error.message}\n`);
  });
  return {
    write: (text) => {
      if (!closed && !stream.destroyed) stream.write(text);
    },
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
  };
}

/** Whether two paths reach the same existing file: same device and inode (links followed). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/**
 * The real process's I/O: `process.stdout`/`stderr` (a closed pipe ends output quietly), `process.env`, the
 * file system (missing parent folders of an output file are created; large reports are written piece by
 * piece), the clock.
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
    stdout: processStream(process.stdout),
    stderr: processStream(process.stderr),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    readFile: (path) => readFile(path),
    // 64 KB pieces: inputs are decoded and read as they come, never held whole
    streamFile: (path) => createReadStream(path, { highWaterMark: 1 << 16 }),
    streamStdin: () => process.stdin,
    writeFile: async (path, content) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content, 'utf8');
    },
    sameFile,
    today: () => parisDate(new Date()),
  };
  // large reports (JSON) are written piece by piece, never held as one string
  return withChunkWriter(io, async (path, chunks) => {
    await mkdir(dirname(path), { recursive: true });
    const file = await open(path, 'w');
    try {
      await writeChunks(file, chunks);
    } finally {
      await file.close();
    }
  });
}
