// For researchers: evaluate a (synthetic) national population in one batch, aggregate by region and status,
// and ask what moves if D2.2's usage target were 95 % instead of 98 % (a what-if, not an official value).
// D2 is never "reached" with the bundled catalogue (it does not hold all of the guide's indicators): meeting
// D2.2 and D2.5 leaves it "unknown", missing one makes it "not reached".

import {
  compileProgramme,
  type Declaration,
  type Establishment,
  evaluateMany,
  finessKey,
  hopen,
  type LegalStatus,
} from 'palier';
import { aggregateEvaluations, okEvaluations, whatIf } from 'palier/dashboards';

const departments = ['13', '2A', '33', '59', '69', '75', '971', '974', '976'];
const statuses: LegalStatus[] = ['public', 'private-non-profit', 'private-for-profit'];
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const inputs = Array.from({ length: 2_000 }, (_, i) => {
  const department = departments[i % departments.length]!;
  const body = `${department.slice(0, 2)}${String(900_000 + i).padStart(6, '0')}`;
  const establishment: Establishment = {
    finess: `${body}${finessKey(body)}`,
    level: 'legal-entity',
    name: `Établissement synthétique ${i}`,
    status: statuses[i % 3]!,
    activities: ['MCO'],
    department,
  };
  const stays = 1_000 + Math.floor(random() * 4_000);
  const declaration: Declaration = {
    finess: establishment.finess,
    level: 'legal-entity',
    programme: { id: hopen.id, version: hopen.version },
    period: { start: '2021-01-01', end: '2021-06-30' },
    values: {
      'D2.2': { kind: 'rate', numerator: Math.round(stays * (0.9 + random() * 0.1)), denominator: stays },
      'D2.5': { kind: 'rate', numerator: 85, denominator: 100 },
    },
  };
  return { establishment, declaration };
});

const asOf = '2021-09-30';
const compiled = compileProgramme(hopen);
const batch = evaluateMany(compiled, inputs, { asOf });
const dashboard = aggregateEvaluations(
  okEvaluations(batch),
  inputs.map((i) => i.establishment),
  { asOf, programme: compiled, by: ['region', 'status'] },
);
console.log(`evaluated ${batch.summary.evaluated} of ${batch.summary.total}`);
for (const row of dashboard.by.region?.rows ?? []) {
  const d2 = row.levels.D2;
  console.log(
    `region ${row.key}: ${row.evaluated} establishments, D2 not reached ${d2?.notReached}, unknown ${d2?.unknown}`,
  );
}

const scenario = whatIf(
  hopen,
  {
    source: 'what-if scenario (not an official value)',
    thresholds: [{ indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 95, inclusive: true }],
  },
  inputs,
  { asOf },
);
if (!scenario.ok) throw new Error('the scenario is valid');
console.log(`with a 95 % target, ${scenario.value.changed.length} establishments change status on D2.2`);
