import type { Lang } from '../../../core/label.js';
import { term } from '../../../core/vocabulary.js';
import { comparatorSymbol } from '../../../programme/comparator.js';
import { type UnverifiedFact, unverifiedFacts } from '../../../programme/facts.js';
import type { Indicator, Programme, Requirement, Threshold } from '../../../programme/types.js';
import { referentialToCsv } from '../../io/referential-csv.js';
import { PROVENANCE_STATUS_LABELS, sourceNote, UNVERIFIED_REASON_LABELS } from '../../report/labels.js';
import { escapeMarkdown } from '../../report/markdown.js';
import { visible } from '../../report/safe-text.js';
import type { Style } from '../../report/style.js';
import { PLAIN } from '../../report/style.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { emit } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import { refuse } from '../refuse.js';
import { positionals, programmeOption, referentialOption, refuseProgramme } from './shared.js';

/**
 * Options of `palier catalogue`.
 *
 * @category Command line
 */
export const CATALOGUE_OPTIONS = {
  programme: { type: 'string' },
  referential: { type: 'string' },
  template: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * Formats a threshold with its provenance status: `≥ 98 % [confirmed]`, `= oui [reported]`.
 *
 * @example
 * ```ts
 * formatThreshold({ comparator: 'at-least', value: 98, inclusive: true, provenance }, 'rate', 'en'); // '≥ 98 % [confirmed]'
 * ```
 *
 * @category Command line
 */
export function formatThreshold(t: Threshold, kind: Indicator['kind'], lang: Lang): string {
  const op = comparatorSymbol(t);
  const value =
    typeof t.value === 'boolean'
      ? t.value
        ? lang === 'fr'
          ? 'oui'
          : 'yes'
        : lang === 'fr'
          ? 'non'
          : 'no'
      : `${t.value}${kind === 'rate' ? ' %' : ''}`;
  return `${op} ${value} [${PROVENANCE_STATUS_LABELS[t.provenance.status][lang]}]`;
}

function ruleOf(indicator: Indicator, req: Requirement, lang: Lang): string {
  const role = req.kind === 'prerequisite' ? 'eligibility' : 'target';
  const t = indicator[role];
  if (indicator.schedule !== undefined) {
    const steps = indicator.schedule.map((s) => {
      const st = s[role] ?? t;
      const rule =
        st === undefined
          ? lang === 'fr'
            ? 'inconnu'
            : 'unknown'
          : formatThreshold(st, indicator.kind, lang);
      return `${s.name ?? s.from}${lang === 'fr' ? ' : ' : ': '}${rule}`;
    });
    return steps.join('; ');
  }
  if (t !== undefined) return formatThreshold(t, indicator.kind, lang);
  return lang === 'fr' ? 'inconnu (non vérifié)' : 'unknown (unverified)';
}

/** An unverified fact in words: why, and the source's note. */
function factText(f: UnverifiedFact, lang: Lang): string {
  const note = f.provenance?.note;
  return `${UNVERIFIED_REASON_LABELS[f.reason][lang]}${note ? `${lang === 'fr' ? ' : ' : ': '}${sourceNote(note, lang)}` : ''}`;
}

function catalogueText(p: Programme, lang: Lang, style: Style): string {
  const lines = [
    style.bold(
      visible(`${p.name[lang]} — ${p.id} ${p.version} (${p.period.value.start} → ${p.period.value.end})`),
    ),
    ...(p.overrides.length > 0
      ? [style.yellow(`${lang === 'fr' ? 'Surcharges : ' : 'Overrides: '}${p.overrides.length}`)]
      : []),
    '',
  ];
  for (const req of [...p.prerequisites, ...p.domains]) {
    lines.push(
      style.bold(visible(`${req.code}  ${req.label[lang]}`)) +
        style.dim(`  [${PROVENANCE_STATUS_LABELS[req.provenance.status][lang]}]`),
    );
    if (req.indicators.length === 0)
      lines.push(style.dim(lang === 'fr' ? '    (aucun indicateur vérifié)' : '    (no verified indicator)'));
    for (const i of req.indicators) {
      lines.push(
        visible(
          `  ${i.code.padEnd(6)} ${term(i.kind, lang).padEnd(7)} ${ruleOf(i, req, lang).padEnd(24)} ${i.label[lang]}`,
        ),
      );
    }
  }
  const facts = unverifiedFacts(p);
  lines.push(
    '',
    style.bold(lang === 'fr' ? `Faits non vérifiés (${facts.length})` : `Unverified facts (${facts.length})`),
  );
  for (const f of facts) lines.push(`  ${visible(f.path)}${style.dim(visible(` — ${factText(f, lang)}`))}`);
  return `${lines.join('\n')}\n`;
}

function catalogueMarkdown(p: Programme, lang: Lang): string {
  const out = [`# ${escapeMarkdown(`${p.name[lang]} (${p.id} ${p.version})`)}`, ''];
  for (const req of [...p.prerequisites, ...p.domains]) {
    out.push(`## ${escapeMarkdown(`${req.code} ${req.label[lang]}`)}`, '');
    if (req.indicators.length === 0) {
      out.push(lang === 'fr' ? '_Aucun indicateur vérifié._' : '_No verified indicator._', '');
      continue;
    }
    out.push(
      `| Code | ${lang === 'fr' ? 'Type' : 'Kind'} | ${lang === 'fr' ? 'Règle' : 'Rule'} | ${lang === 'fr' ? 'Libellé' : 'Label'} |`,
      '| --- | --- | --- | --- |',
    );
    for (const i of req.indicators)
      out.push(
        `| ${[i.code, term(i.kind, lang), ruleOf(i, req, lang), i.label[lang]].map(escapeMarkdown).join(' | ')} |`,
      );
    out.push('');
  }
  const facts = unverifiedFacts(p);
  out.push(`## ${lang === 'fr' ? 'Faits non vérifiés' : 'Unverified facts'} (${facts.length})`, '');
  for (const f of facts) out.push(`- ${escapeMarkdown(`${f.path} — ${factText(f, lang)}`)}`);
  return `${out.join('\n')}\n`;
}

/**
 * `palier catalogue`: prints or exports a programme — requirements, indicators, rules with their provenance
 * status — and lists its unverified facts (what a user must supply through overrides).
 *
 * @example
 * ```ts
 * await catalogueCommand(ctx); // table of HOP'EN
 * ```
 *
 * @category Command line
 */
export async function catalogueCommand(ctx: CommandContext): Promise<ExitCode> {
  const none = positionals(ctx, []);
  const templates = oneOf(ctx.args.values.template, ['csv', 'none'] as const, 'none', '--template');
  // a template is CSV whatever --out is called; otherwise --out's extension may name the format
  const formats =
    templates.ok && templates.value === 'csv'
      ? oneOf(ctx.args.values.format, ['table', 'json', 'md'] as const, 'table', '--format')
      : formatOption(ctx, ['table', 'json', 'md'] as const, 'table');
  if (!none.ok || !formats.ok || !templates.ok)
    return refuse(
      ctx,
      'catalogue',
      [none, formats, templates].flatMap((r) => r.issues),
    );
  const format = formats.value;
  const programme = await programmeOption(ctx);
  if (!programme.ok) return refuseProgramme(ctx, 'catalogue', programme.issues);
  const p = await referentialOption(ctx, programme.value, 50);
  if (typeof p === 'number') return p;
  const toFile = typeof ctx.args.values.out === 'string';
  const content =
    templates.value === 'csv'
      ? referentialToCsv(p)
      : format === 'json'
        ? `${JSON.stringify({ programme: p, unverifiedFacts: unverifiedFacts(p) }, null, 2)}\n`
        : format === 'md'
          ? catalogueMarkdown(p, ctx.lang)
          : catalogueText(p, ctx.lang, toFile ? PLAIN : ctx.out);
  if (!(await emit(ctx, content))) return EXIT.io;
  return EXIT.ok;
}
