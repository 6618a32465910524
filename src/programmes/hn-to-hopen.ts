import type { ProgrammeMapping } from '../programme/programme-mapping.js';
import { confirmed, seed } from './sources.js';

const S001 = seed('001');
const CONTINUED = seed(
  '001',
  'same code and subject; HOP’EN words the domain as a verb (seed 003 → seed 001)',
);

/**
 * From Hôpital numérique to HOP'EN: P2 renamed, P4, D6 and D7 new, 4 axes and 4 workstreams become 7 levers with
 * 21 engagements, the envelope grows from 400 M€ to 420 M€, and the two indicators known in both with their
 * targets.
 *
 * @example
 * ```ts
 * hnToHopen.requirements.filter((r) => r.change === 'new').map((r) => r.to); // ['P4', 'D6', 'D7']
 * ```
 *
 * @category Programmes
 */
export const hnToHopen: ProgrammeMapping = {
  from: 'hopital-numerique',
  to: 'hopen',
  requirements: [
    { from: 'P1', to: 'P1', change: 'continued', provenance: S001 },
    {
      from: 'P2',
      to: 'P2',
      change: 'renamed',
      note: {
        fr: '« Fiabilité, disponibilité » devient « Sécurité »',
        en: '"Fiabilité, disponibilité" (reliability, availability) becomes "Sécurité" (security)',
      },
      provenance: S001,
    },
    { from: 'P3', to: 'P3', change: 'continued', provenance: S001 },
    { to: 'P4', change: 'new', provenance: seed('001', 'also seed 004: « Échange et partage » is new') },
    { from: 'D1', to: 'D1', change: 'continued', provenance: CONTINUED },
    {
      from: 'D2',
      to: 'D2',
      change: 'continued',
      note: { fr: 'Le DMP entre dans le domaine', en: 'The DMP joins the domain' },
      provenance: CONTINUED,
    },
    { from: 'D3', to: 'D3', change: 'continued', provenance: CONTINUED },
    { from: 'D4', to: 'D4', change: 'continued', provenance: CONTINUED },
    { from: 'D5', to: 'D5', change: 'continued', provenance: CONTINUED },
    { to: 'D6', change: 'new', provenance: seed('004') },
    { to: 'D7', change: 'new', provenance: seed('004') },
  ],
  indicators: [
    {
      from: { key: 'hn-d2-external-consultations' },
      to: 'D2.5',
      targetFrom: 80,
      targetTo: 80,
      provenance: confirmed('S-anap-d25', 'same indicator, same target'),
    },
    {
      from: { key: 'hn-d3-care-plan' },
      to: 'D3.5',
      targetFrom: 50,
      targetTo: 80,
      provenance: confirmed('S-anap-d35'),
    },
  ],
  actionPlan: {
    from: {
      fr: '4 axes stratégiques et 4 chantiers transverses',
      en: '4 strategic axes and 4 transversal workstreams',
    },
    to: { fr: '7 leviers et 21 engagements', en: '7 levers and 21 engagements' },
    provenance: seed('001', 'HN structure from seed 003'),
  },
  envelope: {
    from: '400000000.00',
    to: '420000000.00',
    provenance: seed('001', 'HN envelope from seeds 002 and 004'),
  },
  changes: [
    {
      label: {
        fr: 'Exigences plus élevées sur le socle de maturité (cybersécurité, dossier patient, prescriptions, INS, RGPD)',
        en: 'Higher requirements on the maturity base (cybersecurity, patient record, prescriptions, INS, GDPR)',
      },
      provenance: S001,
    },
    {
      label: { fr: 'Cadre des GHT', en: 'GHT framing' },
      provenance: S001,
    },
    {
      label: {
        fr: 'Condition de certification « Qualité Hôpital Numérique » des éditeurs',
        en: 'Editors must be certified "Qualité Hôpital Numérique" (or committed to it)',
      },
      provenance: seed('001', 'engagement 10'),
    },
    {
      label: {
        fr: 'Forfait bonifié pour les données structurées (comptes rendus de biologie, lettre de liaison)',
        en: 'Bonus forfait for structured data (biology reports, lettre de liaison)',
      },
      provenance: seed('001', 'engagement 12'),
    },
  ],
};
