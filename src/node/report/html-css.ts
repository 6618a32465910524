/**
 * Stylesheet of the HTML report, inlined in the file (no network at view time). Text colours keep a contrast
 * of at least 4.5:1 on their backgrounds (dark text on pale status colours); status is never shown by colour
 * alone (every cell carries a mark and a word for screen readers).
 *
 * @category Reports
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; --panel: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; border-bottom: 2px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.subtitle { color: var(--muted); margin: 0 0 1rem; }
.note { background: #fff7ed; border-left: 4px solid #9a3412; padding: .5rem .75rem; margin: .5rem 0; color: #431407; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: .75rem; margin: 0; }
.kpis div { border: 1px solid var(--line); border-radius: 6px; padding: .6rem .8rem; background: var(--panel); }
.kpis dt { font-size: .85rem; color: var(--muted); }
.kpis dd { margin: 0; font-size: 1.6rem; font-weight: 700; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; color: var(--muted); }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e5e7eb; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
.scroll:focus { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.heatmap th, .heatmap td { padding: .15rem .3rem; text-align: center; white-space: nowrap; }
.heatmap tbody th { text-align: left; }
.s-met, .l-reached { background: #dcfce7; color: #14532d; }
.s-not-met, .l-not-reached { background: #fee2e2; color: #7f1d1d; }
.s-not-applicable { background: #f3f4f6; color: #374151; }
.s-missing { background: #fef3c7; color: #713f12; }
.s-unknown, .l-unknown { background: #e0e7ff; color: #312e81; }
.s-invalid { background: #fae8ff; color: #701a75; }
.badge { display: inline-block; white-space: nowrap; border-radius: 4px; padding: 0 .4rem; font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; padding: 0; margin: .5rem 0; }
.legend li span { display: inline-block; min-width: 1.6rem; text-align: center; border-radius: 4px; margin-right: .3rem; }
.bar { background: #e5e7eb; height: .8rem; border-radius: 3px; min-width: 120px; position: relative; }
.bar span { display: block; height: 100%; background: #15803d; border-radius: 3px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
article { border: 1px solid var(--line); border-radius: 6px; padding: .25rem 1rem .5rem; margin: 1rem 0; }
ul.why { padding-left: 1.2rem; }
ul.why .d1 { margin-left: 1.2rem; }
ul.why .d2 { margin-left: 2.4rem; }
ul.why .d3 { margin-left: 3.6rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; padding-bottom: 2rem; }
@media print {
  body { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  .scroll { overflow: visible; }
  article, table { break-inside: avoid; }
  h2 { break-after: avoid; }
  .s-met, .s-not-met, .s-not-applicable, .s-missing, .s-unknown, .s-invalid, .l-reached, .l-not-reached, .l-unknown, .bar span { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
