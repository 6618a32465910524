import { type Arguments, atBoundary } from '../../core/guards.js';
/**
 * Text decorations for terminal output; every function is the identity when colours are off.
 *
 * @category Reports
 */
export interface Style {
  /** Bold. */
  readonly bold: (s: string) => string;
  /** Dimmed. */
  readonly dim: (s: string) => string;
  /** Green (reached, met). */
  readonly green: (s: string) => string;
  /** Red (not reached, errors). */
  readonly red: (s: string) => string;
  /** Yellow (unknown, warnings). */
  readonly yellow: (s: string) => string;
}

const wrap =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

const identity = (s: string): string => s;

/**
 * No decoration (files, pipes, `NO_COLOR`).
 *
 * @category Reports
 */
export const PLAIN: Style = Object.freeze({
  bold: identity,
  dim: identity,
  green: identity,
  red: identity,
  yellow: identity,
});

/**
 * ANSI colours (a terminal without `NO_COLOR`).
 *
 * @category Reports
 */
export const ANSI: Style = Object.freeze({
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  green: wrap(32, 39),
  red: wrap(31, 39),
  yellow: wrap(33, 39),
});

/**
 * Where output goes, for {@link useColour}.
 *
 * @category Reports
 */
export interface ColourContext {
  /** Whether the output stream is a terminal. */
  readonly isTty: boolean;
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Whether to colour output: never when `NO_COLOR` is set (to anything but the empty string, as no-color.org
 * says) or `FORCE_COLOR` is `0` or `false`; always when `FORCE_COLOR` is set to anything else (`1`, `2`, `3`,
 * `true`, empty string excepted); otherwise only on a terminal whose `TERM` is not `dumb`.
 *
 * @example
 * ```ts
 * useColour({ isTty: true, env: { NO_COLOR: '1' } }); // false
 * useColour({ isTty: true, env: { FORCE_COLOR: '0' } }); // false
 * useColour({ isTty: false, env: { FORCE_COLOR: '1' } }); // true
 * ```
 *
 * @category Reports
 */
export function useColour(context: ColourContext): boolean {
  return atBoundary('useColour', 'context', () => {
    const { isTty, env } = context;
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
    const force = env.FORCE_COLOR?.trim().toLowerCase();
    if (force === '0' || force === 'false') return false;
    if (force !== undefined && force !== '') return true;
    return isTty && env.TERM !== 'dumb';
  });
}

/**
 * Visible width of a string in a terminal: ANSI escapes do not count.
 *
 * @example
 * ```ts
 * visibleWidth('\u001b[32mok\u001b[39m'); // 2
 * ```
 *
 * @category Reports
 */
export function visibleWidth(s: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI escapes start with ESC.
  return [...s.replace(/\u001b\[[0-9;]*m/g, '')].length;
}

/**
 * Lays out a text table: columns padded to their widest cell, two spaces apart, a rule under the header.
 *
 * @example
 * ```ts
 * textTable(['a', 'b'], [['1', '22']]); // ['a  b', '─  ──', '1  22']
 * ```
 *
 * @category Reports
 */
export function textTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string[] {
  const widths = headers.map((h, i) =>
    Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))),
  );
  const pad = (cells: readonly string[]): string => {
    // trailing cells that show nothing (possibly only colour codes) are left out, so lines end alike in colour
    let end = cells.length;
    while (end > 0 && visibleWidth(cells[end - 1] ?? '') === 0) end--;
    return cells
      .slice(0, end)
      .map((c, i) => {
        const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - visibleWidth(c)));
        return align[i] === 'right' ? gap + c : c + gap;
      })
      .join('  ')
      .trimEnd();
  };
  return [pad(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(pad)];
}

/**
 * How {@link fitTable} makes a table fit.
 *
 * @category Reports
 */
export interface FitOptions {
  /** Index of the column cut first (a name), with `…`, down to `minShrink` characters. */
  readonly shrink?: number;
  /** Narrowest the `shrink` column is cut to; 12 by default. */
  readonly minShrink?: number;
  /** Leading columns repeated in front of each block when the columns are wrapped; 1 by default. */
  readonly repeat?: number;
}

/**
 * Cuts text to `width` visible characters, ending with `…` when it was longer.
 *
 * @example
 * ```ts
 * truncate('Centre hospitalier de Montfictif', 12); // 'Centre hosp…'
 * ```
 *
 * @category Reports
 */
