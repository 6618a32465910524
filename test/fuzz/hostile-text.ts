/** Hostile text shared by the rendering and command-line fuzz properties, and what to look for in output. */
import fc from 'fast-check';

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw control characters.
export const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: palier's own colours.
export const OWN_SGR = /\u001b\[(?:0|1|2|22|31|32|33|39)m/g;
/** A tag that must never come out of a Markdown or HTML report as a tag. */
export const EVIL = '<x-evil onload=alert(1)>';

/** Text as an attacker writes it: control characters, escape sequences, markup, formulas, table breakers. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom(
        '\u001b[2J',
        '\u001b]0;title\u0007',
        '\u001b[31m',
        '\u009b2J',
        '\r',
        '\b',
        '\u202e',
        '\u2066',
        '\u0000',
        '\u007f',
        EVIL,
        '</td></tr><script>x</script>',
        '<!--',
        '| a | b |',
        '\n# heading\n',
        '`code`',
        '[link](javascript:alert(1))',
        '=HYPERLINK("http://x")',
        '+1',
        '-1',
        '@SUM(A1)',
        '\t=1',
        '"',
        ',',
        ';',
        '&amp;',
        'é',
        '\u2028',
      ),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(''));
