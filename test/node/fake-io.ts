import type { CliIo } from '../../src/node/cli/io.js';
import { runCli } from '../../src/node/cli/main.js';

/** An in-memory CLI environment: files, stdin, captured stdout/stderr. */
export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
}

export interface FakeOptions {
  files?: Record<string, string | Uint8Array>;
  stdin?: string | Uint8Array;
  env?: Record<string, string>;
  tty?: boolean;
  today?: string;
}

/** Runs the CLI in-process against in-memory files. */
export async function run(argv: string[], options: FakeOptions = {}): Promise<FakeRun> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string | Uint8Array>(Object.entries(options.files ?? {}));
  const written = new Map<string, string>();
  const encode = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  const io: CliIo = {
    stdout: {
      write: (s) => {
        stdout += s;
      },
      isTTY: options.tty ?? false,
    },
    stderr: {
      write: (s) => {
        stderr += s;
      },
      isTTY: options.tty ?? false,
    },
    readStdin: async () => encode(options.stdin ?? ''),
    env: { LANG: 'en_GB.UTF-8', ...(options.env ?? {}) },
    readFile: async (path) => {
      const f = files.get(path);
      if (f === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return encode(f);
    },
    writeFile: async (path, content) => void written.set(path, content),
    today: () => options.today ?? '2022-06-30',
  };
  const code = await runCli(argv, io, { version: '9.9.9-test' });
  return { code, stdout, stderr, files: written };
}