export function truncate(text: string, width: number): string {
  const args: Arguments = { text: [text, 'text'], width: [width, 'number'] };
  return atBoundary('truncate', args, () => {
    if (visibleWidth(text) <= width) return text;
    return `${[...text].slice(0, Math.max(0, width - 1)).join('')}…`;
  });
}

/**
 * Lays out a text table no wider than `width` characters (the terminal's): when the natural layout is wider,
 * the `shrink` column is cut with `…` (down to `minShrink`), and if that is not enough the other columns are
 * wrapped into blocks printed one under the other, each repeating the first `repeat` columns — no column is
 * ever dropped. `width` `Infinity` (a file, a pipe) lays the table out as `textTable` does.
 *
 * @example
 * ```ts
 * fitTable(['FINESS', 'Nom'], [['750712184', 'Assistance publique – Hôpitaux de Paris']], [], 30, { shrink: 1 });
 * // ['FINESS     Nom', '─────────  ──────────────────', '750712184  Assistance publi…']
 * ```
 *
 * @category Reports
 */
export function fitTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
  width = Number.POSITIVE_INFINITY,
  options: FitOptions = {},
): string[] {
  const args: Arguments = {
    headers: [headers, 'list'],
    rows: [rows, 'list'],
    align: [align, 'list?'],
    width: [width, 'number?'],
    options: [options, 'object?'],
  };
  return atBoundary('fitTable', args, () => {
    const natural = columnWidths(headers, rows);
    if (tableWidth(natural) <= width) return textTable(headers, rows, align);
    let cutHeaders = headers;
    let cutRows = rows;
    const shrink = options.shrink;
    if (shrink !== undefined && shrink < headers.length) {
      const excess = tableWidth(natural) - width;
      const target = Math.max(options.minShrink ?? 12, natural[shrink]! - excess);
      const cut = (cells: readonly string[]) => cells.map((c, i) => (i === shrink ? truncate(c, target) : c));
      cutHeaders = cut(headers);
      cutRows = rows.map(cut);
    }
    const widths = columnWidths(cutHeaders, cutRows);
    if (tableWidth(widths) <= width) return textTable(cutHeaders, cutRows, align);
    const repeat = Math.min(options.repeat ?? 1, headers.length);
    const fixed = Array.from({ length: repeat }, (_, i) => i);
    const blocks: number[][] = [];
    let block: number[] = [];
    for (let i = repeat; i < headers.length; i++) {
      const candidate = [...fixed, ...block, i];
      if (block.length > 0 && tableWidth(candidate.map((c) => widths[c]!)) > width) {
        blocks.push(block);
        block = [];
      }
      block.push(i);
    }
    if (block.length > 0) blocks.push(block);
    const pick = (cells: readonly string[], columns: readonly number[]) => columns.map((c) => cells[c] ?? '');
    return blocks.flatMap((b, n) => {
      const columns = [...fixed, ...b];
      const lines = textTable(
        pick(cutHeaders, columns),
        cutRows.map((r) => pick(r, columns)),
        columns.map((c) => align[c] ?? 'left'),
      );
      return n === 0 ? lines : ['', ...lines];
    });
  });
}

function columnWidths(headers: readonly string[], rows: readonly (readonly string[])[]): number[] {
  return headers.map((h, i) => Math.max(visibleWidth(h), ...rows.map((r) => visibleWidth(r[i] ?? ''))));
}

function tableWidth(widths: readonly number[]): number {
  return widths.reduce((a, b) => a + b, 0) + 2 * Math.max(0, widths.length - 1);
}

/**
 * The width terminal tables must fit: `COLUMNS` when set to a whole number (20 or more), else the terminal's
 * width when standard output is one, else no limit (a file, a pipe).
 *
 * @example
 * ```ts
 * terminalWidth({ COLUMNS: '80' }, { isTTY: false }); // 80
 * terminalWidth({}, { isTTY: true, columns: 120 });    // 120
 * terminalWidth({}, { isTTY: false });                 // Infinity
 * ```
 *
 * @category Reports
 */
export function terminalWidth(
  env: Readonly<Record<string, string | undefined>>,
  stdout: { readonly isTTY?: boolean; readonly columns?: number },
): number {
  const args: Arguments = { env: [env, 'object'], stdout: [stdout, 'object'] };
  return atBoundary('terminalWidth', args, () => {
    const columns = env.COLUMNS?.trim();
    if (columns !== undefined && /^\d+$/.test(columns) && Number(columns) >= 20) return Number(columns);
    if (stdout.isTTY === true && stdout.columns !== undefined && stdout.columns >= 20) return stdout.columns;
    return Number.POSITIVE_INFINITY;
  });
}
