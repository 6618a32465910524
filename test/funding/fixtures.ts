/**
 * Hand-made, SYNTHETIC test data: a small programme shaped like the bundled ones, with a SYNTHETIC forfait grid.
 * None of the amounts here is an official value.
 */

import type { Provenance } from '../../src/core/label.js';
import type { EstablishmentEvaluation, LevelStatus, RequirementResult } from '../../src/evaluation/types.js';
import type { FundingApplication, TrancheInput } from '../../src/funding/index.js';
import type { ForfaitGrid, FundingParameters, Milestone, Programme } from '../../src/programme/index.js';

export const SYNTHETIC: Provenance = {
  source: 'SYNTHETIC test data',
  status: 'override',
  note: 'not an official value',
};
const seed: Provenance = { source: 'seed:001', status: 'seed' };

export const SYNTHETIC_GRID: ForfaitGrid = {
  cells: [
    { category: '*', domain: '*', amount: '50000.00' },
    { category: '*', domain: 'D2', amount: '150000.00' },
    { category: 'CHU', domain: '*', amount: '300000.00' },
    { category: 'CHU', domain: 'D2', amount: '600000.00' },
    { category: 'CH', domain: 'D6', amount: { min: '60000.00', max: '120000.00' } },
  ],
  provenance: SYNTHETIC,
};

export const fundingParams = (overrides: Partial<FundingParameters> = {}): FundingParameters => ({
  envelope: { value: '420000000.00', provenance: seed },
  amorcageShare: { value: 20, provenance: seed },
  vehicles: { value: { amorcage: 'FMESPP', usage: 'AC' }, provenance: seed },
  forfaitRange: { value: { min: '40000.00', max: '700000.00', per: 'unknown' }, provenance: SYNTHETIC },
  bonus: {
    condition: {
      fr: 'Structuration des comptes rendus de biologie et de la lettre de liaison',
      en: 'Structured data',
    },
    provenance: { source: 'seed:001', status: 'unverified', note: 'amount unverified' },
  },
  eligibility: [
    {
      id: 'prerequisites-reached',
      label: { fr: 'Prérequis atteints', en: 'Prerequisites reached' },
      provenance: seed,
    },
    { id: 'relims', label: { fr: 'Logiciels RELIMS', en: 'RELIMS software' }, provenance: seed },
    { id: 'qhn', label: { fr: 'Éditeur QHN', en: 'QHN editor' }, provenance: seed },
    { id: 'ght-framework', label: { fr: 'Cadre du GHT', en: 'GHT framework' }, provenance: seed },
  ],
  ...overrides,
});

export const milestones: Milestone[] = [
  {
    id: 'notification',
    kind: 'notification',
    date: '2019-09-30',
    label: { fr: 'n', en: 'n' },
    provenance: seed,
  },
  {
    id: 'funding-files-deadline',
    kind: 'deadline',
    date: '2021-12-31',
    label: { fr: 'd', en: 'd' },
    provenance: seed,
  },
];

const requirement = (code: string, kind: 'prerequisite' | 'domain') => ({
  code,
  kind,
  label: { fr: code, en: code },
  indicators: [],
  provenance: seed,
});

export const programme: Pick<Programme, 'id' | 'domains' | 'funding' | 'milestones'> = {
  id: 'synthetic',
  domains: ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'].map((c) => requirement(c, 'domain')),
  funding: fundingParams(),
  milestones,
};

const result = (code: string, kind: 'prerequisite' | 'domain', status: LevelStatus): RequirementResult => ({
  code,
  kind,
  label: { fr: code, en: code },
  status,
  reason: status,
  indicators: [],
  blockers: [],
});

export function evaluation(
  finess: string,
  prerequisites: LevelStatus[],
  domains: Record<string, LevelStatus> = {},
  programmeId = 'synthetic',
): EstablishmentEvaluation {
  return {
    finess,
    programme: { id: programmeId, version: '1' },
    period: { start: '2020-01-01', end: '2020-03-31' },
    asOf: '2020-05-01',
    prerequisites: prerequisites.map((s, i) => result(`P${i + 1}`, 'prerequisite', s)),
    domains: Object.entries(domains).map(([c, s]) => result(c, 'domain', s)),
    palier: { status: 'unknown', reason: 'x', blockers: [] },
    diagnostics: [],
  };
}

export const application = (overrides: Partial<FundingApplication> = {}): FundingApplication => ({
  id: 'A1',
  programme: 'synthetic',
  applicant: { kind: 'establishment', finess: '330781196' },
  domains: ['D2'],
  filedOn: '2019-06-01',
  software: [{ name: 'DPI X', editor: 'Editor X', relims: true, qhn: 'certified' }],
  ...overrides,
});

/** A domain's tranches to schedule: D2, selected in September 2019, prerequisites reached, usage not yet. */
export const trancheInput = (overrides: Partial<TrancheInput> = {}): TrancheInput => ({
  application: 'A1',
  domain: 'D2',
  forfait: '100000.00',
  amorcage: '20000.00',
  selectedOn: '2019-09-30',
  prerequisites: { status: 'reached', reachedOn: '2019-06-30' },
  usage: { status: 'not-reached' },
  ...overrides,
});
