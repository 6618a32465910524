import type { Label, Provenance } from '../core/label.js';
import type { IncompleteIndicator, Indicator, Threshold } from '../programme/types.js';

/**
 * Public sources the bundled programmes cite (tags of palier's curated reference). Seeds are cited as
 * `seed:000` … `seed:004`.
 *
 * @category Programmes
 */
export const SOURCES = {
  /** Ministry page: implementing HN in establishments. */
  'S-HN1':
    'https://sante.gouv.fr/systeme-de-sante/e-sante/sih/hopital-numerique/article/mise-en-oeuvre-du-programme-hopital-numerique-par-les-etablissements-de-sante',
  /** Summary of HN financing instruction 2013/225. */
  'S-psyzoom': 'https://psyzoom.blogspot.com/2013/06/la-dgos-precise-les-modalites-de.html',
  /** HN rules and amounts. */
  S27: 'https://lexing.law/?p=70602',
  /** HN: targets to reach before 31 Dec 2016. */
  'S-weka':
    'https://www.weka.fr/actualite/sante-thematique_7850/hopital-numerique-le-financement-dependant-de-la-reussite-des-projets-article_71110/',
  /** HN mid-course funding figures. */
  'S-tic2850':
    'https://www.ticsante.com/story/2850/hopital-numerique-592-etablissements-finances-a-hauteur-de-295-millions-d-euros.html',
  /** IFAQ 2016 annex: HN scoring. */
  'S-ifaq2016': 'https://juriblio.fr/arretes/arrete-du-5-aout-2016/167265234/annexe',
  /** ANAP/ANS: QHN certification as an eligibility criterion. */
  S4: 'http://ressources.anap.fr/numerique/publication/2397-atteindre-les-prerequis-hop-en/6813-certification-qhn',
  /** ANAP: D7 domain, envelopes, GHT application rule, 31 Dec 2021. */
  S5: 'http://ressources.anap.fr/numerique/publication/2395-aborder-le-domaine-d7-d-hop-en-mettre-a-disposition-des-services-en-ligne-aux-usagers-et-aux-patients/6399-les-conditions-pour-reussir',
  /** ANAP: producing usage indicators in a GHT. */
  S7: 'https://ressources.anap.fr/numerique/publication/2726-produire-efficacement-les-indicateurs-dusage-hopen/7036-notions-essentielles-pour-produire-les-indicateurs-d-usage',
  /** ANAP: D1 domain overview. */
  S8: 'https://ressources.anap.fr/numerique/publication/2726-produire-efficacement-les-indicateurs-dusage-hopen/7038-d1-partager-les-resultats-d-imagerie-de-biologie-et-d-anatomopathologie',
  /** ANAP: indicator D2.2. */
  S9: 'https://ressources.anap.fr/numerique/publication/2726-produire-efficacement-les-indicateurs-dusage-hopen/7044-indicateur%C2%A0d2-2%C2%A0-alimentation-du-dmp-pour-les-patients-disposant-d-un-dmp-lors-de-leur-admission',
  /** ANAP: D2 domain overview. */
  'S-anap-d2':
    'https://ressources.anap.fr/numerique/publication/2726-produire-efficacement-les-indicateurs-dusage-hopen/7043',
  /** ANAP: indicator D2.5. */
  'S-anap-d25':
    'https://ressources.anap.fr/numerique/publication/2726-produire-efficacement-les-indicateurs-dusage-hopen/7047',
  /** ANAP: D3 domain overview. */
  'S-anap-d3':
    'https://ressources.anap.fr/numerique/publication/2726-produire-efficacement-les-indicateurs-dusage-hopen/7048',
  /** ANAP: indicator D3.5. */
  'S-anap-d35':
    'https://ressources.anap.fr/numerique/publication/2726-produire-efficacement-les-indicateurs-dusage-hopen/7053',
  /** ANAP community forum, thread 67 (HN P1.1 label). */
  'S-anap-forum67': 'https://ressources.anap.fr (forum, thread 67)',
  /** ANAP community forum, thread 69 (HN P1.3 topic). */
  'S-anap-forum69': 'https://ressources.anap.fr (forum, thread 69)',
  /** HOP'EN guides v2 (26 Jul 2019), cybersurveillance audit. */
  S10: 'https://cyberveille-sante.gouv.fr/cyberveille-sante/1379',
  /** HOP'EN indicator counts. */
  S14: 'https://www.apssis.com/actualite-ssi/344/hop-en-veritable-socle-de-la-conformite.htm',
  /** HOP'EN: funds released once prerequisites are met. */
  S15: 'https://lifen.fr/ressources/blog/obtenir-les-subventions-hopen-pour-votre-clinique',
  /** Instruction DGOS/PF5/2019/32 summary. */
  S17: 'https://affairesjuridiques.aphp.fr/textes/instruction-n-dgos-pf5-2019-32-du-12-fevrier-2019-relative-au-lancement-operationnel-du-programme-hopen/',
  /** HOP'EN selection figures and funds by domain. */
  S20: 'https://www.ticsante.com/story/4983/sih-1440-etablissements-de-sante-preselectionnes-pour-le-programme-hop-en-(dgos).html',
  /** HOP'EN COVID instruction (5 Jan 2021). */
  S21: 'https://www.ticsante.com/story?ID=6069',
  /** HOP'EN forfaits 40 k€–700 k€. */
  S22: 'https://www.mazars.fr/Accueil/Insights/Publications/Newsletters/Newsletter-Transfo-Sante/Newsletter-Numero-2/HOP-EN-derniere-ligne-droite-pour-les-candidatures',
  /** DGOS HN toolbox, practical sheet 3 (P2.1, PRA). */
  'S-hn-fiche3': 'https://examenscorriges.org/details-31524.html',
  /** DGOS HN toolbox, practical sheet 4 (P2.2, availability rate). */
  'S-hn-fiche4':
    'https://studylibfr.com/doc/2345415/hn---boite-%C3%A0-outils-pr%C3%A9-requis---extrait-fiche-pratique-4',
  /** IFAQ 2017 annex: criterion "Hôpital numérique Pré-requis et domaines D2 et D3". */
  'S-ifaq2017': 'https://juriblio.fr/arretes/arrete-du-15-decembre-2017/170458155/annexe/304675901',
  /** HOP'EN prerequisites guide (table of contents only could be read). */
  'S-hopen-prereq-guide': 'https://pdfslide.fr/documents/modle-word-dgos-fehap.html',
  /** HOP'EN 2: ARS Auvergne-Rhône-Alpes programme page (official). */
  'H2-ARA':
    'https://www.auvergne-rhone-alpes.ars.sante.fr/programme-hopital-numerique-ouvert-sur-son-environnement-hopen',
  /** HOP'EN 2 phase 1 launch, applications open 25 July 2024 (an establishment's news page). */
  'H2-PSL':
    'https://polesaintlaurent.com/lancement-de-la-premiere-phase-du-programme-hopen-2-pour-les-etablissements-de-sante-ouverture-des-candidatures-le-25-juillet-2024',
  /** HOP'EN 2 objectives (an editor's blog). */
  'H2-LIF': 'https://lifen.fr/ressources/blog/comprendre-hopen-2-et-les-objectifs-du-programme',
  /** HOP'EN 2 phase 2 call for projects (trade press). */
  'H2-DSIH':
    'https://dsih.fr/articles/6135/ouverture-de-lappel-a-projets-de-la-deuxieme-phase-du-programme-hopen-2',
  /** ANS requirements "Programme HospiConnect – HOP'EN2", as transcribed in a public library file (third party). */
  'H2-HC':
    'https://github.com/intuitem/ciso-assistant-community/blob/main/backend/library/libraries/ans-hospiconnect-hopen2.yaml',
} as const;

