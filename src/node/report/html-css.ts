/**
 * Stylesheet of the HTML report, inlined in the file (no network at view time). Text colours keep a contrast
 * of at least 4.5:1 on their backgrounds (dark text on pale status colours); status is never shown by colour
 * alone (marks and words; chart parts also differ by pattern). Narrow screens get one column; print expands
 * the layout and keeps the status colours.
 *
 * @category Reports
 */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1f2937; --muted: #4b5563; --line: #d1d5db; --panel: #f9fafb; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1320px; margin: 0 auto; padding: 0 1rem; }
header { padding-top: .75rem; }
h1 { font-size: 1.4rem; margin: 0; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1rem; margin: 1rem 0 .4rem; }
a { color: #1d4ed8; }
.subtitle { color: var(--muted); margin: 0 0 .4rem; }
.small { font-size: .85rem; color: var(--muted); margin: .25rem 0; }
.note { background: #fff7ed; border-left: 4px solid #9a3412; padding: .3rem .6rem; margin: .3rem 0; color: #431407; font-size: .9rem; }
.toc { display: flex; flex-wrap: wrap; gap: .2rem .9rem; list-style: none; margin: .3rem 0 0; padding: .35rem .6rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; font-size: .9rem; }
section { scroll-margin-top: .5rem; }
#overview h2 { margin-top: .75rem; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: .5rem; margin: 0 0 .5rem; }
.kpis div { border: 1px solid var(--line); border-radius: 6px; padding: .35rem .6rem; background: var(--panel); }
.kpis dt { font-size: .8rem; color: var(--muted); }
.kpis dd { margin: 0; font-size: 1.35rem; font-weight: 700; }
.kpis dd.small { font-size: .8rem; font-weight: 400; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(360px, 1fr)); gap: .75rem 1.5rem; align-items: start; }
figure { margin: 0; min-width: 0; }
figcaption { font-weight: 600; margin-bottom: .25rem; }
svg.chart { width: 100%; height: auto; display: block; fill: var(--ink); }
svg.defs { position: absolute; width: 0; height: 0; overflow: hidden; }
.sw { vertical-align: -2px; }
details.data > summary { font-size: .85rem; color: #1d4ed8; cursor: pointer; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: .85rem; }
caption { text-align: left; font-weight: 600; padding: .2rem 0; color: var(--muted); }
th, td { border: 1px solid var(--line); padding: .2rem .4rem; text-align: left; vertical-align: top; }
thead th { background: #e5e7eb; }
td.num, th.num, table.n td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.n td.t { text-align: left; white-space: normal; }
abbr { text-decoration: none; }
.scroll { overflow-x: auto; }
.s-met, .l-r { background: #dcfce7; color: #14532d; }
.s-not-met, .l-n { background: #fee2e2; color: #7f1d1d; }
.s-not-applicable { background: #f3f4f6; color: #374151; }
.s-missing { background: #fef3c7; color: #713f12; }
.s-unknown, .l-u { background: #e0e7ff; color: #312e81; }
.s-invalid { background: #fae8ff; color: #701a75; }
.b { display: inline-block; white-space: nowrap; border-radius: 4px; padding: 0 .35rem; font-weight: 600; font-style: normal; }
.k { display: inline-block; min-width: 1.3rem; text-align: center; border-radius: 4px; }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1rem; list-style: none; padding: 0; margin: .3rem 0; font-size: .85rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
#filter { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: end; margin: .4rem 0; padding: .5rem .6rem; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; font-size: .9rem; }
#filter[hidden] { display: none; }
#filter label { display: flex; flex-direction: column; gap: .1rem; }
#filter input, #filter select { font: inherit; padding: .2rem .3rem; min-width: 12rem; }
#filter output { font-weight: 600; }
#list details { border-bottom: 1px solid var(--line); padding: .2rem .1rem; }
#list details[hidden] { display: none; }
#list summary { cursor: pointer; }
#list summary small { color: var(--muted); }
#list summary .pp { display: inline-flex; flex-wrap: wrap; gap: .2rem; margin-left: .3rem; }
#list summary > i { font-style: normal; font-weight: 600; border-radius: 4px; padding: 0 .3rem; letter-spacing: .1em; }
#list ul { margin: .2rem 0 .4rem; padding-left: 1.4rem; font-size: .88rem; }
#list li, #list details > p { margin: .15rem 0; }
#list details > p { margin-left: 1.4rem; font-size: .88rem; }
#list li > i { font-style: normal; white-space: nowrap; border-radius: 3px; padding: 0 .2rem; margin-right: .15rem; }
#list .m { color: var(--muted); }
:target { outline: 2px solid #1d4ed8; }
ul.why { padding-left: 1.2rem; }
ul.why .d1 { margin-left: 1.2rem; }
ul.why .d2 { margin-left: 2.4rem; }
ul.why .d3 { margin-left: 3.6rem; }
ul.miss { list-style: none; padding-left: .4rem; }
footer { color: var(--muted); font-size: .85rem; margin-top: 2rem; padding-bottom: 2rem; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  .charts { grid-template-columns: 1fr; }
  .kpis { grid-template-columns: repeat(2, 1fr); }
  #filter input, #filter select { min-width: 0; width: 100%; }
  #filter label { flex: 1 1 100%; }
}
@media print {
  body { font-size: 10pt; }
  header, main, footer { max-width: none; padding: 0; }
  nav, #filter { display: none; }
  .scroll { overflow: visible; }
  figure, table { break-inside: avoid; }
  h2 { break-after: avoid; }
  .s-met, .s-not-met, .s-not-applicable, .s-missing, .s-unknown, .s-invalid, .l-r, .l-n, .l-u, svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
