import { type Arguments, atBoundary } from '../../core/guards.js';
import { fundingFigureRows } from './funding.js';
import { blockerText, ghtTitle, membersText } from './ght-reach.js';
import {
  countOf,
  formatDate,
  formatMoney,
  INDICATOR_STATUS_LABELS,
  INDICATOR_STATUS_MARKS,
  INDICATOR_STATUSES,
  LEVEL_STATUS_LABELS,
} from './labels.js';
import type { ReportModel } from './model.js';
import { colon, formatPeriod, groupCodes, inputLine, TEXT } from './text.js';

/**
 * Escapes text for Markdown table cells, headings and list items: emphasis and code marks, brackets, pipes,
 * headings' `#`, HTML brackets and ampersands (so raw HTML never passes); line breaks become spaces.
 *
 * @example
 * ```ts
 * escapeMarkdown('a|b <script>'); // 'a\\|b &lt;script&gt;'
 * ```
 *
 * @category Reports
 */
export function escapeMarkdown(text: string): string {
  return atBoundary('escapeMarkdown', 'text', () => {
    return text
      .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\r\n\u2028\u2029]+/g, ' ');
  });
}

/** Nesting depth of an explanation line (the engine indents sub-levels by two spaces). */
function indent(line: string): number {
  return Math.floor((line.length - line.trimStart().length) / 2);
}

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  right: readonly number[] = [],
): string[] {
  const rule = headers.map((_, i) => (right.includes(i) ? '---:' : '---'));
  return [
    `| ${headers.join(' | ')} |`,
    `| ${rule.join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

/**
 * Renders a report as GitHub-flavoured Markdown, for tickets and merge requests: the first `explainLimit`
 * evaluations are explained (100 by default), the others counted. All user text is escaped.
 *
 * @example
 * ```ts
 * writeFileSync('report.md', renderMarkdown(model));
 * ```
 *
 * @category Reports
 */
export function renderMarkdown(model: ReportModel, explainLimit = 100): string {
  const args: Arguments = { model: [model, 'object'], explainLimit: [explainLimit, 'number?'] };
  return atBoundary('renderMarkdown', args, () => {
    const lang = model.lang;
    const t = TEXT[lang];
    const s = model.summary;
    const out: string[] = [];
    out.push(
      `# ${t.title} — ${escapeMarkdown(`${model.programme.name} (${model.programme.id} ${model.programme.version})`)}, ${t.asOf} ${escapeMarkdown(formatDate(model.asOf, lang))}`,
      '',
    );
    out.push(
      `${countOf(s.establishments, 'establishments', lang)}, ${countOf(s.evaluations, 'evaluations', lang)}${colon(lang)}**${countOf(s.reached, 'palierReached', lang)}**, **${countOf(s.notReached, 'notReached', lang)}**, **${countOf(s.unknown, 'unknown', lang)}**.`,
      '',
    );
    out.push(
      `${t.indicators}${colon(lang)}${INDICATOR_STATUSES.map((k) => countOf(s.indicators[k], k, lang)).join(', ')}.`,
      '',
    );
    if (model.input) out.push(`${inputLine(model)}.`, '');
    for (const note of model.notes) out.push(`> ${escapeMarkdown(note[lang])}`, '');
    out.push(
      ...table(
        [t.finess, t.name, t.period, t.palier, t.notReachedCol, t.unknownCol],
        model.rows.map((r) => [
          escapeMarkdown(r.finess),
          escapeMarkdown(r.name ?? ''),
          escapeMarkdown(formatPeriod(r.period)),
          LEVEL_STATUS_LABELS[r.palier][lang],
          r.notReached.map(escapeMarkdown).join(' '),
          r.unknown.map(escapeMarkdown).join(' '),
        ]),
      ),
      '',
    );
    out.push(`## ${t.reach}`, '');
    out.push(
      ...table(
        [t.requirement, t.reached, t.notReached, t.unknown],
        model.reach.map((r) => [
          escapeMarkdown(`${r.code} ${r.label[lang]}`),
          String(r.reached),
          String(r.notReached),
          String(r.unknown),
        ]),
        [1, 2, 3],
      ),
      '',
    );
    out.push(`## ${t.map}`, '');
    const groups = groupCodes(model);
    out.push(
      ...table(
        [t.finess, t.period, ...groups.map((g) => escapeMarkdown(g.code))],
        model.rows.map((r) => [
          escapeMarkdown(r.finess),
          escapeMarkdown(r.period.start),
          ...groups.map((g) =>
            g.codes.map((c) => (r.cells[c] ? INDICATOR_STATUS_MARKS[r.cells[c]] : '·')).join(''),
          ),
        ]),
      ),
      '',
      `${t.legend}${colon(lang)}${INDICATOR_STATUSES.map((k) => `${INDICATOR_STATUS_MARKS[k]} ${INDICATOR_STATUS_LABELS[k][lang]}`).join(', ')}.`,
      '',
    );
    if (model.funding) {
      out.push(`## ${t.funding}`, '');
      out.push(
        ...table(
          [t.domain, t.amount],
          [
            ...model.funding.byDomain.map((d) => [escapeMarkdown(d.domain), formatMoney(d.amount, lang)]),
            [`**${t.total}**`, `**${formatMoney(model.funding.total, lang)}**`],
          ],
          [1],
        ),
        '',
        ...(model.funding.figures?.length
          ? [
              ...table(
                ['', t.amount],
                fundingFigureRows(model.funding, lang).map(([label, amount]) => [
                  escapeMarkdown(label),
                  amount,
                ]),
                [1],
              ),
              '',
            ]
          : []),
        escapeMarkdown(model.funding.note[lang]),
        '',
      );
    }
    if (model.ght) {
      out.push(
        `## ${escapeMarkdown(`${model.ght.name} (${model.ght.code}) — ${formatPeriod(model.ght.period)}`)}`,
        '',
      );
      for (const line of model.ght.lines)
        out.push(`${'  '.repeat(indent(line))}- ${escapeMarkdown(line.trim())}`);
      out.push('');
    }
    if (model.ghts) {
      out.push(`## ${escapeMarkdown(ghtTitle(lang, model.asOf))}`, '');
      for (const g of model.ghts) {
        out.push(`- ${escapeMarkdown(membersText(g, lang))} — **${LEVEL_STATUS_LABELS[g.status][lang]}**`);
        for (const b of g.blockers) out.push(`  - ${escapeMarkdown(blockerText(b, lang))}`);
      }
      out.push('');
    }
    out.push(`## ${t.whatBlocks}`, '');
    const explained = model.rows.slice(0, explainLimit);
    if (explained.length < model.rows.length)
      out.push(`_(${explained.length}/${model.rows.length}${t.explainedFirst})_`, '');
    for (const r of explained) {
      out.push(
        `### ${escapeMarkdown(`${r.finess}${r.name ? ` ${r.name}` : ''} — ${formatPeriod(r.period)}`)}`,
        '',
      );
      for (const e of r.explanations) out.push(`${'  '.repeat(indent(e))}- ${escapeMarkdown(e.trim())}`);
      out.push('');
    }
    return `${out.join('\n').trimEnd()}\n`;
  });
}
