import type { Label, Provenance } from '../core/label.js';
import { deepFreeze } from '../programme/deep-freeze.js';
import type {
  BundledProgramme,
  FundingParameters,
  Indicator,
  Programme,
  Threshold,
  ThresholdStep,
} from '../programme/types.js';
import {
  atLeast,
  confirmed,
  incompleteList,
  indicatorList,
  mustBeYes,
  reported,
  SOURCES,
  unverified,
} from './sources.js';

/**
 * HOP'EN 2 prerequisite codes: the mandatory HospiConnect objective (*objectif obligatoire* 1.0).
 *
 * @category Programmes
 */
export type Hopen2PrerequisiteCode = 'HC0';
/**
 * HOP'EN 2 domain codes: phase 1's usage objectives, then the HospiConnect / HOP'EN 2 objective sets (2026
 * framing; 1 identity and access chain; 2 effective automatic DMP access).
 *
 * @category Programmes
 */
export type Hopen2DomainCode = 'PH1' | 'HC2026' | 'HC1' | 'HC2';

/**
 * The type of {@link hopen2}: one mandatory objective, four objective sets in order; no funding amount is public.
 *
 * @category Programmes
 */
export type Hopen2Programme = Omit<
  BundledProgramme<readonly ['HC0'], readonly ['PH1', 'HC2026', 'HC1', 'HC2']>,
  'funding'
> & {
  /** Funding parameters: none of the amounts, shares or vehicles is public (see `unverified`). */
  readonly funding: FundingParameters;
};

const HC_NOTE =
  "a third party's transcription (intuitem's ciso-assistant library file, publication date 2026-04-03, provider Agence du Numérique en Santé) of the ANS requirements « Programme HospiConnect – HOP'EN2 », not the ANS text itself";

/** Provenance of a HospiConnect / HOP'EN 2 requirement, as transcribed by a third party. */
function hc(note?: string): Provenance {
  return reported('H2-HC', note === undefined ? HC_NOTE : `${HC_NOTE}; ${note}`);
}

/** "pour 75 % du flux" read as at least 75 %: [HC] does not say whether the percentage is inclusive. */
const INCLUSIVE_READING =
  '« pour 75 % du flux » / « 40 % des utilisateurs » read as at least that percentage (reaching it exactly meets it): the text does not say whether it is inclusive';

const PER_EJ: Label = {
  fr: 'Évalué par entité juridique (EJ), sur la plateforme Convergence pour le questionnaire de maturité',
  en: 'Assessed per legal entity (EJ); the maturity questionnaire on the Convergence platform',
};

const MONTH: Label = {
  fr: "Le mois (« dans le mois ») : lu comme un mois civil ; la fenêtre d'observation exacte n'est pas précisée",
  en: 'The month ("dans le mois"): read as a calendar month; the exact observation window is not stated',
};

/** A programme year of HospiConnect / HOP'EN 2: the calendar year, both ends included. */
function year(
  y: 2026 | 2027 | 2028,
  role: 'eligibility' | 'target',
  threshold: Threshold,
  label: Label,
): ThresholdStep {
  return {
    from: `${y}-01-01`,
    until: `${y}-12-31`,
    name: String(y),
    [role]: threshold,
    label,
    provenance: hc(`objectives listed under ${y}; the programme year is read as the calendar year`),
  };
}

const yes = (note?: string) => mustBeYes(hc(note));

/** A yes/no HospiConnect objective with its wording for 2027 and for 2028. */
function yesNoObjective(
  code: string,
  label: Label,
  role: 'eligibility' | 'target',
  y2027: Label,
  y2028: Label,
): Indicator {
  return {
    code,
    label,
    kind: 'yes-no',
    level: 'legal-entity',
    ghtRule: PER_EJ,
    schedule: [year(2027, role, yes(), y2027), year(2028, role, yes(), y2028)],
    provenance: hc(),
  };
}

