import { finessKey } from '../../src/actors/finess-key.js';
import type { LegalEntity, Site } from '../../src/actors/types.js';

/** A valid FINESS built from 8 characters (for fictitious members). */
export const withKey = (body: string): string => body + finessKey(body)!;

/** Real legal entities from shared/reference/actors.md. */
export const APHP: LegalEntity = { finess: '750712184', name: 'AP-HP', status: 'public' };
export const CHU_LIMOGES: LegalEntity = { finess: '870000015', name: 'CHU de Limoges', status: 'public' };
export const CH_BASTIA: LegalEntity = { finess: '2B0000020', name: 'CH de Bastia', status: 'public' };
export const CH_AJACCIO: LegalEntity = { finess: '2A0000014', name: "CH d'Ajaccio", status: 'public' };
export const HCL: LegalEntity = { finess: '690781810', name: 'Hospices civils de Lyon', status: 'public' };

/** Fictitious entities (valid keys, made-up numbers). */
export const CH_LIMOUSIN_B: LegalEntity = {
  finess: withKey('87000101'),
  name: 'CH fictif B',
  status: 'public',
};
export const CH_CORSE_C: LegalEntity = { finess: withKey('2B000101'), name: 'CH fictif C', status: 'public' };
export const ESPIC_87: LegalEntity = {
  finess: withKey('87000201'),
  name: 'ESPIC fictif',
  status: 'private-non-profit',
  espic: true,
};
export const CLINIC_87: LegalEntity = {
  finess: withKey('87000301'),
  name: 'Clinique fictive',
  status: 'private-for-profit',
};
export const CLCC_87: LegalEntity = {
  finess: withKey('87000401'),
  name: 'CLCC fictif',
  status: 'private-non-profit',
  espic: true,
};

export const ENTITIES: readonly LegalEntity[] = [
  APHP,
  CHU_LIMOGES,
  CH_BASTIA,
  CH_AJACCIO,
  HCL,
  CH_LIMOUSIN_B,
  CH_CORSE_C,
  ESPIC_87,
  CLINIC_87,
  CLCC_87,
];

/** Sites of CH de Bastia (real main site) and of HCL (one fictitious site in Var, as the reference notes). */
export const BASTIA_MAIN: Site = {
  finess: '2B0000012',
  legalEntity: '2B0000020',
  name: 'CH de Bastia, site principal',
  activities: ['MCO', 'PSY'],
  traits: ['NO_EXTERNAL_CONSULTATIONS'],
};
export const BASTIA_HAD: Site = {
  finess: withKey('2B000201'),
  legalEntity: '2B0000020',
  name: 'Site HAD fictif',
  activities: ['HAD', 'MCO'],
  traits: ['NO_EXTERNAL_CONSULTATIONS', 'NO_TECHNICAL_PLATFORM'],
};
export const HCL_VAR: Site = {
  finess: withKey('83000101'),
  legalEntity: '690781810',
  name: 'Site HCL fictif dans le Var',
  activities: ['SSR'],
};
