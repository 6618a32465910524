import { deepFreeze } from '../programme/deep-freeze.js';
import type { BundledProgramme, Programme } from '../programme/types.js';
import { hopitalNumeriqueFigures } from './hopital-numerique-figures.js';
import {
  atLeast,
  confirmed,
  incompleteList,
  indicatorList,
  LABEL_RENDERED,
  noPublicSource,
  reported,
  seed,
  unverified,
  yesNoPrerequisite,
} from './sources.js';

/**
 * Hôpital numérique prerequisite codes.
 *
 * @category Programmes
 */
export type HnPrerequisiteCode = 'P1' | 'P2' | 'P3';
/**
 * Hôpital numérique domain codes.
 *
 * @category Programmes
 */
export type HnDomainCode = 'D1' | 'D2' | 'D3' | 'D4' | 'D5';

/**
 * The type of {@link hopitalNumerique}: 3 prerequisites and 5 domains in order, a 400 M€ envelope.
 *
 * @category Programmes
 */
export type HopitalNumeriqueProgramme = BundledProgramme<
  readonly ['P1', 'P2', 'P3'],
  readonly ['D1', 'D2', 'D3', 'D4', 'D5'],
  '400000000.00'
>;

const SEED003 = seed('003', 'also seed 000');
const GUIDE_UNREAD =
  'the indicator guide (annex 1 of instruction DGOS/MSIOS/2012/376, 31 Oct 2012) could not be read';

