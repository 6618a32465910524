import { escapeOf, UNSAFE, visible } from '../../core/visible-text.js';

export { visible };

/**
 * The only escape sequences palier itself writes to a terminal: its colours (SGR 0, 1, 2, 22, 31, 32, 33, 39)
 * and the progress bar's line erase. A carriage return is kept only at the start of a write (the progress bar
 * redrawing its line).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: palier's own escape sequences.
const OWN = /\u001b\[(?:0|1|2|22|31|32|33|39)m|\u001b\[2K/y;

/**
 * Neutralises what palier did not write itself in text bound for a terminal: palier's own colours and line
 * erase pass, every other control character is shown as a visible escape (see {@link visible}). The last line
 * of defence on standard error and on a terminal's standard output — user data is already escaped where it
 * is rendered.
 *
 * @example
 * ```ts
 * guardTerminal('\u001b[31mred\u001b[39m \u001b]0;title\u0007'); // '\u001b[31mred\u001b[39m \\x1b]0;title\\x07'
 * ```
 *
 * @category Reports
 */
export function guardTerminal(text: string): string {
  let out = '';
  let from = 0;
  UNSAFE.lastIndex = 0;
  for (let m = UNSAFE.exec(text); m !== null; m = UNSAFE.exec(text)) {
    const at = m.index;
    if (at < from) continue;
    out += text.slice(from, at);
    OWN.lastIndex = at;
    const own = OWN.exec(text);
    if (own !== null) {
      out += own[0];
      from = at + own[0].length;
    } else if (at === 0 && text[at] === '\r') {
      out += '\r';
      from = at + 1;
    } else {
      out += escapeOf(m[0]);
      from = at + 1;
    }
    UNSAFE.lastIndex = from;
  }
  return out + text.slice(from);
}
