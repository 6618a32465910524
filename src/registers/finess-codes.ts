import type { Provenance } from '../core/label.js';
import { nosList } from './sources.js';

/**
 * A code of one of the FINESS code lists, with its label as the list writes it.
 *
 * @category Registers
 */
export interface FinessCode {
  /** The code (`355`, `1102`, `6`). */
  readonly code: string;
  /** The label (*libellé*) of the list. */
  readonly label: string;
}

/**
 * A FINESS code list: its codes and where it comes from.
 *
 * @category Registers
 */
export interface FinessCodeList {
  /** The list's name (`TRE_R66`). */
  readonly name: string;
  /** Codes by code. */
  readonly codes: ReadonlyMap<string, FinessCode>;
  /** Whether palier holds the whole list (`false`: codes outside it are reported, not interpreted). */
  readonly complete: boolean;
  /** Source. */
  readonly provenance: Provenance;
}

function list(
  name: string,
  complete: boolean,
  rows: readonly (readonly [string, string])[],
  note?: string,
): FinessCodeList {
  const codes = new Map(rows.map(([code, label]) => [code, Object.freeze({ code, label })]));
  return Object.freeze({ name, codes, complete, provenance: nosList(name, note) });
}

/**
 * The sanitary establishment categories (*catégories d'établissements sanitaires*, NOS TRE_R66): the
 * `categetab` codes of health establishments, the ones `palier import finess` keeps by default.
 *
 * @category Registers
 */
export const SANITARY_CATEGORIES: FinessCodeList = list('TRE_R66', true, [
  ['101', 'Centre hospitalier régional (CHR)'],
  ['106', 'Centre hospitalier, ex Hôpital local'],
  ['109', 'Etablissement de santé privé autorisé en SSR'],
  ['114', 'Hôpital des Armées'],
  ['115', 'Etablissement de soins du service de santé des Armées'],
  ['122', 'Établissement de soins obstétriques et chirurgico-gynécologiques'],
  ['127', 'Hospitalisation à domicile'],
  ['128', 'Établissement de soins chirurgicaux'],
  ['129', 'Établissement de soins médicaux'],
  ['131', 'Centre de lutte contre le cancer (CLCC)'],
  ['141', 'Centre de dialyse'],
  ['146', "Structure d'alternative à la dialyse en centre"],
  ['156', 'Centre médico-psychologique (CMP)'],
  ['161', 'Maison de santé pour maladies mentales'],
  ['292', 'Centre hospitalier spécialisé dans la lutte contre les maladies mentales (CHS)'],
  ['355', 'Centre hospitalier non dénommé ailleurs (CH)'],
  ['362', 'Etablissement de soins longue durée (SLD)'],
  ['365', 'Etablissement de soins pluridisciplinaire'],
  ['366', 'Atelier thérapeutique'],
  ['412', 'Appartement thérapeutique'],
  ['415', 'Service médico-psychologique régional (SMPR)'],
  ['422', 'Traitements spécialisés à domicile'],
  ['425', "Centre d'accueil thérapeutique à temps partiel (CATTP)"],
  ['426', 'Syndicat Inter Hospitalier (SIH)'],
  ['430', 'Centre de postcure pour malades mentaux'],
  ['433', 'Etablissement sanitaire des prisons'],
  ['444', "Centre Crise ou d'accueil Permanent"],
  ['695', 'Groupement de coopération sanitaire de moyens - Exploitant GCS-Exploitant'],
  ['696', 'Groupement de coopération sanitaire de moyens GCS-Moyens'],
  ['697', 'Groupement de coopération sanitaire - Etablissement de santé GCS-ES'],
  ['698', 'Autre établissement soumis aux dispositions de la loi hospitalière'],
  ['699', 'Entité Ayant Autorisation'],
]);

/**
 * Aggregate categories (*catégories d'agrégat*, `categagretab`, NOS TRE_R65) — partial: the sanitary and
 * health-centre aggregates only. Other codes are reported, not interpreted.
 *
 * @category Registers
 */
export const AGGREGATE_CATEGORIES: FinessCodeList = list(
  'TRE_R65',
  false,
  [
    ['1101', 'Centres Hospitaliers Régionaux'],
    ['1102', 'Centres Hospitaliers'],
    ['1103', 'Centres Hospitaliers Spécialisés Lutte Maladies Mentales'],
    ['1104', 'Centres de Lutte contre le Cancer'],
    ['1106', 'Hôpitaux Locaux'],
    ['1107', 'Etablissements de santé privé autorisés en SSR'],
    ['1108', 'Centre de Moyen et de Long Séjour'],
    ['1109', 'Etablissements de Soins de Longue Durée'],
    ['1110', 'Etablissements de Soins de Courte Durée'],
    ['1111', 'Autres Etablissements de Lutte contre les Maladies Mentales'],
    ['1112', "Etablissements d'Enfants à Caractère Sanitaire"],
    ['1113', "Etablissements de Lutte contre l'Alcoolisme"],
    ['1201', 'Traitements et Soins à Domicile'],
    ['1202', 'Santé Mentale'],
    ['1203', 'Dialyse ambulatoire'],
    ['1204', 'Urgence et Réanimation'],
    ['1205', 'Autres Etablissements Relevant de la Loi Hospitalière'],
    ['2201', 'Dispensaires ou Centres de Soins'],
    ['2202', 'Etablissements de PMI et de Planification Familiale'],
    ['2204', 'Etablissements ne relevant pas de la Loi Hospitalière'],
    ['2205', 'Etab.de soins relevant du service de santé des armées'],
    ['2206', 'Centres de Santé'],
  ],
  'Partial transcription (sanitary aggregates); 1112, 1113 and 1204 deprecated on 2021-03-26.',
);