/**
 * Tag of a public source palier cites.
 *
 * @category Programmes
 */
export type SourceTag = keyof typeof SOURCES;

/**
 * Former source of facts palier's curated reference stated without naming a public source. No bundled fact cites
 * it any more (such facts are now `unverified`, citing a seed): kept for programmes saved by earlier versions.
 *
 * @category Programmes
 */
export const CURATED_REFERENCE = 'palier:reference/programmes.md';

/**
 * A seed document: `000` HN leaflet … `004` HOP'EN roadmap and 2019 calendar.
 *
 * @category Programmes
 */
export type SeedId = '000' | '001' | '002' | '003' | '004';

/**
 * Provenance of a fact stated in a seed document.
 *
 * @example
 * ```ts
 * seed('001'); // { source: 'seed:001', status: 'seed' }
 * ```
 *
 * @category Programmes
 */
export function seed(id: SeedId, note?: string): Provenance {
  return withNote({ source: `seed:${id}`, status: 'seed' }, note);
}

/**
 * Provenance of a fact found in a public source.
 *
 * @example
 * ```ts
 * confirmed('S9').source; // the ANAP page of indicator D2.2
 * ```
 *
 * @category Programmes
 */
export function confirmed(tag: SourceTag, note?: string): Provenance {
  return withNote({ source: SOURCES[tag], status: 'confirmed' }, note);
}

