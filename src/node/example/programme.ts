import type { Label } from '../../core/label.js';
import type { NewIndicator } from '../../programme/override-changes.js';
import { withOverrides } from '../../programme/overrides.js';
import type { Programme } from '../../programme/types.js';
import { hopen } from '../../programmes/index.js';

/**
 * Source and note of every example change, as the override records them.
 *
 * @category Example data
 */
export const EXAMPLE_SOURCE = 'palier example data';

/**
 * The note carried by every example fact.
 *
 * @category Example data
 */
export const EXAMPLE_NOTE = 'synthetic, not official';

function example(requirement: string, what: Label): Label {
  return {
    fr: `Indicateur d’exemple ${requirement} : ${what.fr} (fictif, pas un indicateur officiel)`,
    en: `Example indicator ${requirement}: ${what.en} (fictional, not an official indicator)`,
  };
}

const ADDED: readonly { requirement: string; indicator: NewIndicator }[] = [
  {
    requirement: 'P1',
    indicator: {
      code: 'P1.EX',
      label: example('P1', { fr: 'identitovigilance organisée', en: 'identity monitoring organised' }),
      kind: 'yes-no',
      level: 'legal-entity',
      eligibility: { comparator: 'equal', value: true, inclusive: true },
    },
  },
  {
    requirement: 'P3',
    indicator: {
      code: 'P3.EX',
      label: example('P3', { fr: 'charte d’accès au SI diffusée', en: 'IS access charter circulated' }),
      kind: 'yes-no',
      level: 'legal-entity',
      eligibility: { comparator: 'equal', value: true, inclusive: true },
    },
  },
  {
    requirement: 'P4',
    indicator: {
      code: 'P4.EX',
      label: example('P4', {
        fr: 'taux de documents échangés par messagerie sécurisée',
        en: 'rate of documents sent by secure messaging',
      }),
      kind: 'rate',
      unit: '%',
      level: 'legal-entity',
      eligibility: { comparator: 'at-least', value: 50, inclusive: true },
    },
  },
  {
    requirement: 'D1',
    indicator: {
      code: 'D1.EX',
      label: example('D1', {
        fr: 'taux de résultats de biologie consultables',
        en: 'rate of biology results available electronically',
      }),
      kind: 'rate',
      unit: '%',
      level: 'legal-entity',
      target: { comparator: 'at-least', value: 60, inclusive: true },
    },
  },
  {
    requirement: 'D4',
    indicator: {
      code: 'D4.EX',
      label: example('D4', {
        fr: 'taux de rendez-vous planifiés dans l’agenda partagé',
        en: 'rate of appointments booked in the shared calendar',
      }),
      kind: 'rate',
      unit: '%',
      level: 'legal-entity',
      target: { comparator: 'at-least', value: 50, inclusive: true },
    },
  },
  {
    requirement: 'D5',
    indicator: {
      code: 'D5.EX',
      label: example('D5', {
        fr: 'taux de services disposant d’un tableau de bord médico-économique',
        en: 'rate of departments with a medico-economic dashboard',
      }),
      kind: 'rate',
      unit: '%',
      level: 'legal-entity',
      target: { comparator: 'at-least', value: 50, inclusive: true },
    },
  },
  {
    requirement: 'D6',
    indicator: {
      code: 'D6.EX',
      label: example('D6', {
        fr: 'taux de lettres de liaison envoyées',
        en: 'rate of discharge letters sent',
      }),
      kind: 'rate',
      unit: '%',
      level: 'legal-entity',
      target: { comparator: 'at-least', value: 40, inclusive: true },
    },
  },
  {
    requirement: 'D7',
    indicator: {
      code: 'D7.EX',
      label: example('D7', {
        fr: 'prise de rendez-vous en ligne (cible non fournie)',
        en: 'online appointment booking (no target supplied)',
      }),
      kind: 'yes-no',
      level: 'legal-entity',
      applicability: { activities: ['MCO'] },
    },
  },
];

/**
 * HOP'EN with an explicit, labelled **example** override (*surcharge d'exemple*): one made-up indicator for each
 * prerequisite and domain the bundled catalogue has none for, most with a made-up threshold or target so the
 * demo can show met and not-met results — and D7.EX (MCO only) left without target, so it also shows
 * "unknown". The example also states every requirement's indicator count (the example referential is complete),
 * so requirements can be reached. Every change is recorded with provenance `{ source: 'palier example data', status: 'override',
 * note: 'synthetic, not official' }`. None of these values is official.
 *
 * @example
 * ```ts
 * const p = exampleProgramme();
 * p.overrides.every((o) => o.provenance.note === 'synthetic, not official'); // true
 * ```
 *
 * @category Example data
 */
export function exampleProgramme(): Programme {
  return withOverrides(hopen, {
    source: EXAMPLE_SOURCE,
    note: EXAMPLE_NOTE,
    version: `${hopen.version}+example`,
    addIndicators: ADDED,
    // P2.1 and P2.3 have no public source for their threshold: the example states one (synthetic)
    thresholds: ['P2.1', 'P2.3'].map((indicator) => ({
      indicator,
      role: 'eligibility' as const,
      comparator: 'equal' as const,
      value: true,
      inclusive: true,
    })),
    indicatorCounts: exampleCounts(),
  });
}

/**
 * The example referential is complete by construction: for each requirement, the bundled indicators plus the
 * example ones are all there is, so the engine can settle it (reached or not) instead of answering "unknown".
 */
function exampleCounts(): { requirement: string; count: number }[] {
  return [...hopen.prerequisites, ...hopen.domains].map((r) => ({
    requirement: r.code,
    count: r.indicators.length + ADDED.filter((a) => a.requirement === r.code).length,
  }));
}
