/**
 * User text made visible: the one place that turns control characters from input into visible escapes, used
 * by `explain` and by every report.
 */
/**
 * Characters that must never reach a terminal raw from user data: C0 controls except tab and line feed, DEL,
 * C1 controls (0x80–0x9F, which some terminals read as ESC sequences), and the bidirectional overrides,
 * embeddings and isolates (U+202A–U+202E, U+2066–U+2069) that reorder what is displayed.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters being neutralised.
export const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `\x1b` for a character below U+0100, `\u202e` above. */
export function escapeOf(c: string): string {
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
