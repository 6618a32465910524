import type { PublishedFigure } from '../programme/types.js';
import { confirmed, seed } from './sources.js';

const S20 = confirmed('S20', 'DGOS figures on the 2019 selection, as published by the press');

/** Funds by domain after the 2019 selection (S20): share of the envelope, and amount where published. */
const fundsByDomain = (
  [
    ['D2', 52, 217_000_000],
    ['D6', 17, 70_000_000],
    ['D1', 11, undefined],
    ['D3', 9, undefined],
    ['D4', 4, undefined],
    ['D5', 4, undefined],
    ['D7', 3, undefined],
  ] as const
).flatMap(([domain, percent, amount]): PublishedFigure[] => {
  const share: PublishedFigure = {
    id: `hopen-funds-share-${domain}`,
    label: {
      fr: `Part des financements HOP'EN allant au domaine ${domain}`,
      en: `Share of HOP'EN funds going to domain ${domain}`,
    },
    value: percent,
    unit: 'percent',
    dimension: { kind: 'domain', key: domain },
    provenance: S20,
  };
  if (amount === undefined) return [share];
  return [
    share,
    {
      id: `hopen-funds-amount-${domain}`,
      label: {
        fr: `Financements HOP'EN allant au domaine ${domain}`,
        en: `HOP'EN funds going to domain ${domain}`,
      },
      value: amount,
      unit: 'EUR',
      dimension: { kind: 'domain', key: domain },
      provenance: S20,
    },
  ];
});

/**
 * Published figures about HOP'EN: the plan's aims, the indicator guides, the 2019 selection, funds by domain.
 *
 * @category Programmes
 */
export const hopenFigures: readonly PublishedFigure[] = [
  {
    id: 'hopen-aim-projects',
    label: { fr: 'Projets à financer (objectif)', en: 'Projects to fund (aim)' },
    value: 1000,
    unit: 'projects',
    precision: 'more-than',
    provenance: seed('001', 'levier 4 objective: "plus de 1000 projets"'),
  },
  {
    id: 'hopen-aim-establishments',
    label: { fr: 'Établissements à financer (objectif)', en: 'Establishments to fund (aim)' },
    value: 900,
    unit: 'establishments',
    precision: 'about',
    provenance: seed('001', 'levier 4 objective: "environ 900 établissements", a third of establishments'),
  },
  {
    id: 'hopen-guide-v1-prerequisite-indicators',
    label: {
      fr: 'Indicateurs de prérequis dans les guides v1 (février 2019)',
      en: 'Prerequisite indicators in the v1 guides (February 2019)',
    },
    value: 15,
    unit: 'indicators',
    provenance: confirmed('S14'),
  },
  {
    id: 'hopen-guide-v1-domain-indicators',
    label: {
      fr: 'Indicateurs de domaines dans les guides v1 (février 2019)',
      en: 'Domain indicators in the v1 guides (February 2019)',
    },
    value: 26,
    unit: 'indicators',
    provenance: confirmed('S14'),
  },
  {
    id: 'hopen-guide-v1-security-indicators',
    label: {
      fr: 'Indicateurs portant sur la sécurité et la confidentialité (guides v1)',
      en: 'Indicators on security and confidentiality (v1 guides)',
    },
    value: 8,
    unit: 'indicators',
    provenance: confirmed('S14', 'the source counts these 8 among the 26 domain indicators'),
  },
  {
    id: 'hopen-selection-interested-establishments',
    label: {
      fr: 'Établissements ayant manifesté leur intérêt (AMI 2019)',
      en: 'Establishments that expressed interest (2019 AMI)',
    },
    value: 2430,
    unit: 'establishments',
    provenance: S20,
  },
  {
    id: 'hopen-selection-interested-share',
    label: {
      fr: 'Part des établissements présents dans oSIS ayant manifesté leur intérêt',
      en: 'Share of the establishments in oSIS that expressed interest',
    },
    value: 76,
    unit: 'percent',
    provenance: S20,
  },
  {
    id: 'hopen-selection-applications',
    label: { fr: 'Candidatures déposées', en: 'Applications filed' },
    value: 6589,
    unit: 'applications',
    provenance: S20,
  },
  {
    id: 'hopen-selection-applications-retained',
    label: { fr: 'Candidatures retenues', en: 'Applications retained' },
    value: 1712,
    unit: 'applications',
    provenance: S20,
  },
  {
    id: 'hopen-selection-preselected-establishments',
    label: { fr: 'Établissements présélectionnés', en: 'Establishments pre-selected' },
    value: 1440,
    unit: 'establishments',
    provenance: S20,
  },
  {
    id: 'hopen-selection-preselected-public',
    label: { fr: 'Établissements publics présélectionnés', en: 'Public establishments pre-selected' },
    value: 680,
    unit: 'establishments',
    provenance: S20,
  },
  {
    id: 'hopen-selection-preselected-public-share',
    label: {
      fr: 'Part des établissements publics parmi les présélectionnés',
      en: 'Share of public establishments among those pre-selected',
    },
    value: 47,
    unit: 'percent',
    provenance: S20,
  },
  {
    id: 'hopen-selection-applications-D2',
    label: {
      fr: 'Candidatures sur le domaine D2 (le plus demandé)',
      en: 'Applications on domain D2 (the most requested)',
    },
    value: 1679,
    unit: 'applications',
    dimension: { kind: 'domain', key: 'D2' },
    provenance: S20,
  },
  {
    id: 'hopen-selection-applications-D2-share',
    label: { fr: 'Part des candidatures sur le domaine D2', en: 'Share of applications on domain D2' },
    value: 25,
    unit: 'percent',
    dimension: { kind: 'domain', key: 'D2' },
    provenance: S20,
  },
  ...fundsByDomain,
];
