import { atBoundary } from '../../core/guards.js';
import type { Period } from '../../dates/index.js';
import type { Declaration, DeclaredValue } from '../../evaluation/types.js';

/**
 * The three example periods: 3 full months, every six months (as HOP'EN's usage indicators are reported).
 *
 * @category Example data
 */
export const EXAMPLE_PERIODS: readonly Period[] = Object.freeze([
  { start: '2020-10-01', end: '2020-12-31' },
  { start: '2021-04-01', end: '2021-06-30' },
  { start: '2021-10-01', end: '2021-12-31' },
]);

const yes: DeclaredValue = { kind: 'yes-no', value: true };
const no: DeclaredValue = { kind: 'yes-no', value: false };
const rate = (numerator: number, denominator: number): DeclaredValue => ({
  kind: 'rate',
  numerator,
  denominator,
});
const pct = (percent: number): DeclaredValue => ({ kind: 'rate', percent });
const na = (reason: string): DeclaredValue => ({ kind: 'not-applicable', reason });

type Values = Record<string, DeclaredValue>;

/** Values every example establishment declares alike (prerequisites in place). */
const BASE: Values = { 'P1.EX': yes, 'P2.1': yes, 'P2.3': yes, 'P3.EX': yes, 'D7.EX': yes };

/**
 * Made-up values per establishment and period (index into {@link EXAMPLE_PERIODS}); each tells a small story:
 * progress over time, a threshold met exactly, a gap of a few stays, an indicator declared not applicable, a
 * value missing.
 */
