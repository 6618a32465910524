/**
 * One valid input per `palier/schemas` parse function: the fuzz suite mutates one spot of each, so random changes
 * reach the deep checks (dates, FINESS keys, money strings) and not only the top-level type check.
 */
import type { LegalEntity } from '../../src/actors/types.js';
import type { Result } from '../../src/core/result.js';
import { programmeToJson } from '../../src/programme/json.js';
import { hopen } from '../../src/programmes/index.js';
import {
  parseApplication,
  parseCandidatesFile,
  parseDeclaration,
  parseEstablishment,
  parseForfaitGrid,
  parseGht,
  parseLegalEntity,
  parsePlanTracking,
  parseProgramme,
  parseProgrammeChanges,
  parseSite,
} from '../../src/schemas/index.js';

/** A single-record parser under test: its name, how to call it, a valid sample, and whether a run is costly. */
export interface Target {
  /** Function name (and options) as shown in failures. */
  readonly name: string;
  /** The call. */
  readonly parse: (input: unknown) => Result<unknown>;
  /** A valid input (JSON data). */
  readonly sample: unknown;
  /** Whether one run is expensive (the whole programme). */
  readonly heavy?: boolean;
  /**
   * Whether the function keeps going past bad records (`ok: true` with the errors of the records it dropped);
   * then `ok: true` may come with errors, each naming its record.
   */
  readonly bulk?: boolean;
}

/** Legal entities known to the GHT check. */
export const ENTITIES: readonly LegalEntity[] = [
  { finess: '2B0000020', name: 'CH de Bastia', status: 'public' },
  { finess: '2A0000014', name: "CH d'Ajaccio", status: 'public' },
];

export const establishment = {
  finess: '2A0000014',
  level: 'legal-entity',
  name: "CH d'Ajaccio",
  status: 'public',
  activities: ['MCO', 'SSR'],
  traits: ['NO_EXTERNAL_CONSULTATIONS'],
  ght: 'COR-01',
  category: 'CH',
};

export const declaration = {
  finess: '750712184',
  level: 'legal-entity',
  programme: { id: hopen.id, version: hopen.version },
  period: { start: '2019-01-01', end: '2019-12-31' },
  values: {
    'D2.2': { kind: 'rate', numerator: 49, denominator: 50 },
    'D2.5': { kind: 'rate', percent: 97.5 },
    'P2.1': { kind: 'yes-no', value: true },
    'D3.5': { kind: 'not-applicable', reason: 'no emergency department' },
  },
  declaredOn: '2020-01-15',
};

export const application = {
  id: 'A1',
  programme: 'hopen',
  applicant: { kind: 'establishment', finess: '33 078 119 6' },
  domains: ['D2'],
  filedOn: '2019-06-01',
  software: [{ name: 'DPI X', relims: true, qhn: 'committed' }],
};

export const candidate = {
  id: 'C1',
  finess: '2A0000014',
  status: 'public',
  prerequisites: { status: 'reached', reachedOn: '2019-06-30' },
  domains: [{ domain: 'D2', forfait: '150000', amorcage: 30000 }],
};

export const ght = {
  code: 'COR-01',
  name: 'Corse-du-Sud',
  region: '94',
  support: '2A0000014',
  parties: ['2A0000014', '2B0000020'],
};

export const tracking = {
  programme: { id: hopen.id, version: hopen.version },
  asOf: '2020-02-29',
  items: {},
};

/** Every single-record parse function of `palier/schemas`, with and without its context options. */
export const TARGETS: readonly Target[] = [
  {
    name: 'parseLegalEntity',
    parse: parseLegalEntity,
    sample: { finess: '75 071 218 4', name: 'AP-HP', status: 'public', department: '75' },
  },
  {
    name: 'parseSite',
    parse: parseSite,
    sample: { finess: '2B0000012', legalEntity: '2B0000020', name: 'Bastia', activities: ['MCO'] },
  },
  { name: 'parseEstablishment', parse: parseEstablishment, sample: establishment },
  { name: 'parseGht', parse: (x) => parseGht(x), sample: ght },
  { name: 'parseGht(entities)', parse: (x) => parseGht(x, { entities: ENTITIES }), sample: ght },
  { name: 'parseDeclaration', parse: (x) => parseDeclaration(x), sample: declaration },
  {
    name: 'parseDeclaration(programme)',
    parse: (x) => parseDeclaration(x, { programme: hopen }),
    sample: declaration,
  },
  {
    name: 'parseDeclaration(programme, establishment)',
    parse: (x) =>
      parseDeclaration(x, {
        programme: hopen,
        establishment: { ...establishment, level: 'legal-entity', activities: ['PSY'] } as never,
      }),
    sample: declaration,
  },
  { name: 'parsePlanTracking', parse: (x) => parsePlanTracking(x), sample: tracking },
  {
    name: 'parsePlanTracking(programme)',
    parse: (x) => parsePlanTracking(x, { programme: hopen }),
    sample: tracking,
  },
  {
    name: 'parseProgrammeChanges',
    parse: parseProgrammeChanges,
    sample: { source: 'ARS', note: 'example', shiftMilestones: [{ ids: ['ami-closing'], months: 12 }] },
  },
  {
    name: 'parseProgramme',
    parse: parseProgramme,
    sample: JSON.parse(programmeToJson(hopen)),
    heavy: true,
  },
  {
    name: 'parseForfaitGrid',
    parse: (x) => parseForfaitGrid(x),
    sample: {
      cells: [
        { category: 'CH', domain: 'D2', amount: '150000' },
        { category: '*', domain: 'D6', amount: { min: '60000', max: '120000' } },
      ],
      provenance: { source: 'SYNTHETIC example grid' },
    },
  },
  {
    name: 'parseForfaitGrid(range)',
    parse: (x) => parseForfaitGrid(x, { range: hopen.funding.forfaitRange }),
    sample: {
      cells: [{ category: 'CH', domain: 'D2', amount: '150000' }],
      provenance: { source: 'SYNTHETIC example grid' },
    },
  },
  { name: 'parseApplication', parse: parseApplication, sample: application },
  {
    name: 'parseCandidatesFile',
    parse: parseCandidatesFile,
    bulk: true,
    sample: { region: '84', envelope: '1000000', candidates: [candidate, { ...candidate, id: 'C2' }] },
  },
];