/** A 2026 objective (framing): yes/no, in force for 2026 only. */
function objective2026(code: string, label: Label): Indicator {
  return {
    code,
    label,
    kind: 'yes-no',
    level: 'legal-entity',
    ghtRule: PER_EJ,
    schedule: [year(2026, 'target', yes(), label)],
    unverified: [
      {
        field: 'code',
        provenance: unverified(SOURCES['H2-HC'], 'the 2026 objectives have no number: the code is palier’s'),
      },
    ],
    provenance: hc(),
  };
}

/** A rate HospiConnect objective: a percentage of a monthly flow, its target for 2027 then for 2028. */
function rateObjective(
  code: string,
  label: Label,
  numbers: { numerator: Label; denominator: Label },
  targets: { 2027: number; 2028: number },
  wording: { 2027: Label; 2028: Label },
): Indicator {
  const target = (percent: number) => atLeast(percent, hc(INCLUSIVE_READING));
  return {
    code,
    label,
    kind: 'rate',
    unit: '%',
    numerator: numbers.numerator,
    denominator: numbers.denominator,
    level: 'legal-entity',
    ghtRule: PER_EJ,
    observationPeriod: MONTH,
    schedule: [
      year(2027, 'target', target(targets[2027]), wording[2027]),
      year(2028, 'target', target(targets[2028]), wording[2028]),
    ],
    provenance: hc(),
  };
}

const PHASE1 = reported('H2-PSL', 'also H2-LIF');
const PHASE1_SPLIT = unverified(
  SOURCES['H2-PSL'],
  'phase 1 has 8 usage objectives; their exact split, codes and targets are not public (also H2-LIF)',
);

/** One of phase 1's objectives: described, its code, kind and target not public. */
function phase1Objective(key: string, label: Label) {
  const unknown = ['code', 'kind', 'target'] as const;
  return {
    key,
    label,
    unverified: unknown.map((field) => ({ field, provenance: PHASE1_SPLIT })),
    provenance: PHASE1,
  };
}