/**
 * The `codesph` values (*code SPH*, NOS TRE_R73): public health establishment, ESPIC, former PSPH categories …
 *
 * @category Registers
 */
export const SPH_CODES: FinessCodeList = list('TRE_R73', true, [
  ['0', 'Non concerné'],
  ['1', 'Etablissement public de santé'],
  ['2', 'PSPH par intégration'],
  ['3', 'PSPH par concession'],
  ['4', 'PSPH par association'],
  ['5', 'Assoc 1901 act. Psy'],
  ['6', "Etablissement de santé privé d'intérêt collectif"],
  ['7', 'Etab de santé privé non lucratif, non déclar intérêt collect'],
  ['9', 'Indéterminé'],
]);

/**
 * The legal statuses of a legal entity (*statut juridique*, `statutjuridique` of the EJ file, NOS TRE_R72) —
 * partial: codes outside it are reported, not interpreted.
 *
 * @category Registers
 */
export const LEGAL_STATUSES: FinessCodeList = list('TRE_R72', false, [
  ['000', 'En cours de vérification'],
  ['01', 'Etat'],
  ['02', 'Département'],
  ['03', 'Commune'],
  ['04', 'Région'],
  ['05', "Territoire d'Outre Mer"],
  ['06', 'Autre Collectivité Territoriale'],
  ['07', 'Métropole ou pôle métropolitain'],
  ['08', "Centre Intercommunal d'Action Sociale"],
  ['10', "Etablissement Public National d'Hospitalisation"],
  ['11', "Etablissement Public Départemental d'Hospitalisation"],
  ['12', "Etablissement Public Interdépartemental d'Hospitalisation"],
  ['13', "Etablissement Public Communal d'Hospitalisation"],
  ['14', "Etablissement Public Intercommunal d'Hospitalisation"],
  ['15', "Etablissement Public Régional d'Hospitalisation"],
  ['16', 'Syndicat Inter Hospitalier'],
  ['17', "Centre Communal d'Action Sociale"],
  ['18', 'Etablissement Social et Médico-Social National'],
  ['19', 'Etablissement Social et Médico-Social Départemental'],
  ['20', 'Etablissement Social et Médico-Social Interdépartemental'],
  ['21', 'Etablissement Social et Médico-Social Communal'],
  ['22', 'Etablissement Social et Médico-Social Intercommunal'],
  ['23', 'Etablissement Social et Médico-Social Régional'],
  ['24', "Office Public d'H.L.M."],
  ['25', 'Caisse des Ecoles'],
  ['26', 'Autre Etablissement Public à Caractère Administratif'],
  ['27', 'Etablissement Public à Caractère Industriel ou Commercial'],
  ['28', "Groupement d'Intérêt Public (G.I.P.)"],
  ['29', 'Groupement de Coopération Sanitaire public'],
  ['30', 'Groupement de Coopération Sociale ou Médico-Sociale public'],
  ['40', 'Régime Général de Sécurité Sociale'],
  ['41', 'Régime Spécial de Sécurité Sociale'],
  ['42', 'Institution de Prévoyance'],
  ['43', 'Mutualité Sociale Agricole (M.S.A.)'],
  ['44', 'Régime Maladie des non Salariés non Agricole'],
  ['45', 'Régime Vieillesse Particulier'],
  ['46', 'Autre Régime de Prévoyance Sociale'],
  ['47', 'Société Mutualiste'],
  ['48', 'Assurance Mutuelle Agricole'],
  ['49', 'Autre Organisme Mutualiste'],
  ['50', "Comité d'Entreprise ou Comité d'Etablissement"],
  ['51', 'Syndicat'],
  ['52', 'Syndicat de Propriétaires'],
  ['60', "Association Loi 1901 non Reconnue d'Utilité Publique"],
  ['61', "Association Loi 1901 Reconnue d'Utilité Publique"],
  ['62', 'Association de Droit Local'],
  ['63', 'Fondation'],
  ['64', 'Congrégation'],
  ['65', 'Autre Organisme Privé à But non Lucratif'],
  ['66', 'Groupement de Coopération Sociale ou Médico-Sociale privé'],
  ['70', 'Personne Physique'],
  ['71', 'Société en Nom Collectif (S.N.C.)'],
  ['72', 'Société A Responsabilité Limitée (S.A.R.L.)'],
  ['73', 'Société Anonyme (S.A.)'],
  ['74', 'Société Civile'],
  ['75', 'Autre Société'],
  ['76', "Groupement d'Intérêt Economique (G.I.E.)"],
]);
