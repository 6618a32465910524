import type { GhtInput } from '../../actors/ght.js';
import type { Establishment } from '../../actors/types.js';

/**
 * The fictional establishments of the example "GHT Exemple" (*données d'exemple*): names end in "(exemple)",
 * FINESS numbers are made up (department 63, pattern `630990xxK`) with a check key computed by `finessKey` so
 * they pass validation — they designate no real hospital.
 *
 * @category Example data
 */
export const EXAMPLE_ESTABLISHMENTS: readonly Establishment[] = Object.freeze([
  {
    finess: '630990018',
    level: 'legal-entity',
    name: 'CH Exemple-sur-Allier (exemple)',
    status: 'public',
    activities: ['MCO', 'SSR', 'PSY'],
    ght: 'EX-01',
    category: 'CH',
  },
  {
    finess: '630990026',
    level: 'legal-entity',
    name: 'CH de Val-Fictif (exemple)',
    status: 'public',
    activities: ['MCO', 'SSR'],
    ght: 'EX-01',
    category: 'CH',
  },
  {
    finess: '630990034',
    level: 'legal-entity',
    name: 'EPSM Exemple (exemple)',
    status: 'public',
    activities: ['PSY'],
    ght: 'EX-01',
    category: 'CHS',
  },
  {
    finess: '630990042',
    level: 'legal-entity',
    name: 'Hôpital de proximité de Petit-Exemple (exemple)',
    status: 'public',
    activities: ['SSR'],
    traits: ['NO_TECHNICAL_PLATFORM'],
    ght: 'EX-01',
    category: 'HL',
  },
  {
    finess: '630990059',
    level: 'legal-entity',
    name: 'CH de Montfictif (exemple)',
    status: 'public',
    activities: ['MCO'],
    ght: 'EX-01',
    category: 'CH',
  },
  {
    finess: '630990067',
    level: 'legal-entity',
    name: 'HAD Exemple (exemple)',
    status: 'private-non-profit',
    espic: true,
    activities: ['HAD'],
    ght: 'EX-01',
    category: 'HAD',
  },
  {
    finess: '630990075',
    level: 'legal-entity',
    name: 'Centre de dialyse Exemple (exemple)',
    status: 'private-non-profit',
    espic: true,
    activities: ['DIALYSIS'],
    ght: 'EX-01',
    category: 'dialyse',
  },
  {
    finess: '630990083',
    level: 'legal-entity',
    name: 'Clinique du Parc Fictif (exemple)',
    status: 'private-for-profit',
    activities: ['MCO'],
    ght: 'EX-01',
    category: 'clinique',
  },
  {
    finess: '630990091',
    level: 'legal-entity',
    name: 'Clinique SSR des Tilleuls (exemple)',
    status: 'private-for-profit',
    activities: ['SSR'],
    traits: ['NO_EXTERNAL_CONSULTATIONS'],
    ght: 'EX-01',
    category: 'clinique',
  },
]);

/**
 * The example GHT (*GHT Exemple*, fictional): the CH Exemple-sur-Allier is its support establishment, the
 * public establishments are parties, the private ones (ESPIC included) partners — as the 2016 law has it.
 *
 * @category Example data
 */
export const EXAMPLE_GHT: GhtInput = Object.freeze({
  code: 'EX-01',
  name: 'GHT Exemple (exemple)',
  region: '84',
  support: '630990018',
  parties: Object.freeze(['630990018', '630990026', '630990034', '630990042', '630990059']),
  partners: Object.freeze(['630990067', '630990075', '630990083', '630990091']),
});