const VALUES: Readonly<Record<string, readonly Values[]>> = {
  // CH Exemple-sur-Allier: catches up on D2.2 and meets it exactly at 98 % in the last period.
  '630990018': [
    {
      'P4.EX': rate(610, 1000),
      'D1.EX': rate(5200, 8000),
      'D2.2': rate(4100, 4800),
      'D2.5': rate(7200, 9500),
      'D3.5': rate(6100, 8000),
      'D4.EX': pct(55),
      'D5.EX': pct(70),
      'D6.EX': rate(420, 1000),
    },
    {
      'P4.EX': rate(640, 1000),
      'D1.EX': rate(5600, 8000),
      'D2.2': rate(4600, 4800),
      'D2.5': rate(7700, 9500),
      'D3.5': rate(6500, 8000),
      'D4.EX': pct(58),
      'D5.EX': pct(72),
      'D6.EX': rate(450, 1000),
    },
    {
      'P4.EX': rate(700, 1000),
      'D1.EX': rate(6000, 8000),
      'D2.2': rate(4900, 5000),
      'D2.5': rate(7800, 9500),
      'D3.5': rate(6600, 8000),
      'D4.EX': pct(61),
      'D5.EX': pct(75),
      'D6.EX': rate(480, 1000),
    },
  ],
  // CH de Val-Fictif: D3.5 stalls just under 80 %.
  '630990026': [
    {
      'P4.EX': rate(520, 1000),
      'D1.EX': rate(3100, 5000),
      'D2.2': rate(2950, 3000),
      'D2.5': rate(4100, 5000),
      'D3.5': rate(3500, 5000),
      'D4.EX': pct(52),
      'D5.EX': pct(60),
      'D6.EX': rate(300, 600),
    },
    {
      'P4.EX': rate(540, 1000),
      'D1.EX': rate(3200, 5000),
      'D2.2': rate(2960, 3000),
      'D2.5': rate(4150, 5000),
      'D3.5': rate(3900, 5000),
      'D4.EX': pct(54),
      'D5.EX': pct(61),
      'D6.EX': rate(310, 600),
    },
    {
      'P4.EX': rate(560, 1000),
      'D1.EX': rate(3300, 5000),
      'D2.2': rate(2970, 3000),
      'D2.5': rate(4200, 5000),
      'D3.5': rate(3990, 5000),
      'D4.EX': pct(56),
      'D5.EX': pct(62),
      'D6.EX': rate(320, 600),
    },
  ],
  // EPSM Exemple: no external consultation in one period (D2.5 not applicable, declared with a reason).
  '630990034': [
    {
      'P4.EX': rate(300, 500),
      'D1.EX': rate(700, 1000),
      'D2.2': rate(980, 1000),
      'D2.5': rate(400, 500),
      'D3.5': rate(850, 1000),
      'D4.EX': pct(50),
      'D5.EX': pct(40),
      'D6.EX': rate(90, 200),
    },
    {
      'P4.EX': rate(310, 500),
      'D1.EX': rate(720, 1000),
      'D2.2': rate(985, 1000),
      'D2.5': na('aucune consultation externe sur la période'),
      'D3.5': rate(860, 1000),
      'D4.EX': pct(51),
      'D5.EX': pct(42),
      'D6.EX': rate(95, 200),
    },
    {
      'P4.EX': rate(320, 500),
      'D1.EX': rate(730, 1000),
      'D2.2': rate(990, 1000),
      'D2.5': rate(420, 500),
      'D3.5': rate(870, 1000),
      'D4.EX': pct(53),
      'D5.EX': pct(45),
      'D6.EX': rate(100, 200),
    },
  ],
  // Hôpital de proximité: no tested disaster-recovery plan yet (P2.1 answered no), then yes.
  '630990042': [
    {
      'P2.1': no,
      'P4.EX': rate(200, 400),
      'D1.EX': rate(250, 400),
      'D2.2': rate(390, 400),
      'D2.5': rate(160, 200),
      'D3.5': rate(330, 400),
      'D4.EX': pct(50),
      'D5.EX': pct(30),
      'D6.EX': rate(40, 100),
    },
    {
      'P2.1': no,
      'P4.EX': rate(210, 400),
      'D1.EX': rate(260, 400),
      'D2.2': rate(392, 400),
      'D2.5': rate(165, 200),
      'D3.5': rate(335, 400),
      'D4.EX': pct(50),
      'D5.EX': pct(31),
      'D6.EX': rate(42, 100),
    },
    {
      'P4.EX': rate(220, 400),
      'D1.EX': rate(270, 400),
      'D2.2': rate(394, 400),
      'D2.5': rate(170, 200),
      'D3.5': rate(340, 400),
      'D4.EX': pct(51),
      'D5.EX': pct(33),
      'D6.EX': rate(45, 100),
    },
  ],
  // CH de Montfictif: its last declaration misses D3.5.
  '630990059': [
    {
      'P4.EX': rate(500, 900),
      'D1.EX': rate(2000, 3000),
      'D2.2': rate(1900, 2000),
      'D2.5': rate(2500, 3000),
      'D3.5': rate(2300, 3000),
      'D4.EX': pct(49),
      'D5.EX': pct(50),
      'D6.EX': rate(200, 500),
    },
    {
      'P4.EX': rate(510, 900),
      'D1.EX': rate(2050, 3000),
      'D2.2': rate(1950, 2000),
      'D2.5': rate(2550, 3000),
      'D3.5': rate(2400, 3000),
      'D4.EX': pct(50),
      'D5.EX': pct(52),
      'D6.EX': rate(210, 500),
    },
    {
      'P4.EX': rate(520, 900),
      'D1.EX': rate(2100, 3000),
      'D2.2': rate(1980, 2000),
      'D2.5': rate(2600, 3000),
      'D4.EX': pct(52),
      'D5.EX': pct(53),
      'D6.EX': rate(220, 500),
    },
  ],
  // HAD Exemple: D2.5 does not concern HAD.
  '630990067': [
    {
      'P4.EX': rate(150, 300),
      'D1.EX': rate(180, 300),
      'D2.2': rate(290, 300),
      'D3.5': rate(240, 300),
      'D4.EX': pct(60),
      'D5.EX': pct(50),
      'D6.EX': rate(50, 100),
    },
    {
      'P4.EX': rate(160, 300),
      'D1.EX': rate(185, 300),
      'D2.2': rate(295, 300),
      'D3.5': rate(245, 300),
      'D4.EX': pct(61),
      'D5.EX': pct(52),
      'D6.EX': rate(52, 100),
    },
    {
      'P4.EX': rate(170, 300),
      'D1.EX': rate(190, 300),
      'D2.2': rate(296, 300),
      'D3.5': rate(250, 300),
      'D4.EX': pct(62),
      'D5.EX': pct(55),
      'D6.EX': rate(55, 100),
    },
  ],
  // Centre de dialyse: D2.2 falls short by a handful of sessions.
  '630990075': [
    {
      'P4.EX': rate(120, 200),
      'D1.EX': rate(900, 1200),
      'D2.2': rate(1150, 1200),
      'D2.5': rate(90, 100),
      'D3.5': rate(1000, 1200),
      'D4.EX': pct(70),
      'D5.EX': pct(60),
      'D6.EX': rate(30, 60),
    },
    {
      'P4.EX': rate(125, 200),
      'D1.EX': rate(920, 1200),
      'D2.2': rate(1170, 1200),
      'D2.5': rate(91, 100),
      'D3.5': rate(1010, 1200),
      'D4.EX': pct(71),
      'D5.EX': pct(61),
      'D6.EX': rate(31, 60),
    },
    {
      'P4.EX': rate(130, 200),
      'D1.EX': rate(940, 1200),
      'D2.2': rate(1172, 1200),
      'D2.5': rate(92, 100),
      'D3.5': rate(1020, 1200),
      'D4.EX': pct(72),
      'D5.EX': pct(62),
      'D6.EX': rate(32, 60),
    },
  ],
  // Clinique du Parc Fictif: D2.5 under target, D6.EX well under.
  '630990083': [
    {
      'P4.EX': rate(400, 700),
      'D1.EX': rate(1500, 2000),
      'D2.2': rate(2450, 2500),
      'D2.5': rate(3000, 5000),
      'D3.5': rate(2100, 2500),
      'D4.EX': pct(65),
      'D5.EX': pct(55),
      'D6.EX': rate(100, 400),
    },
    {
      'P4.EX': rate(420, 700),
      'D1.EX': rate(1550, 2000),
      'D2.2': rate(2460, 2500),
      'D2.5': rate(3500, 5000),
      'D3.5': rate(2150, 2500),
      'D4.EX': pct(66),
      'D5.EX': pct(56),
      'D6.EX': rate(120, 400),
    },
    {
      'P4.EX': rate(430, 700),
      'D1.EX': rate(1600, 2000),
      'D2.2': rate(2470, 2500),
      'D2.5': rate(3900, 5000),
      'D3.5': rate(2200, 2500),
      'D4.EX': pct(68),
      'D5.EX': pct(57),
      'D6.EX': rate(140, 400),
    },
  ],
  // Clinique SSR des Tilleuls: no external consultations (trait), so D2.5 does not concern it; all else met.
  '630990091': [
    {
      'P4.EX': rate(300, 500),
      'D1.EX': rate(500, 700),
      'D2.2': rate(690, 700),
      'D3.5': rate(600, 700),
      'D4.EX': pct(58),
      'D5.EX': pct(50),
      'D6.EX': rate(80, 150),
    },
    {
      'P4.EX': rate(310, 500),
      'D1.EX': rate(510, 700),
      'D2.2': rate(693, 700),
      'D3.5': rate(610, 700),
      'D4.EX': pct(59),
      'D5.EX': pct(51),
      'D6.EX': rate(82, 150),
    },
    {
      'P4.EX': rate(320, 500),
      'D1.EX': rate(520, 700),
      'D2.2': rate(695, 700),
      'D3.5': rate(620, 700),
      'D4.EX': pct(60),
      'D5.EX': pct(52),
      'D6.EX': rate(85, 150),
    },
  ],
};

/**
 * The example declarations: every establishment of the example GHT, for each of {@link EXAMPLE_PERIODS}, made
 * up to show every case (met, not met, not applicable, missing, unknown).
 *
 * @example
 * ```ts
 * exampleDeclarations({ id: 'hopen', version: '1.0.0+example' }).length; // 27
 * ```
 *
 * @category Example data
 */
export function exampleDeclarations(programme: {
  readonly id: string;
  readonly version: string;
}): Declaration[] {
  return atBoundary('exampleDeclarations', 'programme', () => {
    return Object.entries(VALUES).flatMap(([finess, periods]) =>
      periods.map((values, i) => ({
        finess,
        level: 'legal-entity' as const,
        programme: { id: programme.id, version: programme.version },
        period: EXAMPLE_PERIODS[i]!,
        values: { ...BASE, ...values },
        declaredBy: 'palier example data',
      })),
    );
  });
}
