import { atBoundary } from '../../core/guards.js';
import type { CalendarDate } from '../../dates/index.js';

/**
 * A writable text stream as the CLI sees it.
 *
 * @category Command line
 */
export interface CliStream {
  /** Writes text. */
  write(text: string): void;
  /** Whether it is a terminal. */
  readonly isTTY?: boolean;
  /** Terminal width, when it is one. */
  readonly columns?: number;
}

/**
 * Everything the CLI touches outside itself, so tests can run it in-process: streams, environment, files and
 * the clock (read only for the default `--as-of`).
 *
 * @category Command line
 */
export interface CliIo {
  /** Standard output. */
  readonly stdout: CliStream;
  /** Standard error. */
  readonly stderr: CliStream;
  /** Reads all of standard input. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Streams standard input piece by piece (optional: without it, `readStdin` gives it in one piece). */
  readonly streamStdin?: () => AsyncIterable<Uint8Array>;
  /** Reads a file (relative paths from the working directory). */
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a file. */
  readonly writeFile: (path: string, content: string) => Promise<void>;
  /** Streams a file's bytes piece by piece (optional: without it, `readFile` gives them in one piece). */
  readonly streamFile?: (path: string) => AsyncIterable<Uint8Array>;
  /**
   * Whether two paths reach the same existing file (links followed); when absent, paths are compared once made
   * absolute. Used to refuse an `--out` that is an input file.
   */
  readonly sameFile?: (a: string, b: string) => Promise<boolean>;
  /** Today's date in Europe/Paris (the only place palier reads the clock). */
  readonly today: () => CalendarDate;
}

/**
 * Today's civil date in Europe/Paris, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * parisDate(new Date('2021-12-31T23:30:00Z')); // '2022-01-01'
 * ```
 *
 * @category Command line
 */
export function parisDate(instant: Date): CalendarDate {
  return atBoundary('parisDate', 'instant', () => {
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Paris',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).formatToParts(instant);
    const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year')}-${get('month')}-${get('day')}`;
  });
}
