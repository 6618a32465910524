/**
 * Static, accessible SVG charts for the HTML report, written by hand: no script, no network, no library. One
 * kind of chart — horizontal bars split into reached / not reached / unknown — serves every view (levels,
 * groups, periods). Each segment has its own fill pattern (solid, hatched, dotted) besides its colour, each row
 * its label and share in words, so that nothing is said by colour alone; the caller puts the same figures in a
 * table next to the chart.
 */

/**
 * The three parts of a bar, in order: reached, not reached, unknown.
 *
 * @category Reports
 */
export type BarPart = 'reached' | 'not-reached' | 'unknown';

/**
 * Every {@link BarPart}, in drawing order.
 *
 * @category Reports
 */
export const BAR_PARTS: readonly BarPart[] = Object.freeze(['reached', 'not-reached', 'unknown']);

/**
 * One bar: a label, three counts and the text written at its end.
 *
 * @category Reports
 */
export interface Bar {
  /** Label written above the bar (already in the report's language). */
  readonly label: string;
  /** Reached, not reached, unknown. */
  readonly counts: readonly [number, number, number];
  /** Text written at the right, above the bar (e.g. `62 %`). */
  readonly value: string;
}

/**
 * A chart: its id (unique in the page), accessible name and description, and its bars.
 *
 * @category Reports
 */
export interface BarChart {
  /** Id prefix, unique in the page (`c-region`). */
  readonly id: string;
  /** Accessible name, also the visible heading of the figure. */
  readonly title: string;
  /** What the bars show, read by assistive technology after the name. */
  readonly description: string;
  /** Bars, top to bottom. */
  readonly bars: readonly Bar[];
}

import { esc } from './html-parts.js';

const WIDTH = 400;
const ROW = 30;
const BAR_TOP = 15;
const BAR_HEIGHT = 11;

/**
 * The fill patterns of the three bar parts, in one hidden SVG placed once at the top of the page (every chart
 * refers to them): reached is solid, not reached hatched, unknown dotted.
 *
 * @example
 * ```ts
 * html += CHART_DEFS; // once, before the first chart
 * ```
 *
 * @category Reports
 */
export const CHART_DEFS = [
  '<svg class="defs" aria-hidden="true" focusable="false" width="0" height="0"><defs>',
  '<pattern id="p-reached" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#166534"/></pattern>',
  '<pattern id="p-not-reached" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fecaca"/><rect width="3" height="6" fill="#b91c1c"/></pattern>',
  '<pattern id="p-unknown" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#e0e7ff"/><circle cx="3" cy="3" r="1.6" fill="#3730a3"/></pattern>',
  '</defs></svg>',
].join('');

/**
 * A small swatch of a bar part's pattern, for legends.
 *
 * @example
 * ```ts
 * swatch('not-reached'); // '<svg class="sw" …><rect … fill="url(#p-not-reached)"/></svg>'
 * ```
 *
 * @category Reports
 */
export function swatch(part: BarPart): string {
  return `<svg class="sw" aria-hidden="true" focusable="false" viewBox="0 0 14 14" width="14" height="14"><rect width="14" height="14" fill="url(#p-${part})" stroke="#1f2937" stroke-width="1"/></svg>`;
}

/**
 * Renders a bar chart as one inline `<svg role="img">` named by its `<title>` and described by its `<desc>`
 * (`aria-labelledby`, `aria-describedby`); every bar has its label and value as text. Bars with no count are
 * drawn as an empty outline.
 *
 * @example
 * ```ts
 * barChartSvg({ id: 'c-levels', title: 'Part atteinte', description: '…', bars: [{ label: 'P1', counts: [3, 1, 0], value: '75 %' }] });
 * ```
 *
 * @category Reports
 */
export function barChartSvg(chart: BarChart): string {
  const height = chart.bars.length * ROW + 4;
  const rows = chart.bars.map((bar, i) => {
    const y = i * ROW;
    const total = bar.counts[0] + bar.counts[1] + bar.counts[2];
    let x = 0;
    const rects = BAR_PARTS.map((part, p) => {
      const count = bar.counts[p]!;
      if (total === 0 || count === 0) return '';
      const w = (count / total) * WIDTH;
      const rect = `<rect x="${round(x)}" y="${y + BAR_TOP}" width="${round(w)}" height="${BAR_HEIGHT}" fill="url(#p-${part})"/>`;
      x += w;
      return rect;
    }).join('');
    return [
      `<text x="0" y="${y + 11}">${esc(bar.label)}</text>`,
      `<text x="${WIDTH}" y="${y + 11}" text-anchor="end" font-weight="700">${esc(bar.value)}</text>`,
      rects,
      `<rect x="0.5" y="${y + BAR_TOP + 0.5}" width="${WIDTH - 1}" height="${BAR_HEIGHT - 1}" fill="none" stroke="#4b5563"/>`,
    ].join('');
  });
  return [
    `<svg class="chart" role="img" aria-labelledby="${chart.id}-t" aria-describedby="${chart.id}-d" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-size="11">`,
    `<title id="${chart.id}-t">${esc(chart.title)}</title>`,
    `<desc id="${chart.id}-d">${esc(chart.description)}</desc>`,
    ...rows,
    '</svg>',
  ].join('');
}

function round(n: number): string {
  return String(Math.round(n * 10) / 10);
}