/**
 * Provenance of a fact stated by a secondary source (press, consultancy).
 *
 * @example
 * ```ts
 * reported('S22').status; // 'reported'
 * ```
 *
 * @category Programmes
 */
export function reported(tag: SourceTag, note?: string): Provenance {
  return withNote({ source: SOURCES[tag], status: 'reported' }, note);
}

/**
 * Provenance of a fact known to exist whose value could not be read; `source` attests its existence.
 *
 * @example
 * ```ts
 * unverified('seed:001', 'bonus amount not published').status; // 'unverified'
 * ```
 *
 * @category Programmes
 */
export function unverified(source: string, note: string): Provenance {
  return { source, status: 'unverified', note };
}

/**
 * Provenance of a fact palier's curated reference lists without naming a public source: `unverified`, citing the
 * seed that attests the matter exists (the programme document announcing the indicator guide), with why.
 *
 * @example
 * ```ts
 * noPublicSource('seed:003').status; // 'unverified'
 * ```
 *
 * @category Programmes
 */
export function noPublicSource(seedSource: `seed:${SeedId}`, note?: string): Provenance {
  const why = 'palier’s curated reference lists it, but no public source could be named';
  return { source: seedSource, status: 'unverified', note: note === undefined ? why : `${note}; ${why}` };
}

/** Why a label is palier's: the official French wording of the indicator could not be read. */
export const LABEL_RENDERED =
  'the official French wording was not read: label.fr is palier’s rendering of the meaning';

/**
 * A yes/no prerequisite indicator declared by the legal entity and met by "oui", with the provenance of the fact
 * (a public source; or `unverified` when none could be named: then no threshold is given and evaluation says
 * unknown), whose French label is palier's rendering (recorded as unverified).
 *
 * @example
 * ```ts
 * yesNoPrerequisite('P2.1', { fr: "Existence d'un PRA …", en: 'A PRA exists' }, confirmed('S-hn-fiche3')).kind; // 'yes-no'
 * ```
 *
 * @category Programmes
 */
export function yesNoPrerequisite(code: string, label: Label, provenance: Provenance): Indicator {
  const labelNote = { field: 'label', provenance: unverified(provenance.source, LABEL_RENDERED) };
  if (provenance.status === 'unverified') {
    // no public source: the indicator is listed, its threshold is not given (evaluation says unknown)
    return {
      code,
      label,
      kind: 'yes-no',
      level: 'legal-entity',
      unverified: [labelNote, { field: 'eligibility', provenance }],
      provenance,
    };
  }
  return {
    code,
    label,
    kind: 'yes-no',
    level: 'legal-entity',
    eligibility: mustBeYes(provenance),
    unverified: [labelNote],
    provenance,
  };
}

/**
 * A yes/no threshold: the answer must be "oui".
 *
 * @example
 * ```ts
 * mustBeYes(seed('001')); // { comparator: 'equal', value: true, inclusive: true, provenance: … }
 * ```
 *
 * @category Programmes
 */
export function mustBeYes(provenance: Provenance): Threshold {
  return { comparator: 'equal', value: true, inclusive: true, provenance };
}

/**
 * A rate threshold reached at `percent` or above (reaching it exactly meets it).
 *
 * @example
 * ```ts
 * atLeast(98, confirmed('S9')).value; // 98
 * ```
 *
 * @category Programmes
 */
export function atLeast(percent: number, provenance: Provenance): Threshold {
  return { comparator: 'at-least', value: percent, inclusive: true, provenance };
}

function withNote(p: Provenance, note: string | undefined): Provenance {
  return note === undefined ? p : { ...p, note };
}

/**
 * Types a list of indicators as plain `Indicator`s inside `as const` data: requirement codes stay literal, while
 * indicator lists stay easy to iterate and extend (`new Set(r.indicators.map((i) => i.code))` is a
 * `Set<string>`).
 *
 * @example
 * ```ts
 * const list = indicatorList([]); // readonly Indicator[]
 * ```
 *
 * @category Programmes
 */
export function indicatorList(list: readonly Indicator[]): readonly Indicator[] {
  return list;
}

/**
 * Same as {@link indicatorList} for incomplete indicators.
 *
 * @example
 * ```ts
 * const list = incompleteList([]); // readonly IncompleteIndicator[]
 * ```
 *
 * @category Programmes
 */
export function incompleteList(list: readonly IncompleteIndicator[]): readonly IncompleteIndicator[] {
  return list;
}
