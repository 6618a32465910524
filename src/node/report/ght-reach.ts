import type { Establishment } from '../../actors/types.js';
import { type Arguments, atBoundary, LANGS } from '../../core/guards.js';
import type { Lang } from '../../core/label.js';
import type { CalendarDate } from '../../dates/index.js';
import type { EstablishmentEvaluation, LevelStatus } from '../../evaluation/types.js';
import { countOf, formatDate } from './labels.js';

/**
 * A member of a GHT keeping it from reaching the palier, with what blocks it.
 *
 * @category Reports
 */
export interface GhtMemberBlocker {
  /** FINESS. */
  readonly finess: string;
  /** Name, when known. */
  readonly name?: string;
  /** Its palier status (`not-reached` or `unknown`). */
  readonly palier: Exclude<LevelStatus, 'reached'>;
  /** Prerequisites and domains keeping its palier from being reached. */
  readonly blockers: readonly string[];
}

/**
 * The reach of one GHT (*groupement hospitalier de territoire*) from its members' evaluations: how many members
 * reach the palier, and who blocks — each member counted once, with its latest period ending on or before the
 * evaluation date.
 *
 * @category Reports
 */
export interface GhtReach {
  /** GHT code, as the establishments carry it. */
  readonly code: string;
  /** Members (establishments carrying this GHT). */
  readonly members: number;
  /** Members with an evaluation counted. */
  readonly evaluated: number;
  /** Members whose palier is reached. */
  readonly reached: number;
  /** … not reached. */
  readonly notReached: number;
  /** … unknown. */
  readonly unknown: number;
  /** The GHT reaches the palier when every member does and none is left without an evaluation. */
  readonly status: LevelStatus;
  /** Members not reaching the palier, by FINESS. */
  readonly blockers: readonly GhtMemberBlocker[];
}

/**
 * The reach of every GHT the establishments carry (none when no establishment has a GHT), in GHT-code order.
 *
 * @example
 * ```ts
 * ghtReach(evaluations, establishmentsByFiness, '2021-12-31')[0]; // { code: 'EX-01', members: 9, reached: 2, … }
 * ```
 *
 * @category Reports
 */
export function ghtReach(
  evaluations: readonly EstablishmentEvaluation[],
  establishments: ReadonlyMap<string, Establishment>,
  asOf: CalendarDate,
): GhtReach[] {
  const args: Arguments = {
    evaluations: [evaluations, 'list'],
    establishments: [establishments, 'object'],
    asOf: [asOf, 'text'],
  };
  return atBoundary('ghtReach', args, () => {
    const latest = new Map<string, EstablishmentEvaluation>();
    for (const e of evaluations) {
      if (e.period.end > asOf) continue;
      const kept = latest.get(e.finess);
      if (kept === undefined || e.period.end > kept.period.end) latest.set(e.finess, e);
    }
    const byGht = new Map<string, Establishment[]>();
    for (const e of establishments.values()) {
      if (e.ght === undefined || e.ght === '') continue;
      const members = byGht.get(e.ght) ?? [];
      members.push(e);
      byGht.set(e.ght, members);
    }
    return [...byGht.keys()].sort().map((code) => {
      const members = byGht.get(code)!;
      let reached = 0;
      let notReached = 0;
      let unknown = 0;
      const blockers: GhtMemberBlocker[] = [];
      for (const m of [...members].sort((a, b) => (a.finess < b.finess ? -1 : 1))) {
        const e = latest.get(m.finess);
        if (e === undefined) continue;
        const status = e.palier.status;
        if (status === 'reached') {
          reached++;
          continue;
        }
        if (status === 'not-reached') notReached++;
        else unknown++;
        blockers.push({
          finess: m.finess,
          ...(m.name !== undefined ? { name: m.name } : {}),
          palier: status,
          blockers: e.palier.blockers,
        });
      }
      const evaluated = reached + notReached + unknown;
      const status: LevelStatus =
        notReached > 0 ? 'not-reached' : unknown > 0 || evaluated < members.length ? 'unknown' : 'reached';
      return { code, members: members.length, evaluated, reached, notReached, unknown, status, blockers };
    });
  });
}

/**
 * The title of the GHT section: `GHT : atteinte du palier et bloquants, au 31 décembre 2021`.
 *
 * @example
 * ```ts
 * ghtTitle('en', '2021-12-31'); // 'GHT: palier reach and blockers, as of 31 December 2021'
 * ```
 *
 * @category Reports
 */
export function ghtTitle(lang: Lang, asOf: CalendarDate): string {
  const args: Arguments = { lang: [lang, LANGS], asOf: [asOf, 'text'] };
  return atBoundary('ghtTitle', args, () => {
    return lang === 'fr'
      ? `GHT : atteinte du palier et bloquants, au ${formatDate(asOf, lang)}`
      : `GHT: palier reach and blockers, as of ${formatDate(asOf, lang)}`;
  });
}

/**
 * One blocker in words: `330781196 CH de Val-Fictif — non atteint : D2, D3`.
 *
 * @example
 * ```ts
 * blockerText({ finess: '330781196', palier: 'not-reached', blockers: ['D2'] }, 'fr'); // '330781196 — non atteint : D2'
 * ```
 *
 * @category Reports
 */
export function blockerText(b: GhtMemberBlocker, lang: Lang): string {
  const args: Arguments = { b: [b, 'object'], lang: [lang, LANGS] };
  return atBoundary('blockerText', args, () => {
    const status =
      lang === 'fr'
        ? b.palier === 'not-reached'
          ? 'non atteint'
          : 'inconnu'
        : b.palier === 'not-reached'
          ? 'not reached'
          : 'unknown';
    const codes = b.blockers.length > 0 ? `${lang === 'fr' ? ' : ' : ': '}${b.blockers.join(', ')}` : '';
    return `${b.finess}${b.name !== undefined ? ` ${b.name}` : ''} — ${status}${codes}`;
  });
}

/**
 * The members line of one GHT: `EX-01 — 9 membres, 9 évalués : 2 paliers atteints, 6 non atteints, 1 inconnu`.
 *
 * @example
 * ```ts
 * membersText(reach, 'en'); // 'EX-01 — 9 members, 9 evaluated: 2 paliers reached, 6 not reached, 1 unknown'
 * ```
 *
 * @category Reports
 */
export function membersText(g: GhtReach, lang: Lang): string {
  const args: Arguments = { g: [g, 'object'], lang: [lang, LANGS] };
  return atBoundary('membersText', args, () => {
    const evaluated =
      lang === 'fr' ? `${g.evaluated} ${g.evaluated < 2 ? 'évalué' : 'évalués'}` : `${g.evaluated} evaluated`;
    return `${g.code} — ${countOf(g.members, 'members', lang)}, ${evaluated}${lang === 'fr' ? ' : ' : ': '}${countOf(g.reached, 'palierReached', lang)}, ${countOf(g.notReached, 'notReached', lang)}, ${countOf(g.unknown, 'unknown', lang)}`;
  });
}
