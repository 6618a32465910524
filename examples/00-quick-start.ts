// The README's quick start, kept runnable: CI runs every example against the built package.
import { compileProgramme, evaluateEstablishment, explain, hopen } from 'palier';

const compiled = compileProgramme(hopen); // set-up, once per programme
const result = evaluateEstablishment(
  compiled,
  { finess: '630990018', activities: ['MCO', 'SSR'] },
  {
    finess: '630990018',
    level: 'legal-entity',
    programme: { id: 'hopen', version: hopen.version },
    period: { start: '2021-01-01', end: '2021-03-31' },
    values: { 'D2.2': { kind: 'rate', numerator: 4899, denominator: 5000 } },
  },
  { asOf: '2021-06-30' }, // palier never reads the clock
);
console.log(result.palier.status); // 'reached' | 'not-reached' | 'unknown'
console.log(explain(result, { lang: 'fr' }));
