import type { PublishedFigure } from '../programme/types.js';
import { confirmed, seed } from './sources.js';

const BILAN = seed('002', 'assessment of the programme (press)');
const TIC = confirmed('S-tic2850');

/**
 * Published figures about Hôpital numérique: outcome, mid-course funding, certification.
 *
 * @category Programmes
 */
export const hopitalNumeriqueFigures: readonly PublishedFigure[] = [
  {
    id: 'hn-outcome-prerequisites-establishments',
    label: {
      fr: 'Établissements atteignant les prérequis (bilan)',
      en: 'Establishments reaching the prerequisites (assessment)',
    },
    value: 2000,
    unit: 'establishments',
    precision: 'about',
    provenance: BILAN,
  },
  {
    id: 'hn-outcome-projects',
    label: { fr: 'Projets financés (bilan)', en: 'Projects funded (assessment)' },
    value: 1200,
    unit: 'projects',
    precision: 'more-than',
    provenance: BILAN,
  },
  {
    id: 'hn-outcome-establishments-funded',
    label: { fr: 'Établissements financés (bilan)', en: 'Establishments funded (assessment)' },
    value: 900,
    unit: 'establishments',
    precision: 'about',
    provenance: BILAN,
  },
  {
    id: 'hn-outcome-envelope-consumed',
    label: {
      fr: "Part de l'enveloppe de 400 M€ consommée (bilan)",
      en: 'Share of the 400 M€ envelope consumed (assessment)',
    },
    value: 95,
    unit: 'percent',
    provenance: BILAN,
  },
  {
    id: 'hn-2015-01-establishments-funded',
    label: { fr: 'Établissements financés (janvier 2015)', en: 'Establishments funded (January 2015)' },
    value: 248,
    unit: 'establishments',
    provenance: confirmed('S-tic2850', 'January 2015'),
  },
  {
    id: 'hn-2015-01-funds',
    label: { fr: 'Financements accordés (janvier 2015)', en: 'Funds granted (January 2015)' },
    value: 61_100_000,
    unit: 'EUR',
    provenance: confirmed('S-tic2850', 'January 2015; published as 61.1 M€'),
  },
  {
    id: 'hn-2016-establishments-funded',
    label: { fr: 'Établissements financés (2016)', en: 'Establishments funded (2016)' },
    value: 592,
    unit: 'establishments',
    provenance: TIC,
  },
  {
    id: 'hn-2016-regions-funded',
    label: {
      fr: 'Régions (sur les 26 d’avant 2016) ayant des établissements financés (2016)',
      en: 'Regions (of the 26 pre-2016 regions) with funded establishments (2016)',
    },
    value: 23,
    unit: 'regions',
    provenance: TIC,
  },
  {
    id: 'hn-2016-funds-total',
    label: { fr: 'Financements délégués et engagés (2016)', en: 'Funds delegated and committed (2016)' },
    value: 295_000_000,
    unit: 'EUR',
    provenance: TIC,
  },
  {
    id: 'hn-2016-funds-delegated',
    label: { fr: 'Financements délégués (2016)', en: 'Funds delegated (2016)' },
    value: 154_000_000,
    unit: 'EUR',
    provenance: confirmed(
      'S-tic2850',
      'published as 154 M€ = 58 M€ amorçage + 95.5 M€ usage (153.5 M€ unrounded)',
    ),
  },
  {
    id: 'hn-2016-funds-delegated-amorcage',
    label: { fr: "Financements d'amorçage délégués (2016)", en: 'Amorçage funds delegated (2016)' },
    value: 58_000_000,
    unit: 'EUR',
    provenance: TIC,
  },
  {
    id: 'hn-2016-funds-delegated-usage',
    label: { fr: "Financements à l'usage délégués (2016)", en: 'Usage funds delegated (2016)' },
    value: 95_500_000,
    unit: 'EUR',
    provenance: TIC,
  },
  {
    id: 'hn-2016-funds-committed',
    label: { fr: 'Financements engagés (2016)', en: 'Funds committed (2016)' },
    value: 141_000_000,
    unit: 'EUR',
    provenance: TIC,
  },
  {
    id: 'hn-2016-prerequisites-establishments',
    label: {
      fr: 'Établissements ayant atteint tous les prérequis (2016)',
      en: 'Establishments that met all the prerequisites (2016)',
    },
    value: 1300,
    unit: 'establishments',
    provenance: TIC,
  },
  {
    id: 'hn-certification-indicators',
    label: {
      fr: 'Indicateurs Hôpital numérique mobilisés dans la certification HAS (v2010)',
      en: 'Hôpital numérique indicators used in HAS certification (v2010)',
    },
    value: 27,
    unit: 'indicators',
    asOf: '2013-01-21',
    provenance: seed('003'),
  },
  {
    id: 'hn-certification-criteria',
    label: {
      fr: 'Critères de certification HAS concernés (v2010)',
      en: 'HAS certification criteria concerned (v2010)',
    },
    value: 12,
    unit: 'criteria',
    asOf: '2013-01-21',
    provenance: seed('003'),
  },
];
