import type { Lang } from '../../core/label.js';
import { VOCABULARY } from '../../core/vocabulary.js';

const V = VOCABULARY;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The HTML report's words in both languages: headings, captions, units. Status, dimension and provenance words
 * come from palier's one vocabulary (`VOCABULARY`).
 *
 * @category Reports
 */
export const HTML_WORDS = {
  fr: {
    title: 'Évaluation',
    asOf: 'au',
    contents: 'Sommaire',
    overview: 'Vue d’ensemble',
    breakdown: 'Répartition',
    trend: 'Évolution par période',
    ght: 'Synthèse par GHT',
    reference: 'Chiffres publiés et calculés',
    funding: 'Financement',
    programming: 'Programmation régionale simulée',
    fundingByDomain: 'Forfaits retenus par domaine',
    establishments: 'Établissements',
    indicators: 'Indicateurs : seuils et sources',
    kpiEstablishments: 'Établissements',
    kpiEvaluations: 'Évaluations (établissement × période)',
    kpiPeriods: 'Périodes déclarées',
    kpiPalier: 'Palier atteint (dernière période)',
    kpiNotReached: 'Palier non atteint',
    kpiUnknown: 'Palier inconnu',
    kpiPrerequisites: 'Tous les prérequis atteints',
    kpiIndicatorsMissed: 'Indicateurs non atteints',
    levelsChart: 'Part des établissements atteignant chaque prérequis, domaine et le palier',
    levelsDesc:
      'Une barre par exigence : partie pleine atteinte, hachurée non atteinte, pointillée inconnue ; la part atteinte est écrite à droite. Dernière évaluation de chaque établissement.',
    byChart: 'Palier par',
    byDesc:
      'Une barre par groupe : partie pleine palier atteint, hachurée non atteint, pointillée inconnu ; la part atteinte est écrite à droite.',
    trendChart: 'Palier par période déclarée',
    trendDesc:
      'Une barre par période : partie pleine palier atteint, hachurée non atteint, pointillée inconnu ; la part atteinte est écrite à droite.',
    data: 'Tableau des données',
    group: 'Groupe',
    evaluated: 'Évalués',
    shareReached: 'Part atteinte',
    shareKnown: 'Part atteinte parmi les statuts connus',
    level: 'Exigence',
    observed: 'Observés',
    overlapping: 'Un établissement compte dans chacune de ses activités : les lignes ne s’additionnent pas.',
    none: '(aucun)',
    unassigned: '(non placé)',
    members: 'Membres',
    ghtStatus: 'Palier du GHT',
    blockers: 'Membres bloquants',
    others: 'autres',
    noGht: 'Aucun établissement ne porte de GHT.',
    published: 'Publié',
    computed: 'Calculé ici',
    figure: 'Chiffre',
    date: 'Date',
    source: 'Source',
    notComputed: 'non calculé',
    precision: { exact: '', about: 'environ ', 'more-than': 'plus de ' },
    amount: 'Montant',
    total: 'Total',
    domain: 'Domaine',
    search: 'Rechercher (FINESS, nom, région)',
    allRegions: 'toutes',
    allStatuses: 'tous',
    palierLatest: 'Palier (dernière période)',
    shown: ['établissement affiché', 'établissements affichés'] as const,
    noScript:
      'Le filtre demande JavaScript ; sans lui, la recherche du navigateur (Ctrl+F) trouve un FINESS ou un nom.',
    legend: 'Légende',
    compactNote:
      'Chaque ligne : FINESS, nom, région · statut, le palier de chaque période (de la plus ancienne à la plus récente) et les exigences non atteintes à la dernière. Dépliée : la dernière période avec ses indicateurs manqués ou inconnus (seuils dans le tableau des indicateurs) et le nombre d’indicateurs atteints ; chaque période antérieure avec le palier et les exigences non atteintes. Les valeurs et les écarts sont dans les exports CSV et JSON.',
    indicator: 'Indicateur',
    code: 'Code',
    threshold: 'Seuil ou cible',
    provenance: 'Origine',
    generated: 'Rapport produit par palier',
    skip: 'Aller aux établissements',
  },
  en: {
    title: 'Evaluation',
    asOf: 'as of',
    contents: 'Contents',
    overview: 'Overview',
    breakdown: 'Breakdown',
    trend: 'Trend by period',
    ght: 'GHT roll-up',
    reference: 'Published and computed figures',
    funding: 'Funding',
    programming: 'Simulated regional programming',
    fundingByDomain: 'Selected forfaits by domain',
    establishments: 'Establishments',
    indicators: 'Indicators: thresholds and sources',
    kpiEstablishments: 'Establishments',
    kpiEvaluations: 'Evaluations (establishment × period)',
    kpiPeriods: 'Declared periods',
    kpiPalier: 'Palier reached (latest period)',
    kpiNotReached: 'Palier not reached',
    kpiUnknown: 'Palier unknown',
    kpiPrerequisites: 'All prerequisites reached',
    kpiIndicatorsMissed: 'Indicators not met',
    levelsChart: 'Share of establishments reaching each prerequisite, domain and the palier',
    levelsDesc:
      'One bar per requirement: solid part reached, hatched not reached, dotted unknown; the share reached is written on the right. Latest evaluation of each establishment.',
    byChart: 'Palier by',
    byDesc:
      'One bar per group: solid part palier reached, hatched not reached, dotted unknown; the share reached is written on the right.',
    trendChart: 'Palier by declared period',
    trendDesc:
      'One bar per period: solid part palier reached, hatched not reached, dotted unknown; the share reached is written on the right.',
    data: 'Data table',
    group: 'Group',
    evaluated: 'Evaluated',
    shareReached: 'Share reached',
    shareKnown: 'Share reached among known statuses',
    level: 'Requirement',
    observed: 'Observed',
    overlapping: 'An establishment counts in each of its activities: the rows do not add up.',
    none: '(none)',
    unassigned: '(unassigned)',
    members: 'Members',
    ghtStatus: 'GHT palier',
    blockers: 'Blocking members',
    others: 'others',
    noGht: 'No establishment carries a GHT.',
    published: 'Published',
    computed: 'Computed here',
    figure: 'Figure',
    date: 'Date',
    source: 'Source',
    notComputed: 'not computed',
    precision: { exact: '', about: 'about ', 'more-than': 'more than ' },
    amount: 'Amount',
    total: 'Total',
    domain: 'Domain',
    search: 'Search (FINESS, name, region)',
    allRegions: 'all',
    allStatuses: 'all',
    palierLatest: 'Palier (latest period)',
    shown: ['establishment shown', 'establishments shown'] as const,
    noScript:
      'The filter needs JavaScript; without it, the browser’s search (Ctrl+F) finds a FINESS or a name.',
    legend: 'Legend',
    compactNote:
      'Each line: FINESS, name, region · status, the palier of each period (oldest first) and the requirements not reached in the latest. Opened: the latest period with its missed or unknown indicators (thresholds in the indicators table) and the count of indicators met; each earlier period with the palier and the requirements not reached. Values and gaps are in the CSV and JSON exports.',
    indicator: 'Indicator',
    code: 'Code',
    threshold: 'Threshold or target',
    provenance: 'Source of the rule',
    generated: 'Report produced by palier',
    skip: 'Skip to the establishments',
  },
} as const;

/**
 * The words of one language.
 *
 * @category Reports
 */
export type HtmlWords = (typeof HTML_WORDS)[Lang];

/**
 * Dimension names as section headings (`Région`, `ARS` …), from the vocabulary.
 *
 * @example
 * ```ts
 * dimensionName('status', 'fr'); // 'Statut juridique'
 * ```
 *
 * @category Reports
 */
export function dimensionName(dimension: string, lang: Lang): string {
  const word =
    dimension === 'status'
      ? V['legal-status']
      : dimension === 'ght'
        ? V.ght
        : (V as Record<string, { fr: string; en: string }>)[dimension];
  return cap(word?.[lang] ?? dimension);
}
