// For an SIH tool: build a GHT with its invariants checked, list what a member must declare, and evaluate the
// GHT as a whole. FINESS numbers and names are fictional (valid keys, made up for the example).
import {
  buildGht,
  compileProgramme,
  declarationRequirements,
  evaluateGht,
  finessKey,
  hopen,
  type LegalEntity,
} from 'palier';

const finess = (first8: string) => `${first8}${finessKey(first8)}`;
const support: LegalEntity = { finess: finess('63099001'), name: 'CH Support (exemple)', status: 'public' };
const member: LegalEntity = { finess: finess('63099002'), name: 'CH Membre (exemple)', status: 'public' };
const clinic: LegalEntity = {
  finess: finess('63099008'),
  name: 'Clinique (exemple)',
  status: 'private-for-profit',
};

const built = buildGht(
  {
    code: 'EX-01',
    name: 'GHT Exemple',
    region: '84',
    support: support.finess,
    parties: [support.finess, clinic.finess],
  },
  { entities: [support, member, clinic] },
);
if (built.ok) throw new Error('a private clinic cannot be a party');
console.log('GHT refused:', built.issues.map((v) => v.message.en).join(' | '));

const list = declarationRequirements(hopen, { finess: member.finess, activities: ['HAD'] });
console.log('an HAD declares:', list.indicators.map((i) => i.code).join(', '));
console.log('not concerned:', list.notConcerned.map((i) => i.code).join(', '));

const programme = { id: hopen.id, version: hopen.version };
const period = { start: '2021-01-01', end: '2021-03-31' };
const ght = evaluateGht(
  compileProgramme(hopen),
  [support, member].map((e, i) => ({
    establishment: { finess: e.finess, activities: ['MCO'] as const },
    declaration: {
      finess: e.finess,
      level: 'legal-entity' as const,
      programme,
      period,
      method: i === 0 ? 'extraction DPI v2' : 'comptage manuel',
      values: { 'D2.2': { kind: 'rate' as const, numerator: 990 - i * 20, denominator: 1000 } },
    },
  })),
  { asOf: '2021-06-30', ght: 'EX-01', appliesAsOne: true, method: 'extraction DPI v2' },
);
const d2 = ght.domains.find((d) => d.code === 'D2');
console.log(
  `D2 across the GHT: ${d2?.status}; method flags: ${ght.diagnostics.map((d) => d.code).join(', ')}`,
);
