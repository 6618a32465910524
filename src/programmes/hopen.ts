import { deepFreeze } from '../programme/deep-freeze.js';
import type { BundledProgramme, Programme } from '../programme/types.js';
import { hopenActionPlan } from './hopen-action-plan.js';
import { hopenFigures } from './hopen-figures.js';
import {
  atLeast,
  confirmed,
  incompleteList,
  indicatorList,
  LABEL_RENDERED,
  mustBeYes,
  noPublicSource,
  reported,
  seed,
  unverified,
  yesNoPrerequisite,
} from './sources.js';

/**
 * HOP'EN prerequisite codes.
 *
 * @category Programmes
 */
export type HopenPrerequisiteCode = 'P1' | 'P2' | 'P3' | 'P4';
/**
 * HOP'EN domain codes.
 *
 * @category Programmes
 */
export type HopenDomainCode = 'D1' | 'D2' | 'D3' | 'D4' | 'D5' | 'D6' | 'D7';

/**
 * The type of {@link hopen}: 4 prerequisites and 7 domains in order, a 420 M€ envelope.
 *
 * @category Programmes
 */
export type HopenProgramme = BundledProgramme<
  readonly ['P1', 'P2', 'P3', 'P4'],
  readonly ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7'],
  '420000000.00'
>;

const SEED001 = seed('001');
const SHORT_FROM_HN = seed(
  '001',
  "official label in longLabel (seed 001); the short label is Hôpital numérique's label of the same domain (seed 003)",
);
const SHORT_BY_PALIER = seed(
  '001',
  "official label in longLabel (seed 001); HOP'EN publishes no short label: the short label is palier's noun form",
);

