import type { ActionPlan } from '../programme/types.js';
import { seed } from './sources.js';

const PLAN = seed(
  '001',
  "French verbatim from the action plan; letters lost in the seed's text layer (i, o, accented vowels) restored",
);

/**
 * The HOP'EN action plan (*plan d'action*): 7 levers, 21 engagements numbered across the plan, and their
 * actions, from the DGOS action plan (seed 001). No transversal workstreams.
 *
 * @category Programmes
 */
export const hopenActionPlan: ActionPlan = {
  levers: [
    {
      number: 1,
      label: { fr: 'Gouvernance', en: 'Governance' },
      aim: {
        fr: "Renforcer les systèmes d'information, leur gouvernance et leur prise en compte stratégique en tant que levier d'amélioration de la qualité des soins",
        en: 'Strengthen information systems, their governance and their strategic weight as a lever for better quality of care',
      },
      objectives: [
        {
          fr: "Renforcer les SIH, leur gouvernance et leur prise en compte comme investissement stratégique et levier central de transformation et d'amélioration de notre système de santé auprès des décideurs stratégiques et des professionnels de santé.",
          en: 'Strengthen hospital information systems and their governance, and have strategic decision-makers and health professionals treat them as a strategic investment and a central lever for transforming and improving the health system.',
        },
        {
          fr: "Poursuivre l'intégration du numérique dans les processus qualité des établissements de santé.",
          en: "Keep integrating digital into health establishments' quality processes.",
        },
        {
          fr: 'Assurer une mise en cohérence des différentes exigences portant sur les SIH dans un cadre commun de valeurs éthiques et humanistes.',
          en: 'Make the various requirements on hospital information systems coherent within a shared frame of ethical and humanist values.',
        },
      ],
      engagements: [
        {
          number: 1,
          label: {
            fr: 'Favoriser la prise en compte stratégique du numérique par les décideurs et les professionnels',
            en: 'Have decision-makers and professionals treat digital as strategic',
          },
          actions: [
            {
              id: '1.1',
              label: {
                fr: 'Suivi de la déclinaison régionale du programme par les ARS',
                en: 'Follow-up of the regional roll-out of the programme by the ARS',
              },
            },
            {
              id: '1.2',
              label: {
                fr: 'Suivi des charges et ressources dédiées aux SIH dans les établissements de santé',
                en: 'Follow-up of the costs and resources health establishments dedicate to their information systems',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 2,
          label: {
            fr: "Contribuer à l'urbanisation du SIH et le schéma cible de la e-santé dans la politique du numérique en santé",
            en: 'Contribute to the architecture of hospital information systems and the e-health target scheme within digital health policy',
          },
          actions: [
            {
              id: '2.1',
              label: {
                fr: "Contribuer à l'appropriation, par les décideurs, du schéma cible global pour l'architecture du SI (diffusion et document explicatif)",
                en: 'Help decision-makers adopt the global target scheme for the information-system architecture (distribution and explanatory document)',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 3,
          label: {
            fr: "Décliner les indicateurs HOP'EN dans la certification des établissements de santé par la HAS",
            en: "Carry the HOP'EN indicators into the HAS certification of health establishments",
          },
          actions: [
            {
              id: '3.1',
              label: {
                fr: 'Maintien des indicateurs Hôpital Numérique dans la certification V2014 en 2019 et 2020',
                en: 'Keep the Hôpital numérique indicators in certification V2014 in 2019 and 2020',
              },
            },
            {
              id: '3.2',
              label: {
                fr: "Intégration des indicateurs HOP'EN dans la certification V2020",
                en: "Integrate the HOP'EN indicators into certification V2020",
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 4,
          label: {
            fr: "Identifier et mettre en cohérence les différentes exigences portant sur les SIH dans le cadre d'une démarche certifiante (action 22 de la feuille de route numérique)",
            en: 'Identify and align the various requirements on hospital information systems within a certification approach (action 22 of the digital roadmap)',
          },
          actions: [
            {
              id: '4.1',
              label: {
                fr: "Coordonner les exigences du programme HOP'EN avec celles concernant l'auditabilité des SI dans le cadre de la certification des comptes des établissements de santé (actualisation du guide d'auditabilité (2013), mise à disposition d'une boîte à outils partagée)",
                en: "Align the HOP'EN requirements with those on information-system auditability in the certification of establishments' accounts (update of the 2013 auditability guide, a shared toolbox)",
              },
            },
            {
              id: '4.2',
              label: {
                fr: 'Proposer un référentiel national de certification du SIH (cybersécurité, etc.)',
                en: 'Propose a national certification referential for hospital information systems (cybersecurity, etc.)',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 5,
          label: {
            fr: "Intégrer les travaux autour de l'éthique du numérique en santé",
            en: 'Integrate the work on ethics of digital health',
          },
          actions: [
            {
              id: '5.1',
              label: {
                fr: "Promouvoir et diffuser les outils pratiques à venir (outils de sensibilisation, référentiels d'auto-évaluation, de labellisation, etc.)",
                en: 'Promote and distribute the coming practical tools (awareness tools, self-assessment and labelling referentials, etc.)',
              },
            },
          ],
          provenance: PLAN,
        },
      ],
      provenance: PLAN,
    },
    {
      number: 2,
      label: { fr: 'Compétences', en: 'Skills' },
      aim: {
        fr: "Développer la qualité de la gestion du numérique dans les établissements de santé et améliorer les compétences et l'appétence au numérique de la part des professionnels et des usagers",
        en: "Improve how health establishments manage digital, and professionals' and users' digital skills and appetite",
      },
      objectives: [
        {
          fr: 'Développer la qualité de gestion du numérique dans les établissements de santé à travers une démarche certifiante.',
          en: 'Improve the quality of digital management in health establishments through a certification approach.',
        },
        {
          fr: "Améliorer les compétences, l'appétence et le « bon usage » du numérique de la part des professionnels et des usagers.",
          en: "Improve professionals' and users' digital skills, appetite and proper use.",
        },
        {
          fr: 'Développer particulièrement les thématiques autour de la cybersécurité et de la confidentialité.',
          en: 'Develop in particular the topics of cybersecurity and confidentiality.',
        },
      ],
      engagements: [
        {
          number: 6,
          label: {
            fr: 'Améliorer la qualité de la fonction SI en encourageant une démarche de certification du SIH',
            en: 'Improve the quality of the IT function by encouraging certification of hospital information systems',
          },
          actions: [
            {
              id: '6.1',
              label: {
                fr: "Mise en œuvre d'une démarche de certification des SIH",
                en: 'Roll out a certification approach for hospital information systems',
              },
            },
            {
              id: '6.2',
              label: {
                fr: "Lancement d'une étude prospective sur la DSI de demain",
                en: "Launch a prospective study on tomorrow's IT department",
              },
            },
            {
              id: '6.3',
              label: {
                fr: 'Actualisation du référentiel national des compétences et métiers SIH',
                en: 'Update the national referential of hospital IT skills and jobs',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 7,
          label: {
            fr: "Renforcer la formation et l'information sur le numérique et son usage auprès des professionnels",
            en: 'Strengthen training and information of professionals on digital and its use',
          },
          actions: [
            {
              id: '7.1',
              label: {
                fr: "Développer la thématique du numérique dans les programmes pédagogiques de formation initiale de l'ensemble des professionnels hospitaliers",
                en: 'Bring digital into the initial training curricula of every hospital profession',
              },
            },
            {
              id: '7.2',
              label: {
                fr: "Enrichir les programmes de formation continue (travaux avec l'ANFH, les grandes écoles, les universités, les écoles d'ingénieur, etc.)",
                en: 'Enrich continuing-education programmes (work with ANFH, grandes écoles, universities, engineering schools, etc.)',
              },
            },
            {
              id: '7.3',
              label: {
                fr: "Enrichir et promouvoir l'offre de formation (MOOC)",
                en: 'Enrich and promote the training offer (MOOC)',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 8,
          label: {
            fr: "Développer l'appétence des usagers et patients au numérique",
            en: "Develop users' and patients' appetite for digital",
          },
          actions: [
            {
              id: '8.1',
              label: {
                fr: "Recensement des actions d'acculturation et d'accompagnement des usagers et patients à l'usage du numérique, menées par les établissements de santé",
                en: 'Survey the actions health establishments run to help users and patients adopt and use digital',
              },
            },
            {
              id: '8.2',
              label: {
                fr: 'Capitalisation, mutualisation et partage de ses actions',
                en: 'Capitalise on, pool and share these actions',
              },
            },
          ],
          provenance: PLAN,
        },
      ],
      provenance: PLAN,
    },
    {
      number: 3,
      label: { fr: 'Partenaires', en: 'Partners' },
      aim: {
        fr: "Développer une offre industrielle de qualité, améliorer les relations client/fournisseur et renforcer l'interopérabilité",
        en: 'Develop a quality industrial offer, improve customer/supplier relations and strengthen interoperability',
      },
      objectives: [
        {
          fr: "Accroître la qualité de l'offre industrielle et améliorer sa lisibilité.",
          en: 'Raise the quality of the industrial offer and make it easier to read.',
        },
        {
          fr: "Renforcer le respect des différents standards nationaux d'interopérabilité, de sécurité et les exigences réglementaires par les éditeurs de SIH.",
          en: 'Have hospital software editors better respect national interoperability and security standards and regulatory requirements.',
        },
      ],
      engagements: [
        {
          number: 9,
          label: {
            fr: 'Améliorer le référencement des éditeurs de logiciels et intégrateurs du marché de la santé à travers RELIMS',
            en: 'Improve the listing of software editors and integrators of the health market through RELIMS',
          },
          actions: [
            {
              id: '9.1',
              label: {
                fr: 'Dans le cadre du levier financement du programme, seuls les projets intégrant des logiciels référencés dans la base RELIMS pourront être éligibles et soutenus',
                en: "Under the programme's funding lever, only projects integrating software listed in RELIMS can be eligible and supported",
              },
            },
            {
              id: '9.2',
              label: {
                fr: "À horizon 2020, l'observatoire RELIMS sera amélioré dans le cadre d'une nouvelle version, afin d'en faire un véritable outil d'information sur l'offre industrielle pour les établissements de santé",
                en: 'By 2020, a new version of the RELIMS observatory will make it a real information tool on the industrial offer for health establishments',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 10,
          label: {
            fr: "Renforcer l'homologation des solutions informatiques hospitalières à travers le label « Qualité Hôpital Numérique »",
            en: 'Strengthen the approval of hospital software through the "Qualité Hôpital Numérique" label',
          },
          actions: [
            {
              id: '10.1',
              label: {
                fr: "Dans le cadre du levier financement du programme, seuls les projets intégrant des logiciels dont l'éditeur est certifié ou s'engage dans la démarche de certification « Qualité Hôpital Numérique » pourront être soutenus",
                en: 'Under the funding lever, only projects integrating software whose editor is certified "Qualité Hôpital Numérique", or committed to that certification, can be supported',
              },
            },
            {
              id: '10.2',
              label: {
                fr: "Cette démarche d'homologation sera actualisée dans le cadre du programme en intégrant, dans la mesure du possible, des exigences de sécurité et d'interopérabilité",
                en: 'The programme will update this approval scheme, adding security and interoperability requirements where possible',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 11,
          label: {
            fr: "Participer au déploiement du cadre d'urbanisation nationale",
            en: 'Take part in deploying the national architecture framework',
          },
          actions: [
            {
              id: '11.1',
              label: {
                fr: "Le programme s'appuie sur l'architecture cible des systèmes d'information de santé souhaitée dans le cadre du virage numérique de la STSS. Il accompagne l'objectif de convergence d'applicatifs dans le cadre des groupements hospitaliers de territoire (GHT)",
                en: 'The programme relies on the target architecture of health information systems sought by the STSS digital shift, and supports application convergence within GHTs',
              },
            },
            {
              id: '11.2',
              label: {
                fr: "Les prérequis HOP'EN intègrent des exigences fortes autour de l'intégration de l'INS et du déploiement de services socles nationaux (DMP, MS Santé et ROR)",
                en: "The HOP'EN prerequisites carry strong requirements on INS integration and on deploying the national core services (DMP, MS Santé and ROR)",
              },
            },
            {
              id: '11.3',
              label: {
                fr: "Promotion de l'appel à des services numériques tiers (de partenaires) au travers du bouquet de services via des API et appels contextuels",
                en: "Promote calling partners' digital services from the service bouquet through APIs and contextual calls",
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 12,
          label: {
            fr: "Contribuer au déploiement de standards et référentiels nationaux et à l'interopérabilité (technique et sémantique)",
            en: 'Contribute to deploying national standards and referentials and to (technical and semantic) interoperability',
          },
          actions: [
            {
              id: '12.1',
              label: {
                fr: "Favoriser, chaque fois que cela est possible, l'échange de données en format structuré. A ce titre, le levier financement prévoit un forfait de financement bonifié pour les établissements qui répondent aux exigences de structuration de données pour l'envoi de comptes rendus de biologie et la Lettre de Liaison",
                en: 'Favour structured data exchange wherever possible; to that end the funding lever provides a bonus flat amount for establishments meeting the data-structuring requirements for sending biology reports and the Lettre de liaison',
              },
            },
          ],
          provenance: PLAN,
        },
      ],
      provenance: PLAN,
    },
    {
      number: 4,
      label: { fr: 'Financement', en: 'Funding' },
      aim: {
        fr: "Financer un tiers des établissements à l'atteinte des cibles d'usage sur les domaines fonctionnels",
        en: 'Fund a third of establishments for reaching the usage targets of the functional domains',
      },
      objectives: [
        {
          fr: "Cibler le soutien financier sur les domaines fonctionnels prioritaires et récompenser l'utilisation effective du SIH par les professionnels de santé.",
          en: 'Target financial support on the priority functional domains and reward the effective use of hospital information systems by health professionals.',
        },
        {
          fr: "Financer un tiers des établissements à l'atteinte des cibles d'usage sur les domaines fonctionnels du programme ; soit plus de 1000 projets et environ 900 établissements pour un montant de 420 millions d'euros.",
          en: "Fund a third of establishments for reaching the usage targets of the programme's functional domains: more than 1,000 projects and about 900 establishments, for 420 million euros.",
        },
      ],
      engagements: [
        {
          number: 13,
          label: {
            fr: 'Organiser, lancer et suivre le levier financement sur la période 2019 - 2022',
            en: 'Organise, launch and follow the funding lever over 2019–2022',
          },
          description: {
            fr: "Le levier financement du programme HOP'EN a pour objectif de cibler le soutien financier sur les domaines fonctionnels prioritaires et de rémunérer l'utilisation effective du SIH par les professionnels de santé. Il repose principalement sur un financement à l'usage par les crédits d'aide à la contractualisation (AC) : les établissements / GHT ne percevront les financements qu'une fois les systèmes d'information mis en œuvre et effectivement utilisés sur l'ensemble de l'établissement. Un financement minoritaire à hauteur de 20% de l'enveloppe régionale, sur la base du Fonds de Modernisation des Etablissements de Santé Publics et Privés (FMESPP), pour l'amorçage des projets est également prévu. Le détail de cet engagement fait l'objet d'une instruction dédiée.",
            en: 'The funding lever targets financial support on the priority domains and pays for the effective use of hospital information systems. It rests mainly on usage funding through AC credits: establishments / GHTs receive money only once the systems are deployed and effectively used across the whole establishment. A minority share of 20 % of the regional envelope, on FMESPP, funds project amorçage. A dedicated instruction gives the details.',
          },
          actions: [],
          provenance: PLAN,
        },
        {
          number: 14,
          label: {
            fr: "S'assurer de la réalité des cibles d'usage déclarées",
            en: 'Make sure the declared usage targets are real',
          },
          description: {
            fr: 'Les modalités de contrôle seront détaillées ultérieurement.',
            en: 'Control modalities will be detailed later.',
          },
          actions: [
            {
              id: '14.1',
              label: {
                fr: 'Lancement du levier financement en 2019 et déclinaison régionale',
                en: 'Launch the funding lever in 2019, with its regional roll-out',
              },
            },
            {
              id: '14.2',
              label: {
                fr: "Ouverture du module de l'appel à manifestation d'intérêt (AMI) et de dépôt de dossiers de financement dans l'observatoire des Systèmes d'Informations de Santé (oSIS)",
                en: 'Open the module for the call for expressions of interest (AMI) and for filing funding files in the oSIS observatory',
              },
            },
            {
              id: '14.3',
              label: {
                fr: "Sélection des premiers projets d'établissements de santé éligibles et délégations des premiers financements (amorçage et usage) dès 2019",
                en: 'Select the first eligible establishment projects and delegate the first funds (amorçage and usage) from 2019',
              },
            },
          ],
          provenance: PLAN,
        },
      ],
      provenance: PLAN,
    },
    {
      number: 5,
      label: { fr: 'Accompagnement', en: 'Support' },
      aim: {
        fr: "Offrir un accompagnement adapté aux établissements sur l'atteinte des prérequis et des domaines fonctionnels",
        en: 'Offer establishments suitable support for reaching the prerequisites and the functional domains',
      },
      objectives: [
        {
          fr: "Offrir à l'ensemble des établissements de santé un soutien méthodologique et opérationnel pour l'atteinte des prérequis et des cibles d'usage sur les domaines fonctionnels prioritaires.",
          en: 'Give every health establishment methodological and operational support for reaching the prerequisites and the usage targets of the priority domains.',
        },
      ],
      engagements: [
        {
          number: 15,
          label: {
            fr: "Mettre à disposition une boîte à outils actualisée et enrichie pour l'atteinte des prérequis HOP'EN",
            en: "Provide an updated and enriched toolbox for reaching the HOP'EN prerequisites",
          },
          actions: [
            {
              id: '15.1',
              label: {
                fr: "Publication de la boîte à outils prérequis HOP'EN sur l'espace internet dédié",
                en: "Publish the HOP'EN prerequisite toolbox on its dedicated website",
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 16,
          label: {
            fr: "Mettre en place un dispositif d'accompagnement à l'atteinte des prérequis et du socle fonctionnel HOP'EN",
            en: "Set up a support scheme for reaching the HOP'EN prerequisites and functional base",
          },
          actions: [
            {
              id: '16.1',
              label: {
                fr: "Cadrage et lancement du dispositif d'accompagnement à l'atteinte des prérequis et des cibles d'usage",
                en: 'Frame and launch the support scheme for reaching the prerequisites and usage targets',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 17,
          label: {
            fr: "Produire et diffuser de la documentation utile à l'atteinte des prérequis et du socle fonctionnel HOP'EN",
            en: "Produce and distribute documentation useful for reaching the HOP'EN prerequisites and functional base",
          },
          actions: [
            {
              id: '17.1',
              label: {
                fr: "Production et diffusion des guides des indicateurs de prérequis et du socle fonctionnel HOP'EN et foire aux questions (FAQ)",
                en: "Produce and distribute the HOP'EN indicator guides (prerequisites and functional base) and the FAQ",
              },
            },
            {
              id: '17.2',
              label: {
                fr: "Production et diffusion d'outils complémentaires tout au long du programme",
                en: 'Produce and distribute further tools throughout the programme',
              },
            },
          ],
          provenance: PLAN,
        },
      ],
      provenance: PLAN,
    },
    {
      number: 6,
      label: { fr: 'Pilotage et communication', en: 'Steering and communication' },
      aim: {
        fr: "Piloter et informer sur le programme HOP'EN",
        en: "Steer the HOP'EN programme and inform about it",
      },
      objectives: [
        {
          fr: "Le suivi de l'ensemble des actions du programme : mise en œuvre opérationnelle, respect des échéances, respect de l'atteinte des objectifs attendus.",
          en: "Following all of the programme's actions: operational roll-out, deadlines kept, expected objectives reached.",
        },
        {
          fr: "L'organisation des instances de pilotage du programme.",
          en: "Organising the programme's steering bodies.",
        },
        {
          fr: 'La gestion de la communication institutionnelle du programme.',
          en: "Managing the programme's institutional communication.",
        },
      ],
      engagements: [
        {
          number: 18,
          label: {
            fr: 'Organiser les instances de pilotage du programme',
            en: "Organise the programme's steering bodies",
          },
          actions: [
            {
              id: '18.1',
              label: {
                fr: 'Mise en place des instances de pilotage du programme',
                en: "Set up the programme's steering bodies",
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 19,
          label: {
            fr: 'Communiquer sur le programme tout au long de sa mise en œuvre',
            en: 'Communicate about the programme throughout its implementation',
          },
          actions: [
            {
              id: '19.1',
              label: {
                fr: 'Lancement de la communication autour du programme',
                en: 'Launch communication about the programme',
              },
            },
            {
              id: '19.2',
              label: {
                fr: "Mise en œuvre d'actions de communication nationale : reporting annuel sur l'avancée du programme, communication sur l'atteinte du socle de maturité, organisation d'événements institutionnels",
                en: 'National communication: annual reporting on progress, communication on reaching the maturity base, institutional events',
              },
            },
          ],
          provenance: PLAN,
        },
        {
          number: 20,
          label: {
            fr: 'Mettre à disposition des outils de pilotage',
            en: 'Provide steering tools',
          },
          actions: [
            {
              id: '20.1',
              label: {
                fr: "Intégration des indicateurs du programme au sein de l'observatoire SIS",
                en: "Integrate the programme's indicators into the oSIS observatory",
              },
            },
          ],
          provenance: PLAN,
        },
      ],
      provenance: PLAN,
    },
    {
      number: 7,
      label: { fr: 'Recherche et évaluation', en: 'Research and evaluation' },
      aim: {
        fr: "Mieux connaître l'impact des systèmes d'information en santé",
        en: 'Better understand the impact of health information systems',
      },
      objectives: [
        {
          fr: "Poursuivre la dynamique de recherche engagée sur l'évaluation de l'impact de l'informatisation de la production de soins sur la qualité, la sécurité des soins et l'efficience médico-économique plus largement.",
          en: 'Pursue research on the impact of computerising care production on quality, safety of care and, more broadly, medico-economic efficiency.',
        },
        {
          fr: 'Suivre et valoriser les résultats des travaux engagés sur ce sujet.',
          en: 'Follow and promote the results of this work.',
        },
      ],
      engagements: [
        {
          number: 21,
          label: {
            fr: "Valoriser les travaux de recherche sur l'évaluation de l'impact des SI en santé",
            en: 'Promote research on evaluating the impact of health information systems',
          },
          actions: [
            {
              id: '21.1',
              label: {
                fr: "Valorisation des résultats du programme de recherche sur la performance du système de soins - Systèmes d'information de production de soins.",
                en: 'Promote the results of the research programme on care-system performance (PREPS) — care-production information systems.',
              },
            },
          ],
          provenance: PLAN,
        },
      ],
      provenance: PLAN,
    },
  ],
  workstreams: [],
};