const definition = {
  id: 'hopen2',
  version: '2026.1',
  name: {
    fr: "HOP'EN 2 — Hôpital numérique ouvert sur son environnement, 2024–2028",
    en: "HOP'EN 2 — the digital hospital open to its environment, 2024–2028",
  },
  period: {
    value: { start: '2024-01-01', end: '2028-12-31' },
    provenance: reported(
      'H2-DSIH',
      'the programme runs 2024–2028 (phase 1 launched mid-2024, phase 2 runs to 2028; also H2-ARA); the exact first and last days are not stated: palier records the calendar years',
    ),
  },
  milestones: [
    {
      id: 'phase1-applications-open',
      kind: 'ami-opening',
      date: '2024-07-25',
      label: {
        fr: 'Phase 1 : ouverture des candidatures (25 juillet 2024)',
        en: 'Phase 1: applications open (25 July 2024)',
      },
      provenance: reported('H2-PSL'),
    },
    {
      id: 'phase2-applications-close',
      kind: 'ami-closing',
      date: '2026-02-13',
      label: {
        fr: "Phase 2 (dispositif HospiConnect / HOP'EN 2) : clôture des candidatures sur la plateforme Convergence",
        en: "Phase 2 (HospiConnect / HOP'EN 2 scheme): applications close on the Convergence platform",
      },
      provenance: reported('H2-DSIH'),
    },
  ],
  prerequisites: [
    {
      code: 'HC0',
      kind: 'prerequisite',
      label: { fr: 'Conformité PGSSI-S', en: 'PGSSI-S compliance' },
      role: { fr: 'objectif obligatoire', en: 'mandatory objective' },
      longLabel: {
        fr: 'Objectif obligatoire 1.0 — conformité à la PGSSI-S (identification électronique)',
        en: 'Mandatory objective 1.0 — compliance with the PGSSI-S (electronic identification)',
      },
      definition: {
        value: {
          fr: "Objectif obligatoire du dispositif HospiConnect / HOP'EN 2 : à atteindre chaque année, 2027 puis 2028 (en 2026, les objectifs sont le cadrage et le questionnaire).",
          en: "The mandatory objective of the HospiConnect / HOP'EN 2 scheme: to be met each year, 2027 then 2028 (in 2026 the objectives are the framing note and the questionnaire).",
        },
        provenance: hc(),
      },
      indicators: indicatorList([
        yesNoObjective(
          '1.0',
          { fr: 'Conformité à la PGSSI-S', en: 'Compliance with the PGSSI-S' },
          'eligibility',
          {
            fr: "PSSI mise à jour avec le référentiel d'identification électronique de la PGSSI-S ; procès-verbal de décision de la commission d'homologation des moyens d'identification électronique (MIE), avec ou sans réserves ; indicateurs de maturité mis à jour",
            en: 'Security policy (PSSI) updated with the PGSSI-S electronic-identification referential; decision minutes of the homologation commission for the electronic identification means (MIE), with or without reservations; maturity indicators updated',
          },
          {
            fr: "Procès-verbal de la commission d'homologation sans réserves ; indicateurs de maturité mis à jour",
            en: 'Homologation-commission minutes without reservations; maturity indicators updated',
          },
        ),
      ]),
      indicatorCount: { value: 1, provenance: hc('one mandatory objective per year (1.0)') },
      provenance: hc(),
    },
  ],
  domains: [
    {
      code: 'PH1',
      kind: 'domain',
      label: { fr: "Phase 1 — objectifs d'usage", en: 'Phase 1 — usage objectives' },
      role: { fr: "objectifs d'usage de la phase 1", en: 'phase-1 usage objectives' },
      definition: {
        value: {
          fr: "Phase 1 (candidatures à partir du 25 juillet 2024, 12 mois) : 8 objectifs d'usage — partage des principaux documents hospitaliers vers le profil Mon espace santé du patient, usage de MSSanté avec les professionnels et avec les patients, identitovigilance par la hausse du taux de qualification de l'INS.",
          en: "Phase 1 (applications from 25 July 2024, 12 months): 8 usage objectives — sharing the main hospital documents to the patient's Mon espace santé profile, MSSanté use with professionals and with patients, identity monitoring by raising the INS qualification rate.",
        },
        provenance: PHASE1,
      },
      indicators: indicatorList([]),
      indicatorCount: { value: 8, provenance: PHASE1 },
      incompleteIndicators: incompleteList([
        phase1Objective('hopen2-ph1-mes-documents', {
          fr: "Partage des principaux documents hospitaliers vers le profil Mon espace santé du patient (documents de sortie, comptes rendus opératoires, de consultation, d'imagerie et de biologie)",
          en: "Sharing the main hospital documents to the patient's Mon espace santé profile (discharge documents, operative, consultation, imaging and biology reports)",
        }),
        phase1Objective('hopen2-ph1-mssante-professionals', {
          fr: 'Usage de MSSanté avec les professionnels pour ces documents',
          en: 'MSSanté use with professionals for those documents',
        }),
        phase1Objective('hopen2-ph1-mssante-patients', {
          fr: 'Usage de MSSanté avec les patients par la messagerie de Mon espace santé',
          en: "MSSanté use with patients through Mon espace santé's messaging",
        }),
        phase1Objective('hopen2-ph1-ins-qualification', {
          fr: "Identitovigilance : hausse du taux de qualification de l'INS",
          en: 'Identity monitoring: raising the INS qualification rate',
        }),
      ]),
      provenance: PHASE1,
    },
    {
      code: 'HC2026',
      kind: 'domain',
      label: { fr: 'Objectifs 2026 — cadrage', en: '2026 objectives — framing' },
      role: { fr: 'objectifs annuels', en: 'yearly objectives' },
      indicators: indicatorList([
        objective2026('2026.1', {
          fr: 'Note de cadrage du projet HospiConnect (contexte dont la consultation de Mon espace santé, objectifs opérationnels avec indicateurs et cibles, organisation, calendrier, compte rendu de cadrage, suivi, communication aux professionnels)',
          en: 'Framing note of the HospiConnect project (context including Mon espace santé consultation, operational objectives with indicators and targets, organisation, calendar, framing minutes, follow-up, communication to professionals)',
        }),
        objective2026('2026.2', {
          fr: "Questionnaire des indicateurs de maturité complété intégralement, au niveau de l'EJ, sur la plateforme Convergence",
          en: 'Maturity-indicators questionnaire completed in full, at legal-entity level, on the Convergence platform',
        }),
      ]),
      indicatorCount: { value: 2, provenance: hc('two objectives listed under 2026') },
      provenance: hc(),
    },
    {
      code: 'HC1',
      kind: 'domain',
      label: { fr: "Chaîne d'identification et d'accès", en: 'Identity and access chain' },
      role: { fr: 'objectifs annuels', en: 'yearly objectives' },
      indicators: indicatorList([
        yesNoObjective(
          '1.1',
          { fr: 'Identifiant RPPS connu du DPI', en: 'RPPS identifier known to the patient record' },
          'target',
          {
            fr: 'Le RPPS des professions enregistrées est connu du DPI pour tous les utilisateurs concernés, dès la création du compte',
            en: 'The RPPS identifier of registered professions is known to the patient record (DPI) for all users concerned, from account creation',
          },
          {
            fr: "RPPS associé à chaque utilisateur du DPI, y compris les utilisateurs que l'employeur doit enregistrer",
            en: 'RPPS associated with every DPI user, including users the employer must register',
          },
        ),
        yesNoObjective(
          '1.2',
          { fr: 'Mise à jour des habilitations du DPI', en: 'Updating DPI permissions' },
          'target',
          {
            fr: 'La procédure de mise à jour des habilitations du DPI lors des mouvements de personnel est décrite et opérationnelle (automatique ou manuelle), avec une revue des comptes et habilitations au moins annuelle',
            en: 'The procedure that updates DPI permissions on staff movements is described and operational (automatic or manual), with an account and permissions review at least yearly',
          },
          {
            fr: 'Mise à jour automatique des comptes aux arrivées, départs et changements de service, depuis une base centrale des comptes ; activités RPPS mises à jour dans le SIH ; revue automatique au moins annuelle',
            en: 'Account updates are automatic on arrivals, departures and service changes, from a central account base; RPPS activities updated in the SIH; automatic review at least yearly',
          },
        ),
        yesNoObjective(
          '1.3',
          {
            fr: "Connexion au DPI par un moyen d'identification électronique à deux facteurs",
            en: 'Signing in to the DPI with a two-factor electronic identification means',
          },
          'target',
          {
            fr: "Les médecins et infirmiers disposent d'un MIE à deux facteurs utilisable pour se connecter au DPI (directement ou par SSO)",
            en: 'Doctors and nurses have a two-factor MIE usable to sign in to the DPI (directly or through SSO)',
          },
          {
            fr: 'Chaque utilisateur du DPI se connecte avec un MIE à deux facteurs en mode nominal (modes dégradés décrits)',
            en: 'Every DPI user signs in with a two-factor MIE in nominal mode (degraded modes described)',
          },
        ),
        yesNoObjective(
          '1.4',
          { fr: 'Accès au DMP depuis le DPI', en: 'Opening the DMP from the DPI' },
          'target',
          {
            fr: 'Les médecins et infirmiers peuvent ouvrir le DMP des patients consentants depuis le DPI (mode intégré : AIR simplifié ou API PSC)',
            en: 'Doctors and nurses can open the DMP of consenting patients from the DPI (integrated mode: AIR simplifié or API PSC)',
          },
          {
            fr: 'Chaque utilisateur du DPI habilité à consulter le DMP l’ouvre depuis le DPI',
            en: 'Every DPI user authorised to consult the DMP opens it from the DPI',
          },
        ),
      ]),
      indicatorCount: { value: 4, provenance: hc('objectives 1.1 to 1.4, in 2027 and in 2028') },
      provenance: hc(),
    },
    {
      code: 'HC2',
      kind: 'domain',
      label: { fr: 'Accès automatique effectif au DMP', en: 'Effective automatic DMP access' },
      role: { fr: 'objectifs annuels', en: 'yearly objectives' },
      indicators: indicatorList([
        rateObjective(
          '2.1',
          {
            fr: 'Recueil du consentement ou du refus du patient à la consultation de son DMP',
            en: "Collecting the patient's consent or refusal to DMP consultation",
          },
          {
            numerator: {
              fr: 'Patients du flux mensuel dont le consentement ou le refus à la consultation du DMP est recueilli',
              en: 'Patients of the monthly flow whose consent or refusal to DMP consultation is collected',
            },
            denominator: { fr: 'Flux mensuel de patients', en: 'Monthly patient flow' },
          },
          { 2027: 75, 2028: 90 },
          {
            2027: {
              fr: "L'établissement recueille le consentement ou le refus du patient à la consultation du DMP pour 75 % du flux mensuel de patients",
              en: "The organisation collects the patient's consent or refusal to DMP consultation for 75 % of the monthly patient flow",
            },
            2028: {
              fr: 'Consentement recueilli pour 90 % du flux mensuel de patients',
              en: 'Consent collected for 90 % of the monthly patient flow',
            },
          },
        ),
        rateObjective(
          '2.2',
          {
            fr: 'Consultation du DMP par transaction automatique (TD3.1)',
            en: 'DMP consultation through an automatic transaction (TD3.1)',
          },
          {
            numerator: {
              fr: "Utilisateurs habilités du DPI ayant consulté le DMP d'un patient par transaction automatique (TD3.1) dans le mois",
              en: "Authorised DPI users who consulted a patient's DMP through an automatic transaction (TD3.1) in the month",
            },
            denominator: { fr: 'Utilisateurs habilités du DPI', en: 'Authorised DPI users' },
          },
          { 2027: 40, 2028: 60 },
          {
            2027: {
              fr: "40 % des utilisateurs habilités du DPI ont consulté le DMP d'un patient par transaction automatique (TD3.1) dans le mois",
              en: "40 % of authorised DPI users consulted a patient's DMP through an automatic transaction (TD3.1) in the month",
            },
            2028: {
              fr: "60 % des utilisateurs habilités du DPI ont consulté le DMP d'un patient par transaction automatique dans le mois",
              en: "60 % of authorised DPI users consulted a patient's DMP through an automatic transaction in the month",
            },
          },
        ),
      ]),
      indicatorCount: { value: 2, provenance: hc('objectives 2.1 and 2.2, in 2027 and in 2028') },
      provenance: hc(),
    },
  ],
  actionPlan: { levers: [], workstreams: [] },
  funding: { eligibility: [] },
  figures: [],
  overrides: [],
  facts: [
    {
      id: 'hopen2-frame',
      topic: 'frame',
      statement: {
        fr: "Action majeure de la feuille de route 2023–2027 « Mettre le numérique au service de la santé » ; HOP'EN 2 prolonge HOP'EN et SUN-ES",
        en: "A major action of the 2023–2027 roadmap « Mettre le numérique au service de la santé »; HOP'EN 2 continues HOP'EN and SUN-ES",
      },
      provenance: confirmed('H2-ARA', 'also H2-PSL'),
    },
    {
      id: 'hopen2-scope',
      topic: 'scope',
      statement: {
        fr: 'Tout établissement de santé, quels que soient son statut, sa taille et son activité',
        en: 'Every health establishment, whatever its status, size and activity',
      },
      provenance: confirmed('H2-ARA'),
    },
    {
      id: 'hopen2-pilot',
      topic: 'selection',
      statement: {
        fr: "Piloté par la Délégation au numérique en santé (DNS ; la page de l'ARS écrit « Direction du numérique en santé ») ; les ARS sélectionnent et instruisent les candidatures",
        en: 'Piloted by the Délégation au numérique en santé (DNS; the ARS page says "Direction du numérique en santé"); the ARS select and instruct applications',
      },
      provenance: confirmed('H2-ARA'),
    },
    {
      id: 'hopen2-aims',
      topic: 'frame',
      statement: {
        fr: "Ouvrir l'hôpital sur la ville et ses partenaires (INS, Mon espace santé, usage de MSSanté) ; simplifier les processus métier (temps soignant gagné) ; transformation numérique des services métier et support ; mutualisation et convergence applicative cohérentes avec les projets territoriaux",
        en: 'Open the hospital to the city and partners (INS, Mon espace santé, MSSanté usage); simplify business processes (care time saved); digital transformation of business and support services; pooling and application convergence consistent with territorial projects',
      },
      provenance: confirmed('H2-ARA'),
    },
    {
      id: 'hopen2-phase1',
      topic: 'selection',
      statement: {
        fr: "Phase 1 : instruction validée mi-2024 ; candidatures ouvertes le 25 juillet 2024 ; 12 mois ; 8 objectifs d'usage",
        en: 'Phase 1: instruction validated mid-2024; applications open 25 July 2024; 12 months; 8 usage objectives',
      },
      provenance: PHASE1,
    },
    {
      id: 'hopen2-phase2',
      topic: 'selection',
      statement: {
        fr: "Phase 2 : jusqu'en 2028 ; deux dispositifs, le premier « HospiConnect / HOP'EN 2 » (gestion des identités et des accès, consultation du DMP) ; candidatures jusqu'au 13 février 2026 sur la plateforme Convergence",
        en: "Phase 2: runs to 2028; two schemes, the first « HospiConnect / HOP'EN 2 » (identity and access management, DMP consultation); applications until 13 February 2026 on the Convergence platform",
      },
      provenance: reported('H2-DSIH'),
    },
    {
      id: 'hopen2-legal-entity',
      topic: 'evaluation',
      statement: {
        fr: "Les objectifs HospiConnect / HOP'EN 2 s'évaluent par entité juridique (EJ) ; objectifs oui/non sauf quand un pourcentage est donné",
        en: "The HospiConnect / HOP'EN 2 objectives are assessed per legal entity (EJ); yes/no objectives unless a percentage is given",
      },
      provenance: hc(),
    },
  ],
  unverified: [
    {
      field: 'domains.PH1.indicators',
      provenance: PHASE1_SPLIT,
    },
    {
      field: 'phase2.secondScheme',
      provenance: unverified(SOURCES['H2-DSIH'], 'phase 2 has two schemes; the second one is not described'),
    },
    {
      field: 'funding.envelope',
      provenance: unverified(
        SOURCES['H2-HC'],
        'no funding amount is public for HOP’EN 2 (not in the HospiConnect text either)',
      ),
    },
    {
      field: 'funding.amorcageShare',
      provenance: unverified(SOURCES['H2-ARA'], 'the split of funds between tranches is not public'),
    },
    {
      field: 'funding.vehicles',
      provenance: unverified(SOURCES['H2-ARA'], 'the funding vehicles are not stated'),
    },
    {
      field: 'funding.forfaitRange',
      provenance: unverified(SOURCES['H2-ARA'], 'no forfait amount is public'),
    },
    {
      field: 'observationPeriod',
      provenance: unverified(
        SOURCES['H2-HC'],
        '« dans le mois » is read as a calendar month; the exact window is not stated',
      ),
    },
  ],
} as const satisfies Programme<Hopen2PrerequisiteCode, Hopen2DomainCode>;

/**
 * HOP'EN 2 (2024–2028) as bundled, frozen data: the programme frame (scope, pilot, aims), its two phases and
 * milestones, phase 1's eight usage objectives (described; their codes and targets unverified), and the
 * HospiConnect / HOP'EN 2 objectives assessed per legal entity — the 2026 framing objectives, the mandatory
 * objective 1.0 (a prerequisite) and objectives 1.1–1.4, 2.1 and 2.2 whose targets change from 2027 to 2028
 * (schedules by programme year: consent 75 % then 90 %, DMP consultation 40 % then 60 %). No funding amount is
 * public: the funding parameters are unverified.
 *
 * @example
 * ```ts
 * const in2027 = thresholdsInForce(compileProgramme(hopen2), '2027-06-30');
 * in2027.byCode.get('2.1')?.threshold?.expected.value; // 75
 * ```
 *
 * @category Programmes
 */
export const hopen2: Hopen2Programme = deepFreeze(definition);
