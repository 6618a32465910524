import type { Activity, EstablishmentTrait } from '../../../actors/types.js';
import { ACTIVITIES } from '../../../actors/types.js';
import type { PalierIssue } from '../../../core/issue.js';
import type { Lang } from '../../../core/label.js';
import { issue } from '../../../core/messages.js';
import { fail, ok, type Result } from '../../../core/result.js';
import { term } from '../../../core/vocabulary.js';
import type { RequiredIndicator, RequirementsList } from '../../../evaluation/requirements.js';
import { declarationRequirements } from '../../../evaluation/requirements.js';
import { csvCell } from '../../report/csv-out.js';
import { UNKNOWN_THRESHOLD_LABELS } from '../../report/labels.js';
import { escapeMarkdown } from '../../report/markdown.js';
import { visible } from '../../report/safe-text.js';
import { textTable } from '../../report/style.js';
import type { CommandContext } from '../context.js';
import { emit } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatOption } from '../format-option.js';
import { refuse } from '../refuse.js';
import { formatThreshold } from './catalogue.js';
import { positionals, programmeOption, refuseProgramme } from './shared.js';

/**
 * Options of `palier requirements`.
 *
 * @category Command line
 */
export const REQUIREMENTS_OPTIONS = {
  programme: { type: 'string' },
  activities: { type: 'string' },
  traits: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

const TRAITS: readonly EstablishmentTrait[] = ['NO_TECHNICAL_PLATFORM', 'NO_EXTERNAL_CONSULTATIONS'];

function rule(i: RequiredIndicator, lang: Lang): string {
  if (i.rule.known) return formatThreshold(i.rule.threshold, i.kind, lang);
  return `${term('unknown', lang)} (${UNKNOWN_THRESHOLD_LABELS[i.rule.reason][lang]})`;
}

/** One row per indicator; `words`: kinds in words (tables), else as identifiers (the CSV export). */
function rows(list: RequirementsList, lang: Lang, words = true): string[][] {
  return list.indicators.map((i) => [
    i.requirement,
    i.code,
    words ? term(i.kind, lang) : i.kind,
    rule(i, lang),
    i.activities.join(' '),
    i.label[lang],
  ]);
}

function headers(lang: Lang): string[] {
  return lang === 'fr'
    ? ['Exigence', 'Indicateur', 'Type', 'Règle', 'Activités', 'Libellé']
    : ['Requirement', 'Indicator', 'Kind', 'Rule', 'Activities', 'Label'];
}

function render(list: RequirementsList, format: 'table' | 'json' | 'csv' | 'md', lang: Lang): string {
  if (format === 'json') return `${JSON.stringify(list, null, 2)}\n`;
  if (format === 'csv') {
    const head = ['requirement', 'indicator', 'kind', 'rule', 'activities', 'label'];
    return `${[head.join(','), ...rows(list, lang, false).map((r) => r.map((c) => csvCell(c)).join(','))].join('\r\n')}\r\n`;
  }
  const gaps = list.uncatalogued.map((u) =>
    lang === 'fr'
      ? `${u.code} : ${u.reason === 'no-indicators-in-catalogue' ? 'aucun indicateur au catalogue' : 'catalogue incomplet'}${u.indicatorCount !== undefined ? ` (${u.indicatorCount} indicateurs au guide)` : ''} — à déclarer dans oSIS, palier ne peut pas dire lesquels`
      : `${u.code}: ${u.reason === 'no-indicators-in-catalogue' ? 'no indicator in the catalogue' : 'catalogue incomplete'}${u.indicatorCount !== undefined ? ` (${u.indicatorCount} indicators in the guide)` : ''} — declare them in oSIS; palier cannot say which`,
  );
  const nc = list.notConcerned.map((n) => n.code).join(', ');
  const ncLine = nc === '' ? [] : [lang === 'fr' ? `Non concernés : ${nc}` : `Not concerned: ${nc}`];
  if (format === 'md') {
    const h = headers(lang);
    const body = rows(list, lang).map((r) => `| ${r.map(escapeMarkdown).join(' | ')} |`);
    return `${[`| ${h.join(' | ')} |`, `| ${h.map(() => '---').join(' | ')} |`, ...body, '', ...ncLine, '', ...gaps.map((g) => `- ${escapeMarkdown(g)}`)].join('\n')}\n`;
  }
  // terminal text: user data (a --programme file's labels) is shown with its control characters escaped
  return visible(`${[...textTable(headers(lang), rows(list, lang)), '', ...ncLine, ...gaps].join('\n')}\n`);
}

/** Reads a list option (`MCO,SSR`, `MCO|SSR`, `MCO SSR`), every word one of `allowed` (case ignored). */
function listOption<T extends string>(
  raw: string | boolean | undefined,
  allowed: readonly T[],
  option: string,
): Result<T[]> {
  if (typeof raw !== 'string') return ok([]);
  const out: T[] = [];
  const issues: PalierIssue[] = [];
  for (const word of raw.split(/[,|+\s]+/).filter((w) => w !== '')) {
    const upper = word.toUpperCase();
    if ((allowed as readonly string[]).includes(upper)) out.push(upper as T);
    else issues.push(issue('cli-invalid-choice', { option, received: word, allowed: allowed.join(', ') }));
  }
  return issues.length > 0 ? fail(issues) : ok(out);
}

/**
 * `palier requirements`: what an establishment with the given activities and traits must declare, each
 * indicator with its rule (threshold or target with its provenance status, or why it is unknown), the
 * indicators that do not concern it, and the requirements the catalogue cannot list.
 *
 * @example
 * ```ts
 * await requirementsCommand(ctx); // --activities HAD: D2.5 listed as not concerned
 * ```
 *
 * @category Command line
 */
export async function requirementsCommand(ctx: CommandContext): Promise<ExitCode> {
  const none = positionals(ctx, []);
  const format = formatOption(ctx, ['table', 'json', 'csv', 'md'] as const, 'table');
  const activities = listOption<Activity>(ctx.args.values.activities, ACTIVITIES, '--activities');
  const traits = listOption<EstablishmentTrait>(ctx.args.values.traits, TRAITS, '--traits');
  if (!none.ok || !format.ok || !activities.ok || !traits.ok)
    return refuse(
      ctx,
      'requirements',
      [none, format, activities, traits].flatMap((r) => r.issues),
    );
  const programmes = await programmeOption(ctx);
  if (!programmes.ok) return refuseProgramme(ctx, 'requirements', programmes.issues);
  const programme = programmes.value;
  const list = declarationRequirements(programme, {
    finess: '',
    activities: activities.value.length > 0 ? activities.value : ACTIVITIES,
    traits: traits.value,
  });
  if (!(await emit(ctx, render(list, format.value, ctx.lang)))) return EXIT.io;
  return EXIT.ok;
}
