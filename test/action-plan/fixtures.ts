import fc from 'fast-check';
import type {
  ItemTracking,
  PlanTracking,
  ProgrammePlan,
  TrackingStatus,
} from '../../src/action-plan/index.js';
import type { ActionPlan, Lever } from '../../src/programme/types.js';

const p = { source: 'test', status: 'override' } as const;
const l = (text: string) => ({ fr: text, en: text });

/** A small HOP'EN-shaped plan: 2 levers, 3 engagements, 5 actions. */
export const leversPlan: ActionPlan = {
  levers: [
    {
      number: 1,
      label: l('Gouvernance'),
      objectives: [],
      provenance: p,
      engagements: [
        {
          number: 1,
          label: l('E1'),
          provenance: p,
          actions: [
            { id: '1.1', label: l('A1.1') },
            { id: '1.2', label: l('A1.2') },
          ],
        },
        { number: 2, label: l('E2'), provenance: p, actions: [{ id: '2.1', label: l('A2.1') }] },
      ],
    },
    {
      number: 2,
      label: l('Compétences'),
      objectives: [],
      provenance: p,
      engagements: [
        {
          number: 3,
          label: l('E3'),
          provenance: p,
          actions: [
            { id: '3.1', label: l('A3.1') },
            { id: '3.2', label: l('A3.2') },
          ],
        },
      ],
    },
  ],
  workstreams: [],
};

const axis = (n: number, label: string): Lever => ({
  number: n,
  label: l(label),
  objectives: [],
  engagements: [],
  provenance: p,
});

/** A small HN-shaped plan: 2 axes without engagements, 2 transversal workstreams. */
export const axesPlan: ActionPlan = {
  levers: [axis(1, 'Gouvernance'), axis(2, 'Compétences')],
  workstreams: [
    { number: 1, label: l('Pilotage'), provenance: p },
    { number: 2, label: l('Communication'), provenance: p },
  ],
};

/** A plan mixing both shapes (a user's own roadmap). */
export const mixedPlan: ActionPlan = {
  levers: [...leversPlan.levers, axis(3, 'Offre')],
  workstreams: axesPlan.workstreams,
};

/** Programmes wrapping the plans. */
export const leversProgramme: ProgrammePlan = { id: 'test-levers', version: '1', actionPlan: leversPlan };
export const axesProgramme: ProgrammePlan = { id: 'test-axes', version: '1', actionPlan: axesPlan };
export const mixedProgramme: ProgrammePlan = { id: 'test-mixed', version: '1', actionPlan: mixedPlan };

/** Dates around a few boundaries (month and year ends, 29 February). */
export const DATES = [
  '2019-01-01',
  '2019-02-28',
  '2019-03-01',
  '2019-12-31',
  '2020-01-01',
  '2020-02-29',
  '2020-03-01',
  '2021-06-30',
];

export const statusArb: fc.Arbitrary<TrackingStatus> = fc.constantFrom(
  'planned',
  'in-progress',
  'done',
  'dropped',
);
const dateArb = fc.constantFrom(...DATES);

/** Any item tracking (dates not necessarily consistent). */
export const itemArb: fc.Arbitrary<ItemTracking> = fc.record(
  {
    status: statusArb,
    plannedStart: dateArb,
    plannedDue: dateArb,
    actualStart: dateArb,
    actualDone: dateArb,
    responsible: fc.constantFrom('DGOS', 'ANAP', 'ANS', 'ATIH', 'ARS Bretagne'),
    contributors: fc.array(fc.constantFrom('HAS', 'CNAM', 'DSSIS'), { maxLength: 3 }),
    evidence: fc.array(
      fc.record(
        { href: fc.constantFrom('https://a.example/1', 'https://a.example/2', 'doc-3'), date: dateArb },
        { requiredKeys: ['href'] },
      ),
      { maxLength: 3 },
    ),
    notes: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: ['status'] },
);

/** Snapshots over a programme: some plan items missing, sometimes an item the plan does not have. */
export function trackingArb(programme: ProgrammePlan, ids: readonly string[]): fc.Arbitrary<PlanTracking> {
  return fc
    .record({
      asOf: dateArb,
      entries: fc.array(fc.tuple(fc.constantFrom(...ids, 'engagement:99', 'action:99.1'), itemArb), {
        maxLength: ids.length + 2,
      }),
    })
    .map(({ asOf, entries }) => ({
      programme: { id: programme.id, version: programme.version },
      asOf,
      items: Object.fromEntries(entries),
    }));
}
