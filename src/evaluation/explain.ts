import { type Arguments, atBoundary } from '../core/guards.js';
import type { Lang } from '../core/label.js';
import { visible } from '../core/visible-text.js';
import { counted, VOCABULARY } from '../core/vocabulary.js';
import { comparatorSymbol } from '../programme/comparator.js';
import type { GhtEvaluation, GhtLevelSummary } from './ght.js';
import type { Ifaq2016Score } from './ifaq.js';
import { reasonMessage } from './reasons.js';
import type {
  EstablishmentEvaluation,
  IndicatorResult,
  IndicatorStatus,
  LevelStatus,
  PalierResult,
  RequirementResult,
} from './types.js';

/**
 * Anything the engine returns that {@link explain} can put into words.
 *
 * @category Evaluation
 */
export type Explainable =
  | IndicatorResult
  | RequirementResult
  | PalierResult
  | EstablishmentEvaluation
  | GhtEvaluation
  | GhtLevelSummary
  | Ifaq2016Score;

/**
 * Options of {@link explain}.
 *
 * @category Evaluation
 */
export interface ExplainOptions {
  /** Language of the sentences. */
  readonly lang: Lang;
}

// Every status word comes from palier's one vocabulary (core/vocabulary.ts), like the reports'.
type Status = IndicatorStatus | LevelStatus | 'scored';

/**
 * Puts a result into words, in French or English: the status, the sentence of its reason code, and the details
 * (observed against expected, the gap, what blocks a level). An establishment or a GHT gives one line per level.
 *
 * @example
 * ```ts
 * explain(d22Result, { lang: 'en' });
 * // 'D2.2 — not met: The declared value is below the threshold. Observed 97.98 % (4,899/5,000); expected ≥ 98 % (usage target). Gap: 1 more numerator unit.'
 * ```
 *
 * @category Evaluation
 */
export function explain(result: Explainable, options: ExplainOptions): string {
  const args: Arguments = { result: [result, 'object'], options: [options, 'object'] };
  return atBoundary('explain', args, () => {
    const { lang } = options;
    if ('members' in result) return explainGht(result, lang);
    if ('palier' in result && 'prerequisites' in result) return explainEvaluation(result, lang);
    if ('points' in result || 'possible' in result) return explainIfaq(result, lang);
    if ('path' in result) return explainIndicator(result, lang);
    if ('indicators' in result) return explainRequirement(result, lang);
    if ('notReached' in result) return explainSummary(result, lang);
    return explainPalier(result, lang);
  });
}

function head(code: string, status: Status, reason: string, lang: Lang): string {
  const colon = lang === 'fr' ? ' :' : ':'; // French typography puts a space before a colon
  return `${code} — ${VOCABULARY[status][lang]}${colon} ${reasonMessage(reason, lang)}`;
}

/** Number formats, built on first use: building one per call made bulk explanations slow. */
const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

function num(value: number, lang: Lang): string {
  let format = numberFormats[lang];
  if (format === undefined) {
    format = new Intl.NumberFormat(lang === 'fr' ? 'fr-FR' : 'en-US', { maximumFractionDigits: 2 });
    numberFormats[lang] = format;
  }
  return format.format(value);
}

function show(value: number | boolean, percent: boolean, lang: Lang): string {
  if (typeof value === 'boolean')
    return value ? (lang === 'fr' ? 'oui' : 'yes') : lang === 'fr' ? 'non' : 'no';
  return percent ? `${num(value, lang)} %` : num(value, lang);
}

function explainIndicator(r: IndicatorResult, lang: Lang): string {
  const parts = [head(r.code, r.status, r.reason, lang)];
  const d = r.declared;
  const isRate = r.kind === 'rate' || d?.kind === 'rate';
  if (r.observed !== undefined) {
    let observed = show(r.observed, isRate, lang);
    if (d?.kind === 'rate' && 'numerator' in d)
      observed += ` (${num(d.numerator, lang)}/${num(d.denominator, lang)})`;
    parts.push(lang === 'fr' ? `Observé : ${observed}.` : `Observed ${observed}.`);
  }
  if (r.expected !== undefined) {
    const role =
      r.expected.role === 'eligibility'
        ? lang === 'fr'
          ? "seuil d'éligibilité"
          : 'eligibility threshold'
        : lang === 'fr'
          ? "cible d'usage"
          : 'usage target';
    const value = `${comparatorSymbol(r.expected)} ${show(r.expected.value, isRate, lang)}`;
    const when = r.expected.inForce === undefined ? '' : `, ${inForceWords(r.expected.inForce, lang)}`;
    parts.push(
      lang === 'fr' ? `Attendu : ${value} (${role}${when}).` : `Expected ${value} (${role}${when}).`,
    );
  }
  if (d?.kind === 'not-applicable')
    parts.push(
      lang === 'fr' ? `Motif : ${visible(String(d.reason))}.` : `Reason: ${visible(String(d.reason))}.`,
    );
  if (r.gap !== undefined) parts.push(gapSentence(r.gap, lang));
  return parts.join(' ');
}

