import { atBoundary } from '../../core/guards.js';
import type { Lang } from '../../core/label.js';
import type { LevelStatus } from '../../evaluation/types.js';
import { formatDate, LEVEL_STATUS_LABELS } from './labels.js';
import { visible } from './safe-text.js';

/**
 * Escapes text for HTML content and attribute values.
 *
 * @example
 * ```ts
 * escapeHtml('<script>"x"</script>'); // '&lt;script&gt;&quot;x&quot;&lt;/script&gt;'
 * ```
 *
 * @category Reports
 */
export function escapeHtml(text: string): string {
  return atBoundary('escapeHtml', 'text', () => {
    return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
  });
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * User text made safe for the page: control characters and bidirectional overrides shown as visible escapes
 * (`\x1b`), then markup escaped.
 *
 * @example
 * ```ts
 * esc('CH <b>\u001b'); // 'CH &lt;b&gt;\\x1b'
 * ```
 *
 * @category Reports
 */
export function esc(text: string): string {
  return escapeHtml(visible(text));
}

/**
 * A source address as a link when it is an `http:` or `https:` URL (escaped, `rel="noreferrer"`), as plain
 * escaped text otherwise (`seed:001`, a user's reference, a `javascript:` address).
 *
 * @example
 * ```ts
 * link('https://example.org/a?b=1&c=2'); // '<a href="https://example.org/a?b=1&amp;c=2" rel="noreferrer">example.org</a>'
 * link('javascript:alert(1)'); // 'javascript:alert(1)'
 * ```
 *
 * @category Reports
 */
export function link(address: string): string {
  if (!/^https?:\/\//i.test(address)) return esc(address);
  let host: string;
  try {
    host = new URL(address).host;
  } catch {
    return esc(address);
  }
  return `<a href="${esc(address)}" rel="noreferrer">${esc(host)}</a>`;
}

const MARKS: Readonly<Record<LevelStatus, string>> = { reached: '✓', 'not-reached': '✗', unknown: '?' };
const SHORT: Readonly<Record<LevelStatus, string>> = { reached: 'r', 'not-reached': 'n', unknown: 'u' };

/**
 * One-letter code of a level status, for compact class names and filter attributes (`r`, `n`, `u`).
 *
 * @example
 * ```ts
 * shortStatus('not-reached'); // 'n'
 * ```
 *
 * @category Reports
 */
export function shortStatus(status: LevelStatus): string {
  return SHORT[status];
}

/**
 * A level status as a badge: its mark, and its word (always with `withWord`, else for assistive technology
 * only), on the status colour.
 *
 * @example
 * ```ts
 * statusMark('not-reached', 'fr', true); // '<span class="b l-n">✗ non atteint</span>'
 * ```
 *
 * @category Reports
 */
export function statusMark(status: LevelStatus, lang: Lang, withWord = false): string {
  const word = LEVEL_STATUS_LABELS[status][lang];
  return withWord
    ? `<span class="b l-${SHORT[status]}">${MARKS[status]} ${word}</span>`
    : `<span class="b l-${SHORT[status]}" title="${word}">${MARKS[status]}<span class="sr"> ${word}</span></span>`;
}

/**
 * The mark of a level status (`✓`, `✗`, `?`).
 *
 * @example
 * ```ts
 * levelMark('unknown'); // '?'
 * ```
 *
 * @category Reports
 */
export function levelMark(status: LevelStatus): string {
  return MARKS[status];
}

/**
 * A period in words, in the report's language: `1er juillet 2021 → 30 septembre 2021`, `1 July 2021 → 30
 * September 2021` — the one way the HTML report writes a period (overview, GHT, drill-down).
 *
 * @example
 * ```ts
 * periodInWords({ start: '2021-07-01', end: '2021-09-30' }, 'fr'); // '1er juillet 2021 → 30 septembre 2021'
 * ```
 *
 * @category Reports
 */
export function periodInWords(period: { readonly start: string; readonly end: string }, lang: Lang): string {
  return `${formatDate(period.start, lang)} → ${formatDate(period.end, lang)}`;
}