const definition = {
  id: 'hopital-numerique',
  version: '2012.1',
  name: { fr: 'Hôpital numérique', en: 'Digital hospital (Hôpital numérique)' },
  period: {
    value: { start: '2012-01-01', end: '2017-12-31' },
    provenance: seed('003', 'plan for 2012–2017, launched in November 2011 (seed 000)'),
  },
  milestones: [
    {
      id: 'instruction-ars-guide',
      kind: 'instruction',
      date: '2012-10-31',
      label: {
        fr: 'Instruction N°DGOS/MSIOS/2012/375 relative au guide pratique à destination des ARS pour la déclinaison régionale du programme',
        en: "Instruction DGOS/MSIOS/2012/375 on the ARS' practical guide for the regional roll-out",
      },
      provenance: seed('003'),
    },
    {
      id: 'instruction-prerequisites-toolbox',
      kind: 'instruction',
      date: '2012-10-31',
      label: {
        fr: "Instruction N°DGOS/MSIOS/2012/376 relative à la boîte à outils pour l'atteinte des pré-requis (annexe 1 : guide des indicateurs)",
        en: 'Instruction DGOS/MSIOS/2012/376 on the prerequisite toolbox (annex 1: the indicator guide)',
      },
      provenance: seed('003'),
    },
    {
      id: 'certification-copil',
      kind: 'other',
      date: '2013-01-21',
      label: {
        fr: 'Comité de pilotage : 27 indicateurs Hôpital numérique mobilisés dans 12 critères de certification (v2010)',
        en: 'Steering committee: 27 Hôpital numérique indicators used in 12 certification criteria (v2010)',
      },
      provenance: seed('003'),
    },
    {
      id: 'targets-deadline',
      kind: 'deadline',
      date: '2016-12-31',
      label: {
        fr: "Date limite d'atteinte des cibles d'usage",
        en: 'Last day for reaching the usage targets',
      },
      provenance: confirmed('S-weka', 'original deadline'),
    },
    {
      id: 'funding-files-deadline',
      kind: 'deadline',
      date: '2016-12-31',
      label: {
        fr: 'Date limite de dépôt des dossiers de financement',
        en: 'Last day for filing funding files',
      },
      provenance: confirmed('S-tic2850'),
    },
  ],
  prerequisites: [
    {
      code: 'P1',
      kind: 'prerequisite',
      label: { fr: 'Identités, mouvements', en: 'Identities, patient movements' },
      indicators: indicatorList([
        {
          code: 'P1.1',
          label: {
            fr: "Taux d'applications au cœur du processus de soins, de la gestion administrative du patient et du PMSI connectées à un référentiel unique d'identités des patients",
            en: 'Rate of applications at the core of the care process, patient administration and PMSI connected to a single patient-identity referential',
          },
          kind: 'rate',
          unit: '%',
          level: 'legal-entity',
          unverified: [
            {
              field: 'eligibility',
              provenance: unverified(confirmed('S-anap-forum67').source, GUIDE_UNREAD),
            },
          ],
          provenance: confirmed('S-anap-forum67', 'label confirmed (2014)'),
        },
      ]),
      incompleteIndicators: incompleteList([
        {
          key: 'hn-p1-stays-movements',
          code: 'P1.3',
          label: {
            fr: 'Données de séjours et de mouvements des patients (référentiel unique de séjours et de mouvements)',
            en: "Data on patients' stays and movements (single stays and movements referential)",
          },
          unverified: [
            { field: 'label', provenance: unverified(confirmed('S-anap-forum69').source, LABEL_RENDERED) },
            { field: 'kind', provenance: unverified(confirmed('S-anap-forum69').source, GUIDE_UNREAD) },
          ],
          provenance: confirmed('S-anap-forum69', 'topic confirmed (2014)'),
        },
        {
          key: 'hn-p1-identitovigilance-cell',
          label: { fr: "Cellule d'identitovigilance", en: 'Identity-monitoring unit' },
          unverified: [
            { field: 'code', provenance: unverified('seed:003', 'topic reported; code not read') },
            { field: 'label', provenance: unverified('seed:003', LABEL_RENDERED) },
          ],
          provenance: noPublicSource('seed:003', 'topic only'),
        },
        {
          key: 'hn-p1-structure-referential',
          label: { fr: 'Référentiel unique de structure', en: 'Single structure referential' },
          unverified: [
            { field: 'code', provenance: unverified('seed:003', 'topic reported; code not read') },
            { field: 'label', provenance: unverified('seed:003', LABEL_RENDERED) },
          ],
          provenance: noPublicSource('seed:003', 'topic only'),
        },
      ]),
      provenance: SEED003,
    },
    {
      code: 'P2',
      kind: 'prerequisite',
      label: { fr: 'Fiabilité, disponibilité', en: 'Reliability, availability' },
      indicators: indicatorList([
        yesNoPrerequisite(
          'P2.1',
          {
            fr: "Existence d'un plan de reprise d'activité (PRA) du SI formalisé",
            en: 'A formalised disaster-recovery plan (PRA) of the information system exists',
          },
          confirmed('S-hn-fiche3', 'DGOS HN toolbox, practical sheet 3'),
        ),
        yesNoPrerequisite(
          'P2.2',
          {
            fr: 'Un taux de disponibilité cible des applications est défini et évalué',
            en: 'A target availability rate of applications is defined and evaluated',
          },
          reported('S-hn-fiche4', 'DGOS HN toolbox, practical sheet 4, as hosted by a third party'),
        ),
        yesNoPrerequisite(
          'P2.3',
          {
            fr: 'Existence de procédures de fonctionnement en mode dégradé et de retour à la normale',
            en: 'Procedures for degraded-mode operation and return to normal exist',
          },
          noPublicSource('seed:003'),
        ),
      ]),
      indicatorCount: {
        value: 3,
        provenance: confirmed(
          'S-hn-fiche3',
          '« Le pré-requis « Fiabilité, disponibilité » comprend 3 indicateurs »',
        ),
      },
      provenance: SEED003,
    },
    {
      code: 'P3',
      kind: 'prerequisite',
      label: { fr: 'Confidentialité', en: 'Confidentiality' },
      indicators: indicatorList([
        yesNoPrerequisite(
          'P3.1',
          {
            fr: "Existence d'une politique de sécurité formalisée, avec un référent sécurité",
            en: 'A formal security policy exists, with a security referent',
          },
          noPublicSource('seed:003'),
        ),
        yesNoPrerequisite(
          'P3.2',
          {
            fr: "Existence d'une charte d'accès et d'usage du SI",
            en: 'A charter for access to and use of the information system exists',
          },
          noPublicSource('seed:003'),
        ),
      ]),
      incompleteIndicators: incompleteList([
        {
          key: 'hn-p3-patient-information',
          label: {
            fr: "Information des patients sur l'utilisation de leurs données",
            en: 'Patients are informed of how their data are used',
          },
          unverified: [
            {
              field: 'code',
              provenance: unverified('seed:003', 'one of P3.3–P3.5; which one was not read'),
            },
            { field: 'label', provenance: unverified('seed:003', LABEL_RENDERED) },
            { field: 'eligibility', provenance: unverified('seed:003', GUIDE_UNREAD) },
          ],
          provenance: unverified('seed:003', 'topic of P3.3–P3.5 as listed by the reference, unverified'),
        },
        {
          key: 'hn-p3-personal-authentication',
          label: { fr: 'Authentification personnelle', en: 'Personal authentication' },
          unverified: [
            {
              field: 'code',
              provenance: unverified('seed:003', 'one of P3.3–P3.5; which one was not read'),
            },
            { field: 'label', provenance: unverified('seed:003', LABEL_RENDERED) },
            { field: 'eligibility', provenance: unverified('seed:003', GUIDE_UNREAD) },
          ],
          provenance: unverified('seed:003', 'topic of P3.3–P3.5 as listed by the reference, unverified'),
        },
      ]),
      indicatorCount: { value: 5, provenance: noPublicSource('seed:003', 'P3 has 5 indicators (P3.1–P3.5)') },
      provenance: SEED003,
    },
  ],
  domains: [
    {
      code: 'D1',
      kind: 'domain',
      label: {
        fr: "Résultats d'imagerie, de biologie et d'anatomo-pathologie",
        en: 'Imaging, biology and pathology results',
      },
      indicators: indicatorList([]),
      provenance: SEED003,
    },
    {
      code: 'D2',
      kind: 'domain',
      label: {
        fr: 'Dossier patient informatisé et interopérable',
        en: 'Interoperable computerised patient record',
      },
      indicators: indicatorList([]),
      incompleteIndicators: incompleteList([
        {
          key: 'hn-d2-external-consultations',
          label: {
            fr: 'Taux de consultations externes réalisées par des professionnels médicaux pour lesquelles le dossier patient informatisé a été mis à jour',
            en: 'Rate of external consultations by medical professionals for which the computerised patient record was updated',
          },
          kind: 'rate',
          target: atLeast(80, confirmed('S-anap-d25', 'HOP’EN kept the same indicator with the same target')),
          sameAs: { programme: 'hopen', code: 'D2.5' },
          unverified: [
            {
              field: 'code',
              provenance: unverified(
                confirmed('S-anap-d25').source,
                'its Hôpital numérique code was not read',
              ),
            },
          ],
          provenance: confirmed('S-anap-d25', 'label as HOP’EN D2.5, "same indicator, same target as HN"'),
        },
      ]),
      provenance: SEED003,
    },
    {
      code: 'D3',
      kind: 'domain',
      label: {
        fr: 'Prescription électronique alimentant le plan de soins',
        en: 'Electronic prescribing feeding the care plan',
      },
      indicators: indicatorList([]),
      incompleteIndicators: incompleteList([
        {
          key: 'hn-d3-care-plan',
          label: {
            fr: 'Taux de séjours disposant d’un plan de soins informatisé alimenté par les prescriptions',
            en: 'Rate of stays with a computerised care plan fed by the prescriptions',
          },
          kind: 'rate',
          target: atLeast(50, confirmed('S-anap-d35', 'target 50 % of stays in Hôpital numérique')),
          sameAs: { programme: 'hopen', code: 'D3.5' },
          unverified: [
            {
              field: 'code',
              provenance: unverified(
                confirmed('S-anap-d35').source,
                'its Hôpital numérique code was not read',
              ),
            },
            { field: 'label', provenance: unverified(confirmed('S-anap-d35').source, LABEL_RENDERED) },
          ],
          provenance: confirmed('S-anap-d35'),
        },
        {
          key: 'hn-d3-biology-prescriptions',
          code: 'D3.2',
          label: {
            fr: 'Prescriptions de biologie informatisées (% des séjours)',
            en: 'Computerised biology prescriptions (% of stays)',
          },
          kind: 'rate',
          unverified: [
            { field: 'label', provenance: unverified('seed:003', LABEL_RENDERED) },
            {
              field: 'target',
              provenance: unverified(
                'seed:003',
                'an undated forum post gives 40 % of stays without naming the programme: not encoded',
              ),
            },
          ],
          provenance: unverified('seed:003', 'code and meaning as listed by the reference, unverified'),
        },
      ]),
      provenance: SEED003,
    },
    {
      code: 'D4',
      kind: 'domain',
      label: {
        fr: 'Programmation des ressources et agenda du patient',
        en: 'Resource scheduling and patient agenda',
      },
      indicators: indicatorList([
        {
          code: 'D4.2',
          label: {
            fr: "Taux d'interventions au bloc opératoire planifiées …",
            en: 'Rate of operating-theatre procedures scheduled …',
          },
          kind: 'rate',
          unit: '%',
          level: 'legal-entity',
          unverified: [
            {
              field: 'label',
              provenance: unverified('seed:003', 'only the beginning of the label was read'),
            },
            { field: 'target', provenance: unverified('seed:003', GUIDE_UNREAD) },
          ],
          provenance: noPublicSource('seed:003', 'label prefix'),
        },
      ]),
      provenance: SEED003,
    },
    {
      code: 'D5',
      kind: 'domain',
      label: { fr: 'Pilotage médico-économique', en: 'Medico-economic management' },
      indicators: indicatorList([]),
      provenance: SEED003,
    },
  ],
  actionPlan: {
    levers: [
      {
        number: 1,
        label: { fr: 'Gouvernance', en: 'Governance' },
        objectives: [
          {
            fr: "Comblers les manques de gouvernance SI et favoriser l'implication dans les SI des professionnels de santé et cadres dirigeants",
            en: 'Fill the gaps in IT governance and involve health professionals and senior managers in information systems',
          },
        ],
        engagements: [],
        provenance: seed(
          '003',
          'axe stratégique 1 (seed 000 calls the axes "leviers"); French verbatim, typo included',
        ),
      },
      {
        number: 2,
        label: { fr: 'Compétences', en: 'Skills' },
        objectives: [
          {
            fr: 'Renforcer les compétences relatives aux SIH',
            en: 'Strengthen skills in hospital information systems',
          },
        ],
        engagements: [],
        provenance: seed('003', 'axe stratégique 2'),
      },
      {
        number: 3,
        label: { fr: 'Offre', en: 'Industrial offer' },
        objectives: [
          {
            fr: "Stimuler et structurer l'offre de solutions",
            en: 'Stimulate and structure the offer of solutions',
          },
        ],
        engagements: [],
        provenance: seed('003', 'axe stratégique 3'),
      },
      {
        number: 4,
        label: { fr: 'Financement', en: 'Funding' },
        objectives: [
          {
            fr: "Financer un socle de priorités, subordonné à l'atteinte de cibles d'usage",
            en: 'Fund a base of priorities, subject to reaching usage targets',
          },
        ],
        engagements: [],
        provenance: seed('003', 'axe stratégique 4'),
      },
    ],
    workstreams: [
      {
        number: 1,
        label: { fr: 'Pilotage du programme HN', en: 'Steering the HN programme' },
        provenance: seed('003'),
      },
      { number: 2, label: { fr: 'Communication', en: 'Communication' }, provenance: seed('003') },
      {
        number: 3,
        label: {
          fr: 'Evaluation de la création de valeur du SI en termes de qualité /sécurité des soins et amélioration de la prise en charge',
          en: 'Evaluating the value the information system creates for quality and safety of care and better patient care',
        },
        provenance: seed('003'),
      },
      {
        number: 4,
        label: {
          fr: "Accompagnement des établissements de santé à l'atteinte des pré-requis et du socle fonctionnel",
          en: 'Supporting health establishments in reaching the prerequisites and the functional base',
        },
        provenance: seed('003'),
      },
    ],
  },
  funding: {
    envelope: { value: '400000000.00', provenance: seed('002', '"400 millions d’€"; also seed 004') },
    amorcageShare: {
      value: 20,
      provenance: seed(
        '003',
        '20 % of the regional envelope for amorçage, 80 % for reaching usage targets (S-psyzoom)',
      ),
    },
    vehicles: { value: { amorcage: 'FMESPP', usage: 'AC' }, provenance: seed('003') },
    forfaitRange: {
      value: { min: '37000.00', max: '3400000.00', per: 'establishment' },
      provenance: seed('003', '"entre 37 k€ et 3.4 millions d’euros"'),
    },
    eligibility: [
      {
        id: 'prerequisites-reached',
        label: {
          fr: 'Tous les indicateurs des prérequis atteints',
          en: 'Every prerequisite indicator reached',
        },
        provenance: confirmed('S-psyzoom'),
      },
      {
        id: 'usage-commitment',
        label: {
          fr: "Engagement sur les cibles d'usage des domaines",
          en: 'Commitment on the usage targets of the domains',
        },
        provenance: confirmed('S-psyzoom'),
      },
      {
        id: 'relims',
        label: {
          fr: 'Seuls les projets intégrant des logiciels référencés dans la base RELIMS pourront être soutenus',
          en: 'Only projects integrating software listed in RELIMS can be supported',
        },
        provenance: seed('003'),
      },
      {
        id: 'no-hopital-2012-tranche-1',
        label: {
          fr: 'Aucune aide reçue au titre de la tranche 1 du plan Hôpital 2012',
          en: 'No aid received from tranche 1 of the Hôpital 2012 plan',
        },
        provenance: confirmed('S-psyzoom'),
      },
      {
        id: 'project-plan',
        label: {
          fr: "Un plan projet pour atteindre les cibles d'usage",
          en: 'A project plan for reaching the usage targets',
        },
        provenance: confirmed('S-psyzoom'),
      },
    ],
  },
  figures: hopitalNumeriqueFigures,
  overrides: [],
  facts: [
    {
      id: 'hn-launch',
      topic: 'frame',
      statement: {
        fr: 'Lancé en novembre 2011 par la DGOS ; feuille de route des SIH pour 2012-2017',
        en: 'Launched by the DGOS in November 2011; hospital IT roadmap for 2012–2017',
      },
      provenance: seed('000', 'also seed 003'),
    },
    {
      id: 'hn-scope',
      topic: 'scope',
      statement: {
        fr: 'Tous les établissements de santé, publics, privés et ESPIC ; les établissements médico-sociaux ne sont pas concernés',
        en: 'Every health establishment, public, private and ESPIC; medico-social establishments are out of scope',
      },
      provenance: seed('003', 'medico-social exclusion from S-HN1'),
    },
    {
      id: 'hn-indicator-kinds',
      topic: 'evaluation',
      statement: {
        fr: "Deux natures d'indicateurs : indicateurs d'usage (taux) et indicateurs d'organisation (existence, oui/non)",
        en: 'Two kinds of indicators: usage indicators (rates) and organisation indicators (yes/no existence)',
      },
      provenance: confirmed('S-HN1'),
    },
    {
      id: 'hn-prerequisites-gate',
      topic: 'funding',
      statement: {
        fr: 'Les prérequis conditionnent le financement (condition sine qua non) mais ne sont pas financés en eux-mêmes',
        en: 'The prerequisites gate funding (sine qua non) but earn no money by themselves',
      },
      provenance: confirmed('S27'),
    },
    {
      id: 'hn-usage-funding',
      topic: 'funding',
      statement: {
        fr: "Financement versé a posteriori, une fois le SI mis en œuvre et effectivement utilisé sur l'ensemble de l'établissement ; le versement et le montant de l'amorçage sont décidés par l'ARS dans la limite de son enveloppe",
        en: 'Funds are paid afterwards, once the system is deployed and effectively used across the whole establishment; the ARS decides whether and how much amorçage to pay, within its envelope',
      },
      provenance: seed('003'),
    },
    {
      id: 'hn-amorcage-per-domain',
      topic: 'funding',
      statement: {
        fr: 'Un établissement retenu sur plusieurs domaines voit son amorçage ventilé par domaine',
        en: 'An establishment selected on several domains has its amorçage broken down per domain',
      },
      provenance: confirmed('S-psyzoom'),
    },
    {
      id: 'hn-forfaits',
      topic: 'funding',
      statement: {
        fr: "Soutien forfaitaire par domaine, selon l'activité de l'établissement et le(s) domaine(s) couverts, indépendant du coût du projet, connu à l'avance ; minima et maxima par catégorie d'établissement et par domaine en annexe de l'instruction DGOS/PF/MSIOS/2013/225",
        en: "Flat support per domain set by the establishment's activity and the domain(s) covered, independent of the project's cost and known in advance; minimum and maximum per establishment category and domain in an annex of instruction DGOS/PF/MSIOS/2013/225",
      },
      provenance: seed('003', 'the instruction annex is cited by the reference'),
    },
    {
      id: 'hn-regional-envelopes',
      topic: 'funding',
      statement: {
        fr: "L'enveloppe de chaque région est déterminée en fonction de l'activité de ses établissements ; un équilibre entre statuts et activités est préconisé dans la sélection",
        en: "Each region's envelope is set from the activity of its establishments; a balance across statuses and activities is recommended when selecting",
      },
      provenance: seed('003'),
    },
    {
      id: 'hn-selection',
      topic: 'selection',
      statement: {
        fr: "Projets sélectionnés entre 2013 et 2016 par les ARS, par délégation de la DGOS, dans la limite de l'enveloppe régionale ; candidature via l'outil DIPISI",
        en: 'Projects selected from 2013 to 2016 by the ARS, on delegation from the DGOS, within the regional envelope; applications through the DIPISI tool',
      },
      provenance: seed('003'),
    },
    {
      id: 'hn-regions',
      topic: 'scope',
      statement: {
        fr: "Hôpital numérique s'est déroulé sur les 26 régions d'avant 2016",
        en: 'Hôpital numérique ran on the 26 pre-2016 regions',
      },
      provenance: confirmed('S-tic2850', '23 of the 26 regions had funded establishments in 2016'),
    },
    {
      id: 'hn-certification',
      topic: 'certification',
      statement: {
        fr: '27 indicateurs Hôpital numérique mobilisés dans 12 critères de la certification HAS (v2010), puis pris en compte dans la V2014',
        en: '27 Hôpital numérique indicators used in 12 HAS certification criteria (v2010), then taken into account in V2014',
      },
      provenance: seed('003'),
    },
    {
      id: 'hn-ifaq-2016',
      topic: 'evaluation',
      statement: {
        fr: 'IFAQ 2016 : prérequis non atteints 0 point ; un ou deux prérequis atteints 4 ; tous les prérequis sans D2 ni D3 8 ; tous les prérequis et D2 ou D3 9 ; tous les prérequis, D2 et D3 10',
        en: 'IFAQ 2016: prerequisites not reached 0 points; one or two prerequisites reached 4; all prerequisites, neither D2 nor D3 8; all prerequisites and one of D2/D3 9; all prerequisites, D2 and D3 10',
      },
      provenance: confirmed('S-ifaq2016'),
    },
    {
      id: 'hn-osis',
      topic: 'scope',
      statement: {
        fr: "Les établissements déclarent leurs indicateurs dans oSIS (observatoire des systèmes d'information de santé)",
        en: 'Establishments declare their indicator values in oSIS (the health information systems observatory)',
      },
      provenance: seed('003'),
    },
  ],
  unverified: [
    {
      field: 'funding.forfaitGrid',
      provenance: unverified(
        'seed:003',
        'min/max per establishment category and domain are in an annex of instruction DGOS/PF/MSIOS/2013/225, not read',
      ),
    },
    {
      field: 'funding.regionalEnvelopes',
      provenance: unverified('seed:003', 'the formula setting regional envelopes from activity was not read'),
    },
    {
      field: 'funding.controls',
      provenance: unverified('seed:003', 'the exact control and clawback rule was not read'),
    },
    {
      field: 'indicators',
      provenance: unverified('seed:003', `${GUIDE_UNREAD}; about 20 domain indicators are unknown`),
    },
    {
      field: 'prerequisites.P1.indicatorCount',
      provenance: unverified('seed:003', 'P1 probably has 4 indicators; not confirmed'),
    },
    {
      field: 'indicators.level',
      provenance: unverified(
        'seed:003',
        'sources do not say whether indicators are declared per legal entity or per site; palier records legal-entity',
      ),
    },
  ],
} as const satisfies Programme<HnPrerequisiteCode, HnDomainCode>;

/**
 * Hôpital numérique (2012–2017) as bundled, frozen data: 3 prerequisites, 5 domains, the indicators whose code
 * could be read, 4 axes (as levers without engagements) and 4 transversal workstreams, funding parameters,
 * deadlines and published figures — each fact with its provenance.
 *
 * @example
 * ```ts
 * hopitalNumerique.prerequisites.map((p) => p.code); // ['P1', 'P2', 'P3']
 * ```
 *
 * @category Programmes
 */
export const hopitalNumerique: HopitalNumeriqueProgramme = deepFreeze(definition);