const definition = {
  id: 'hopen',
  version: '2019.1',
  name: {
    fr: "HOP'EN — Hôpital numérique ouvert sur son environnement",
    en: "HOP'EN — the digital hospital open to its environment",
  },
  period: {
    value: { start: '2018-01-01', end: '2022-12-31' },
    provenance: seed(
      '001',
      '2018 for framing, 2019 operational launch; some sources say 2019–2023; the COVID instruction of 5 Jan 2021 (S21) allowed up to 12 more months',
    ),
  },
  milestones: [
    {
      id: 'instruction',
      kind: 'instruction',
      date: '2019-02-12',
      label: {
        fr: "Instruction N° DGOS/PF5/2019/32 relative au lancement opérationnel du programme HOP'EN",
        en: "Instruction DGOS/PF5/2019/32 on the operational launch of HOP'EN",
      },
      provenance: seed('004', 'confirmed by S17'),
    },
    {
      id: 'instruction-online',
      kind: 'other',
      date: '2019-02-15',
      label: {
        fr: 'Mise en ligne de l’instruction sur le site du ministère',
        en: "Instruction published on the ministry's website",
      },
      provenance: seed('004'),
    },
    {
      id: 'ars-strategy',
      kind: 'deadline',
      date: '2019-03-08',
      label: {
        fr: 'Chaque ARS désigne un correspondant HOP’EN et transmet à la DGOS sa stratégie de déclinaison régionale du levier financier',
        en: 'Each ARS names a HOP’EN correspondent and sends the DGOS its regional strategy for the funding lever',
      },
      provenance: seed('004', 'the source says "avant le 8 mars 2019" (before 8 March 2019)'),
    },
    {
      id: 'ami-closing',
      kind: 'ami-closing',
      date: '2019-06-30',
      label: {
        fr: "Clôture de l'appel à manifestation d'intérêt (AMI) dans oSIS",
        en: 'Call for expressions of interest (AMI) in oSIS closes',
      },
      provenance: seed('004', 'AMI "ouvert jusqu’au 30 juin 2019"; its opening date is not given'),
    },
    {
      id: 'ars-programming',
      kind: 'ars-programming',
      date: '2019-08-30',
      label: {
        fr: 'Les ARS présentent leur programmation pluriannuelle (présélection) à la DGOS',
        en: 'ARS send their multi-year programming (pre-selection) to the DGOS',
      },
      provenance: seed('004', '"le 30 août 2019 dernier délai"'),
    },
    {
      id: 'notification',
      kind: 'notification',
      date: '2019-09-30',
      label: {
        fr: 'Les établissements sont informés de la sélection ou du rejet de leur candidature',
        en: 'Establishments are told whether their application is selected or rejected',
      },
      provenance: seed('004', '"au plus tard le 30 septembre 2019"'),
    },
    {
      id: 'guides-v2',
      kind: 'other',
      date: '2019-07-26',
      label: {
        fr: 'Publication des guides des indicateurs v2 (audit de cybersurveillance ajouté à P2)',
        en: 'Indicator guides v2 published (cybersurveillance audit added to P2)',
      },
      provenance: confirmed('S10'),
    },
    {
      id: 'covid-instruction',
      kind: 'instruction',
      date: '2021-01-05',
      label: {
        fr: "Instruction COVID : jusqu'à 12 mois supplémentaires, fenêtres d'observation révisées",
        en: 'COVID instruction: up to 12 more months, revised observation windows',
      },
      provenance: reported('S21', 'press report of the instruction'),
    },
    {
      id: 'funding-files-deadline',
      kind: 'deadline',
      date: '2021-12-31',
      label: {
        fr: 'Date limite de dépôt des dossiers de financement',
        en: 'Last day for filing funding files',
      },
      provenance: confirmed('S5'),
    },
  ],
  prerequisites: [
    {
      code: 'P1',
      kind: 'prerequisite',
      label: { fr: 'Identités, mouvements', en: 'Identities, patient movements' },
      indicators: indicatorList([]),
      incompleteIndicators: incompleteList([
        {
          key: 'hopen-p1-ins',
          label: {
            fr: "Intégration de l'INS (identifiant national de santé) et identitovigilance",
            en: 'Integration of the INS (national health identifier) and identity monitoring',
          },
          unverified: [
            { field: 'code', provenance: unverified('seed:001', 'the topic is attested; codes not read') },
            { field: 'label', provenance: unverified('seed:001', LABEL_RENDERED) },
          ],
          provenance: seed(
            '001',
            'action 11.2: the prerequisites carry strong requirements on INS integration',
          ),
        },
      ]),
      provenance: SEED001,
    },
    {
      code: 'P2',
      kind: 'prerequisite',
      label: { fr: 'Sécurité', en: 'Security' },
      indicators: indicatorList([
        yesNoPrerequisite(
          'P2.1',
          {
            fr: "Existence d'un plan de reprise d'activité (PRA) formalisé, avec un plan de tests exécuté",
            en: 'A formalised disaster-recovery plan (PRA) exists, with an executed test plan',
          },
          noPublicSource(
            'seed:001',
            'the prerequisites guide (S-hopen-prereq-guide) could not be read beyond its contents',
          ),
        ),
        yesNoPrerequisite(
          'P2.3',
          {
            fr: 'Existence de procédures de fonctionnement en mode dégradé et de retour à la normale',
            en: 'Procedures for degraded-mode operation and return to normal exist',
          },
          noPublicSource(
            'seed:001',
            'the prerequisites guide (S-hopen-prereq-guide) could not be read beyond its contents',
          ),
        ),
      ]),
      incompleteIndicators: incompleteList([
        {
          key: 'hopen-p2-cybersurveillance-audit',
          label: {
            fr: "Réalisation d'un audit de cybersurveillance (exposition sur internet, vulnérabilités, fuites de données)",
            en: 'A cybersurveillance audit was carried out (internet exposure, vulnerabilities, data leaks)',
          },
          kind: 'yes-no',
          eligibility: mustBeYes(confirmed('S10')),
          unverified: [
            {
              field: 'code',
              provenance: unverified(confirmed('S10').source, 'added to P2 by the v2 guides; code not read'),
            },
            { field: 'label', provenance: unverified(confirmed('S10').source, LABEL_RENDERED) },
          ],
          provenance: confirmed('S10', 'indicator guides v2 of 26 Jul 2019'),
        },
      ]),
      provenance: SEED001,
    },
    {
      code: 'P3',
      kind: 'prerequisite',
      label: { fr: 'Confidentialité', en: 'Confidentiality' },
      indicators: indicatorList([]),
      provenance: SEED001,
    },
    {
      code: 'P4',
      kind: 'prerequisite',
      label: { fr: 'Échange et partage', en: 'Exchange and sharing' },
      indicators: indicatorList([]),
      provenance: seed('001', 'new in HOP’EN (also seed 004)'),
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
      longLabel: {
        fr: "Partager les résultats d'imagerie, de biologie et d'anatomo-pathologie",
        en: 'Share imaging, biology and pathology results',
      },
      definition: {
        value: {
          fr: "Domaine atteint lorsque les résultats d'imagerie, de biologie et d'anatomo-pathologie produits pendant le séjour sont consultables électroniquement par les services de soins et médico-techniques (production interne, externe avec ou sans maîtrise, mixte)",
          en: 'Reached when the imaging, biology and pathology results produced during the stay can be consulted electronically by care and medico-technical services (in-house, external with control, external without control, mixed)',
        },
        provenance: confirmed('S8', 'palier’s summary of the ANAP page, in both languages'),
      },
      indicators: indicatorList([]),
      provenance: SHORT_FROM_HN,
    },
    {
      code: 'D2',
      kind: 'domain',
      label: {
        fr: 'Dossier patient informatisé et interopérable et DMP',
        en: 'Interoperable computerised patient record and DMP',
      },
      longLabel: {
        fr: 'Développer le dossier patient informatisé et interopérable et le DMP',
        en: 'Develop the interoperable computerised patient record and the DMP',
      },
      definition: {
        value: {
          fr: 'Domaine atteint lorsque le DPI alimente le DMP avec les documents retenus par la CME (D2.2), est consulté et alimenté par les équipes de soins, permet à la plupart des services de produire comptes rendus, traitements de sortie, résultats de biologie et lettre de liaison, intègre la lettre de liaison à chaque séjour et contient les comptes rendus de consultations externes (D2.5) ; suppose la compatibilité DMP et au moins un DMP alimenté (P4.1). Périmètre : tous les séjours non annulés de patients sortis et les consultations externes.',
          en: 'Reached when the computerised patient record feeds the DMP with the documents the CME chose (D2.2), is consulted and fed by care teams, lets most services produce reports, discharge treatments, biology results and the lettre de liaison, includes the lettre de liaison in every stay and holds external-consultation reports (D2.5); presupposes DMP compatibility and at least one DMP fed (P4.1). Scope: all non-cancelled stays of discharged patients, and external consultations.',
        },
        provenance: confirmed('S-anap-d2', 'palier’s summary of the ANAP page, in both languages'),
      },
      indicators: indicatorList([
        {
          code: 'D2.2',
          label: {
            fr: "Alimentation du DMP pour les patients disposant d'un DMP lors de leur admission",
            en: 'DMP fed for patients who had a DMP on admission',
          },
          kind: 'rate',
          unit: '%',
          numerator: {
            fr: 'Séjours pour lesquels le DMP a reçu au moins un des types de documents retenus par la CME',
            en: 'Stays for which the DMP received at least one of the document types chosen by the CME',
          },
          denominator: {
            fr: "Séjours des patients disposant d'un DMP lors de leur admission",
            en: 'Stays of patients who had a DMP on admission',
          },
          level: 'legal-entity',
          applicability: {
            activities: ['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS'],
            provenance: confirmed('S9'),
          },
          notApplicableWhen: [
            {
              fr: "Aucun patient admis sur la période ne disposait d'un DMP",
              en: 'No patient admitted in the period had a DMP',
            },
          ],
          exclusions: [
            {
              fr: 'Activité des médecins libéraux en cliniques privées',
              en: 'Liberal physicians working in private clinics',
            },
          ],
          ghtRule: {
            fr: "Calculé par établissement ; l'établissement support du GHT vérifie chaque membre",
            en: 'Computed per establishment; the GHT support establishment checks each member',
          },
          target: atLeast(98, confirmed('S9', 'target 98 % of stays; reaching 98 % exactly meets it')),
          provenance: confirmed('S9'),
        },
        {
          code: 'D2.5',
          label: {
            fr: 'Taux de consultations externes réalisées par des professionnels médicaux pour lesquelles le dossier patient informatisé a été mis à jour',
            en: 'Rate of external consultations by medical professionals for which the computerised patient record was updated',
          },
          kind: 'rate',
          unit: '%',
          numerator: {
            fr: 'Consultations externes réalisées par des professionnels médicaux pour lesquelles le DPI a été mis à jour',
            en: 'External consultations by medical professionals for which the computerised patient record was updated',
          },
          denominator: {
            fr: 'Consultations externes réalisées par des professionnels médicaux',
            en: 'External consultations by medical professionals',
          },
          level: 'legal-entity',
          applicability: {
            activities: ['MCO', 'SSR', 'PSY', 'DIALYSIS'],
            notConcerned: ['NO_EXTERNAL_CONSULTATIONS'],
            provenance: confirmed(
              'S-anap-d25',
              'X: MCO, SSR, PSY, dialysis, ES sans plateau technique; NC: HAD, ES sans ACE',
            ),
          },
          notApplicableWhen: [
            {
              fr: 'Aucune consultation externe sur la période',
              en: 'No external consultation in the period',
            },
          ],
          exclusions: [{ fr: 'Activité libérale des médecins', en: "Physicians' liberal activity" }],
          ghtRule: {
            fr: "Calculé par établissement, avec une seule application sur le GHT ; l'établissement support vérifie chaque membre",
            en: 'Computed per establishment, with one application across the GHT; the support establishment checks each member',
          },
          observationPeriod: {
            fr: 'Trois mois complets, restitués tous les six mois',
            en: 'Three full months, reported every six months',
          },
          target: atLeast(80, confirmed('S-anap-d25', 'same indicator and target as Hôpital numérique')),
          provenance: confirmed('S-anap-d25'),
        },
      ]),
      provenance: SHORT_BY_PALIER,
    },
    {
      code: 'D3',
      kind: 'domain',
      label: {
        fr: 'Prescription électronique alimentant le plan de soins',
        en: 'Electronic prescribing feeding the care plan',
      },
      longLabel: {
        fr: 'Informatiser la prescription alimentant le plan de soins',
        en: 'Computerise prescribing that feeds the care plan',
      },
      definition: {
        value: {
          fr: "Domaine atteint lorsque les équipes médicales et paramédicales prescrivent électroniquement (médicaments, biologie, examens complémentaires, actes de soins infirmiers) et que les prescriptions alimentent le plan de soins ; compte les séjours à temps complet et partiel (chaque séance comptée) ; un établissement dont la casuistique empêche d'atteindre la cible peut demander une cible adaptée, justifiée par deux taux supplémentaires sur un an.",
          en: 'Reached when medical and paramedical teams prescribe electronically (medicines, biology, complementary exams, nursing acts) and the prescriptions feed the care plan; counts full and part-time stays (each session counted); an establishment whose case mix prevents reaching the target may ask for an adapted one, documented with two extra one-year rates.',
        },
        provenance: confirmed('S-anap-d3', 'palier’s summary of the ANAP page, in both languages'),
      },
      indicators: indicatorList([
        {
          code: 'D3.5',
          label: {
            fr: "Taux de séjours disposant d'un plan de soins unique informatisé alimenté par l'ensemble des prescriptions",
            en: 'Rate of stays with a single computerised care plan fed by all prescriptions',
          },
          kind: 'rate',
          unit: '%',
          numerator: {
            fr: "Séjours disposant d'un plan de soins unique informatisé alimenté par l'ensemble des prescriptions",
            en: 'Stays with a single computerised care plan fed by all prescriptions',
          },
          denominator: { fr: 'Séjours', en: 'Stays' },
          level: 'legal-entity',
          applicability: {
            activities: ['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS'],
            provenance: confirmed('S-anap-d35', 'X in all seven columns'),
          },
          notApplicableWhen: [
            {
              fr: "Aucun patient n'a bénéficié de prescriptions informatisées sur la période",
              en: 'No patient had computerised prescriptions in the period',
            },
          ],
          ghtRule: {
            fr: 'Calculé par établissement, avec une seule application de plan de soins sur le GHT',
            en: 'Computed per establishment, with one care-plan application across the GHT',
          },
          observationPeriod: {
            fr: 'Trois mois complets, restitués tous les six mois',
            en: 'Three full months, reported every six months',
          },
          target: atLeast(80, confirmed('S-anap-d35', 'target 80 % of stays (Hôpital numérique: 50 %)')),
          provenance: confirmed('S-anap-d35'),
        },
      ]),
      provenance: SHORT_FROM_HN,
    },
    {
      code: 'D4',
      kind: 'domain',
      label: {
        fr: 'Programmation des ressources et agenda du patient',
        en: 'Resource scheduling and patient agenda',
      },
      longLabel: {
        fr: "Programmer ses ressources et partager l'agenda patient",
        en: "Schedule one's resources and share the patient's agenda",
      },
      indicators: indicatorList([]),
      provenance: SHORT_FROM_HN,
    },
    {
      code: 'D5',
      kind: 'domain',
      label: { fr: 'Pilotage médico-économique', en: 'Medico-economic management' },
      longLabel: {
        fr: 'Piloter son activité médico-économique',
        en: "Steer one's medico-economic activity",
      },
      indicators: indicatorList([]),
      provenance: SHORT_FROM_HN,
    },
    {
      code: 'D6',
      kind: 'domain',
      label: {
        fr: 'Communication et échange avec les partenaires',
        en: 'Communication and exchange with partners',
      },
      longLabel: {
        fr: 'Communiquer et échanger avec les partenaires',
        en: 'Communicate and exchange with partners',
      },
      indicators: indicatorList([]),
      provenance: SHORT_BY_PALIER,
    },
    {
      code: 'D7',
      kind: 'domain',
      label: {
        fr: 'Services en ligne aux usagers et aux patients',
        en: 'Online services for users and patients',
      },
      longLabel: {
        fr: 'Mettre à disposition des services en ligne aux usagers et aux patients',
        en: 'Provide online services to users and patients',
      },
      definition: {
        value: {
          fr: 'Trois services : prise de rendez-vous en ligne pour les consultations, préadmission en ligne, paiement en ligne',
          en: 'Three services: online appointment booking for consultations, online pre-admission, online payment',
        },
        provenance: confirmed('S5', 'palier’s summary of the ANAP page, in both languages'),
      },
      indicators: indicatorList([]),
      provenance: SHORT_BY_PALIER,
    },
  ],
  actionPlan: hopenActionPlan,
  funding: {
    envelope: { value: '420000000.00', provenance: seed('001', '"420 millions d’euros"') },
    amorcageShare: { value: 20, provenance: seed('001', 'engagement 13: 20 % of the regional envelope') },
    vehicles: {
      value: { amorcage: 'FMESPP', usage: 'AC' },
      provenance: seed('001', 'engagement 13'),
    },
    forfaitRange: {
      value: { min: '40000.00', max: '700000.00', per: 'unknown' },
      provenance: reported('S22', 'whether per domain or per establishment is not said'),
    },
    bonus: {
      condition: {
        fr: "Établissements qui répondent aux exigences de structuration de données pour l'envoi de comptes rendus de biologie et la Lettre de Liaison",
        en: 'Establishments meeting the data-structuring requirements for sending biology reports and the Lettre de liaison',
      },
      provenance: seed('001', 'engagement 12: "forfait de financement bonifié"'),
    },
    eligibility: [
      {
        id: 'relims',
        label: {
          fr: 'Seuls les projets intégrant des logiciels référencés dans la base RELIMS sont éligibles',
          en: 'Only projects integrating software listed in RELIMS are eligible',
        },
        provenance: seed('001', 'engagement 9'),
      },
      {
        id: 'qhn',
        label: {
          fr: "Seuls les projets intégrant des logiciels dont l'éditeur est certifié, ou s'engage dans la certification, « Qualité Hôpital Numérique » sont soutenus",
          en: 'Only projects integrating software whose editor is certified "Qualité Hôpital Numérique", or committed to it, are supported',
        },
        provenance: seed('001', 'engagement 10; also S4'),
      },
      {
        id: 'prerequisites-reached',
        label: {
          fr: 'Les prérequis doivent être atteints avant le versement des fonds (la candidature est possible avant)',
          en: 'The prerequisites must be reached before funds are released (applying before is possible)',
        },
        provenance: confirmed('S15'),
      },
      {
        id: 'ght-framework',
        label: {
          fr: "Un établissement membre d'un GHT candidate dans le cadre du GHT (tous les membres ne sont pas tenus d'y participer)",
          en: 'An establishment belonging to a GHT applies within the GHT framework (not every member must join)',
        },
        provenance: confirmed('S5', 'also S7 and S9'),
      },
    ],
  },
  figures: hopenFigures,
  basedOn: { id: 'hopital-numerique', version: '2012.1' },
  overrides: [],
  facts: [
    {
      id: 'hopen-frame',
      topic: 'frame',
      statement: {
        fr: "Feuille de route nationale des SIH à 5 ans, dans la continuité d'Hôpital numérique ; action 19 du volet numérique de « Ma santé 2022 » ; initiative 23 du grand plan d'investissement (GPI)",
        en: 'Five-year national roadmap for hospital IT continuing Hôpital numérique; action 19 of the digital part of "Ma santé 2022"; initiative 23 of the major investment plan (GPI)',
      },
      provenance: SEED001,
    },
    {
      id: 'hopen-scope',
      topic: 'scope',
      statement: {
        fr: 'Tous les établissements de santé, quels que soient leur statut (public, privé, ESPIC) et leur activité (MCO, SSR, PSY, HAD), y compris la convergence des SI des GHT',
        en: 'Every health establishment, whatever its status (public, private, ESPIC) and activity (MCO, SSR, PSY, HAD), including the convergence of GHT information systems',
      },
      provenance: SEED001,
    },
    {
      id: 'hopen-prerequisites-deadline',
      topic: 'scope',
      statement: {
        fr: "L'atteinte des prérequis par l'ensemble des établissements de santé est attendue d'ici la fin du programme",
        en: 'Every health establishment is expected to reach the prerequisites by the end of the programme',
      },
      provenance: SEED001,
    },
    {
      id: 'hopen-usage-funding',
      topic: 'funding',
      statement: {
        fr: "Financement principalement à l'usage (crédits AC) : versé une fois les SI mis en œuvre et effectivement utilisés sur l'ensemble de l'établissement ; premiers financements (amorçage et usage) délégués dès 2019",
        en: 'Mainly usage funding (AC credits), paid once the systems are deployed and effectively used across the whole establishment; first amorçage and usage funds delegated from 2019',
      },
      provenance: seed('001', 'engagements 13 and 14'),
    },
    {
      id: 'hopen-ght-application',
      topic: 'ght',
      statement: {
        fr: "L'établissement support valide les indicateurs des membres ; une candidature à l'échelle du GHT implique une même méthode de calcul pour tous les membres",
        en: "The support establishment validates members' indicators; a GHT-wide application means one calculation method for all members",
      },
      provenance: confirmed('S7', 'also S5 and S9'),
    },
    {
      id: 'hopen-osis',
      topic: 'scope',
      statement: {
        fr: "Les établissements déclarent leurs indicateurs dans oSIS (observatoire des systèmes d'information de santé)",
        en: 'Establishments declare their indicator values in oSIS (the health information systems observatory)',
      },
      provenance: SEED001,
    },
  ],
  unverified: [
    {
      field: 'funding.forfaitGrid',
      provenance: unverified(
        confirmed('S22').source,
        'flat amounts by activity and domain are known in advance, but the table was not read',
      ),
    },
    {
      field: 'funding.bonus.amount',
      provenance: unverified('seed:001', 'engagement 12 announces the bonus forfait without its amount'),
    },
    {
      field: 'funding.regionalEnvelopes',
      provenance: unverified('seed:001', 'regional envelope tables not read'),
    },
    {
      field: 'funding.controls',
      provenance: unverified(
        'seed:001',
        'engagement 14: control modalities "seront détaillées ultérieurement"; the control and clawback rule was not read',
      ),
    },
    {
      field: 'indicators',
      provenance: unverified(
        confirmed('S14').source,
        'the v1 guides hold 15 prerequisite and 26 domain indicators; only those listed here could be read',
      ),
    },
    {
      field: 'domains.D3.indicators',
      provenance: unverified(confirmed('S-anap-d3').source, 'themes of D3.1–D3.4 are inferred, not read'),
    },
    {
      field: 'indicators.level',
      provenance: unverified(
        'seed:001',
        'sources say "per establishment" without choosing legal entity or site; palier records legal-entity',
      ),
    },
  ],
} as const satisfies Programme<HopenPrerequisiteCode, HopenDomainCode>;

/**
 * HOP'EN (*Hôpital numérique ouvert sur son environnement*, 2018–2022) as bundled, frozen data: 4 prerequisites,
 * 7 domains, the indicators whose code and target could be read, 7 levers with 21 engagements, funding
 * parameters, the 2019 calendar and the published figures — each fact with its provenance.
 *
 * @example
 * ```ts
 * hopen.domains.map((d) => d.code); // ['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7']
 * ```
 *
 * @category Programmes
 */
export const hopen: HopenProgramme = deepFreeze(definition);
