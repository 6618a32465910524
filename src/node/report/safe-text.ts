/**
 * Characters that must never reach a terminal raw from user data: C0 controls except tab and line feed, DEL,
 * C1 controls (0x80–0x9F, which some terminals read as ESC sequences), and the bidirectional overrides,
 * embeddings and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is displayed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being neutralised.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for a character below U+0100, `\u202e` above. */
function escapeOf(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes user text safe to print on a terminal (*neutralisation des caractères de contrôle*): every control
 * character except tab and line feed (so ESC, CSI, OSC, carriage return, backspace, C1) and every bidirectional
 * override is shown as a visible escape (`\x1b`, `\u202e`); everything else is unchanged.
 *
 * @example
 * ```ts
 * visible('CHU\u001b[2J'); // 'CHU\\x1b[2J'
 * visible('Hôpital\tA'); // 'Hôpital\tA'
 * ```
 *
 * @category Reports
 */
export function visible(text: string): string {
  return text.replace(UNSAFE, escapeOf);
}

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
