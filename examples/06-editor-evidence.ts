// For software editors: check that a product's export is a valid declaration (every issue with its path, in
// French and English), then produce the evidence record: the exact result, with the programme version and the
// provenance of the rule applied.
import { compileProgramme, evaluateEstablishment, formatPath, hopen } from 'palier';
import { parseDeclaration } from 'palier/schemas';

const fromProduct: unknown = {
  finess: '630990018',
  level: 'legal-entity',
  programme: { id: 'hopen', version: hopen.version },
  period: { start: '2021-01-01', end: '2020-12-31' },
  values: {
    'D2.2': { kind: 'rate', numerator: 1001, denominator: 1000 },
    'P2.1': { kind: 'rate', numerator: 1, denominator: 1 },
    'D9.9': { kind: 'yes-no', value: true },
  },
};

const checked = parseDeclaration(fromProduct, { programme: hopen });
for (const issue of checked.issues) {
  console.log(`${formatPath(issue.path)} [${issue.code}] ${issue.message.fr} / ${issue.message.en}`);
}
if (checked.ok) throw new Error('this export has four problems');

const fixed = parseDeclaration(
  {
    ...(fromProduct as object),
    period: { start: '2021-01-01', end: '2021-03-31' },
    values: { 'D2.2': { kind: 'rate', numerator: 980, denominator: 1000 } },
  },
  { programme: hopen },
);
if (!fixed.ok) throw new Error('the fixed export is valid');
const result = evaluateEstablishment(
  compileProgramme(hopen),
  { finess: '630990018', activities: ['MCO'] },
  fixed.value,
  { asOf: '2021-04-15' },
);
const d22 = result.domains.flatMap((d) => d.indicators).find((i) => i.code === 'D2.2');
console.log(JSON.stringify({ programme: result.programme, asOf: result.asOf, indicator: d22 }, null, 2));
