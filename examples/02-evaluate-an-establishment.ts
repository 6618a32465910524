// Evaluates one (fictional) establishment against HOP'EN: D2.2 is compared exactly with its 98 % usage target,
// and whatever the bundled catalogue cannot settle comes back "unknown" with its reason.
import {
  compileProgramme,
  type Declaration,
  type Establishment,
  evaluateEstablishment,
  explain,
  hopen,
} from 'palier';

const establishment: Establishment = {
  finess: '630990018',
  level: 'legal-entity',
  name: 'CH Exemple (fictional)',
  status: 'public',
  activities: ['MCO', 'SSR'],
};

const declaration: Declaration = {
  finess: '630990018',
  level: 'legal-entity',
  programme: { id: hopen.id, version: hopen.version },
  period: { start: '2021-01-01', end: '2021-03-31' },
  values: {
    'D2.2': { kind: 'rate', numerator: 4899, denominator: 5000 },
    'D2.5': { kind: 'rate', numerator: 41, denominator: 50 },
  },
};

const result = evaluateEstablishment(compileProgramme(hopen), establishment, declaration, {
  asOf: '2021-06-30',
});
const d22 = result.domains.find((d) => d.code === 'D2')?.indicators.find((i) => i.code === 'D2.2');
if (d22?.status !== 'not-met') throw new Error('4,899/5,000 must miss the 98 % target');
console.log(explain(result, { lang: 'en' }));