/** The schedule step a threshold came from, in words: `en vigueur pour 2027 (2027-01-01 – 2027-12-31)`. */
function inForceWords(
  w: NonNullable<NonNullable<IndicatorResult['expected']>['inForce']>,
  lang: Lang,
): string {
  const span =
    w.until === undefined
      ? lang === 'fr'
        ? `depuis le ${w.from}`
        : `from ${w.from}`
      : `${w.from} – ${w.until}`;
  if (w.name === undefined) return lang === 'fr' ? `en vigueur ${span}` : `in force ${span}`;
  return lang === 'fr' ? `en vigueur pour ${w.name}, ${span}` : `in force for ${w.name}, ${span}`;
}

function gapSentence(gap: NonNullable<IndicatorResult['gap']>, lang: Lang): string {
  const amount = num(gap.amount, lang);
  const down = gap.direction === 'decrease';
  // French agreement: singular below 2 (« 1,5 point manquant »), English: singular for exactly 1
  const plural = Math.abs(Number(gap.amount)) >= 2;
  const one = Number(gap.amount) === 1;
  if (gap.reachable === false) {
    return lang === 'fr'
      ? `Même en ${down ? 'retirant' : 'ajoutant'} ${amount} ${gap.unit === 'points' ? 'points' : 'unités'}, le seuil resterait hors d'atteinte.`
      : `Even ${down ? 'removing' : 'adding'} ${amount} ${gap.unit === 'points' ? 'points' : 'units'} would not meet it.`;
  }
  if (gap.unit === 'points') {
    const beyond = gap.strict === true ? (lang === 'fr' ? ' (et un peu plus)' : ' (and a little more)') : '';
    return lang === 'fr'
      ? `Écart : ${amount} ${plural ? 'points' : 'point'} ${down ? 'de trop' : plural ? 'manquants' : 'manquant'}${beyond}.`
      : `Gap: ${amount} ${one ? 'point' : 'points'} ${down ? 'too many' : 'short'}${beyond}.`;
  }
  return lang === 'fr'
    ? `Écart : ${amount} ${plural ? 'unités' : 'unité'} ${down ? 'en moins' : 'de plus'} au numérateur.`
    : `Gap: ${amount} ${down ? 'fewer' : 'more'} numerator ${one ? 'unit' : 'units'}.`;
}

function blockersSentence(blockers: readonly string[], lang: Lang): string {
  if (blockers.length === 0) return '';
  return lang === 'fr' ? ` Bloquants : ${blockers.join(', ')}.` : ` Blocked by: ${blockers.join(', ')}.`;
}

function explainRequirement(r: RequirementResult, lang: Lang): string {
  return `${head(r.code, r.status, r.reason, lang)}${blockersSentence(r.blockers, lang)}`;
}

function explainPalier(r: PalierResult, lang: Lang): string {
  return `${head('Palier', r.status, r.reason, lang)}${blockersSentence(r.blockers, lang)}`;
}

/** Members of a GHT by status, counted with agreement. */
const MEMBERS = {
  reached: { fr: ['atteint', 'atteints'], en: ['reached', 'reached'] },
  notReached: { fr: ['non atteint', 'non atteints'], en: ['not reached', 'not reached'] },
  unknown: { fr: ['inconnu', 'inconnus'], en: ['unknown', 'unknown'] },
} as const;

function explainSummary(r: GhtLevelSummary, lang: Lang): string {
  const counts =
    lang === 'fr'
      ? ` Membres : ${counted(r.reached.length, MEMBERS.reached, lang)}, ${counted(r.notReached.length, MEMBERS.notReached, lang)}, ${counted(r.unknown.length, MEMBERS.unknown, lang)}.`
      : ` Members: ${r.reached.length} reached, ${r.notReached.length} not reached, ${r.unknown.length} unknown.`;
  return `${head(r.code === 'palier' ? 'Palier' : r.code, r.status, r.reason, lang)}${counts}${blockersSentence(r.blockers, lang)}`;
}

function explainEvaluation(e: EstablishmentEvaluation, lang: Lang): string {
  const lines = [`${e.finess} (${e.period.start} – ${e.period.end}) — ${explainPalier(e.palier, lang)}`];
  for (const req of [...e.prerequisites, ...e.domains]) {
    lines.push(`  ${explainRequirement(req, lang)}`);
    for (const ind of req.indicators) {
      if (ind.status !== 'met' && ind.status !== 'not-applicable')
        lines.push(`    ${explainIndicator(ind, lang)}`);
    }
  }
  for (const d of e.diagnostics) lines.push(`  ! ${d.code}: ${d.message[lang]}`);
  return lines.join('\n');
}

function explainGht(g: GhtEvaluation, lang: Lang): string {
  const name = g.ght ?? 'GHT';
  const lines = [`${name} — ${explainSummary(g.palier, lang)}`];
  for (const s of [...g.prerequisites, ...g.domains]) lines.push(`  ${explainSummary(s, lang)}`);
  for (const d of g.diagnostics) lines.push(`  ! ${d.code}: ${d.message[lang]}`);
  return lines.join('\n');
}

function explainIfaq(s: Ifaq2016Score, lang: Lang): string {
  const title = 'IFAQ 2016';
  if (s.status === 'scored') {
    return `${head(title, 'scored', s.reason, lang)} ${lang === 'fr' ? 'Points :' : 'Points:'} ${s.points}.`;
  }
  const possible =
    s.possible.length > 0
      ? lang === 'fr'
        ? ` Scores possibles : ${s.possible.join(', ')}.`
        : ` Possible scores: ${s.possible.join(', ')}.`
      : '';
  return `${head(title, 'unknown', s.reason, lang)}${possible}`;
}
