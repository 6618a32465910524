// An ARS completes HOP'EN's domain D2 from its own roadmap (SYNTHETIC values, for illustration): the override
// carries its source, the bundled programme is untouched, and D2 can now be reached.
import { compileProgramme, type Declaration, evaluateEstablishment, hopen } from 'palier';
import { unverifiedFacts, withOverrides } from 'palier/programme';

const roadmap = withOverrides(hopen, {
  source: 'Feuille de route régionale (exemple synthétique)',
  note: 'synthetic example, not official',
  id: 'hopen-ars-exemple',
  indicatorCounts: [{ requirement: 'D2', count: 2 }],
});

const declaration: Declaration = {
  finess: '630990026',
  level: 'legal-entity',
  programme: { id: hopen.id, version: hopen.version },
  period: { start: '2021-01-01', end: '2021-03-31' },
  values: {
    'D2.2': { kind: 'rate', numerator: 49, denominator: 50 },
    'D2.5': { kind: 'rate', numerator: 80, denominator: 100 },
  },
};
const establishment = { finess: '630990026', activities: ['MCO'] } as const;

const before = evaluateEstablishment(compileProgramme(hopen), establishment, declaration, {
  asOf: '2021-06-30',
});
const after = evaluateEstablishment(compileProgramme(roadmap), establishment, declaration, {
  asOf: '2021-06-30',
});
const d2 = (r: typeof before) => r.domains.find((d) => d.code === 'D2')?.status;
console.log(`D2 with the bundled HOP'EN: ${d2(before)}; with the ARS roadmap: ${d2(after)}`);
console.log(`overrides recorded: ${roadmap.overrides.map((o) => o.path).join(', ')}`);
console.log(`unverified facts left in the roadmap: ${unverifiedFacts(roadmap).length}`);
if (d2(after) !== 'reached') throw new Error('D2 should be reached once the roadmap completes it');
