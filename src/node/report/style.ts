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
 * Whether to colour output: never when `NO_COLOR` is set (to anything but the empty string, as no-color.org
 * says) or `FORCE_COLOR` is `0` or `false`; always when `FORCE_COLOR` is set to anything else (`1`, `2`, `3`,
 * `true`, empty string excepted); otherwise only on a terminal whose `TERM` is not `dumb`.
 *
 * @example
 * ```ts
 * useColour(true, { NO_COLOR: '1' }); // false
 * useColour(true, { FORCE_COLOR: '0' }); // false
 * useColour(false, { FORCE_COLOR: '1' }); // true
 * ```
 *
 * @category Reports
 */
export function useColour(isTty: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR?.trim().toLowerCase();
  if (force === '0' || force === 'false') return false;
  if (force !== undefined && force !== '') return true;
  return isTty && env.TERM !== 'dumb';
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
