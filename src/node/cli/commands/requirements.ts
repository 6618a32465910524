import type { Activity, EstablishmentTrait } from '../../../actors/types.js';
import { ACTIVITIES } from '../../../actors/types.js';
import type { RequiredIndicator, RequirementsList } from '../../../evaluation/requirements.js';
import { requirements } from '../../../evaluation/requirements.js';
import type { Lang } from '../../../programme/provenance.js';
import { csvCell } from '../../report/csv-out.js';
import { escapeMarkdown } from '../../report/markdown.js';
import { visible } from '../../report/safe-text.js';
import { textTable } from '../../report/style.js';
import { oneOf } from '../args.js';
import type { CommandContext } from '../context.js';
import { emit, say } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { EXIT } from '../exit-codes.js';
import { formatThreshold } from './catalogue.js';
import { programmeOption, usage } from './shared.js';

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
  return `${lang === 'fr' ? 'inconnu' : 'unknown'} (${i.rule.reason})`;
}

function rows(list: RequirementsList, lang: Lang): string[][] {
  return list.indicators.map((i) => [
    i.requirement,
    i.code,
    i.kind,
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
    return `${[head.join(','), ...rows(list, lang).map((r) => r.map((c) => csvCell(c)).join(','))].join('\r\n')}\r\n`;
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

function parseList<T extends string>(raw: string | boolean | undefined, allowed: readonly T[]): T[] | string {
  if (typeof raw !== 'string') return [];
  const out: T[] = [];
  for (const word of raw.split(/[,|+\s]+/).filter((w) => w !== '')) {
    const upper = word.toUpperCase();
    if (!(allowed as readonly string[]).includes(upper)) return word;
    out.push(upper as T);
  }
  return out;
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
  const format = oneOf(ctx.args.values.format, ['table', 'json', 'csv', 'md'] as const, 'table');
  if (format === false)
    return usage(
      ctx,
      'requirements',
      say(ctx, '--format attend table, json, csv ou md', '--format expects table, json, csv or md'),
    );
  const activities = parseList<Activity>(ctx.args.values.activities, ACTIVITIES);
  if (typeof activities === 'string')
    return usage(
      ctx,
      'requirements',
      say(
        ctx,
        `activité inconnue « ${activities} » (${ACTIVITIES.join(', ')})`,
        `unknown activity "${activities}" (${ACTIVITIES.join(', ')})`,
      ),
    );
  const traits = parseList<EstablishmentTrait>(ctx.args.values.traits, TRAITS);
  if (typeof traits === 'string')
    return usage(
      ctx,
      'requirements',
      say(ctx, `caractéristique inconnue « ${traits} »`, `unknown trait "${traits}"`),
    );
  const programme = await programmeOption(ctx, 50);
  if (typeof programme === 'number') return programme;
  const list = requirements(programme, {
    finess: '',
    activities: activities.length > 0 ? activities : ACTIVITIES,
    traits,
  });
  if (!(await emit(ctx, render(list, format, ctx.lang)))) return EXIT.io;
  return EXIT.ok;
}
