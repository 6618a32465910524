import type { CommandHelp } from './help.js';

/**
 * Help of `palier import` (`finess` and `ght`).
 *
 * @category Command line
 */
export const IMPORT_HELP: CommandHelp = {
  usage:
    'palier import finess <ET-file> [--ej <EJ-file>] [--as-of YYYY-MM-DD] [--all] [--format csv|json|ndjson] [--out F]\n' +
    '       palier import ght <file.csv> [--support CODE=FINESS,…] [--out F]',
  summary: {
    fr: 'Importe les registres nationaux : l’extraction FINESS (data.gouv) en établissements palier, la liste DGOS des GHT en définitions de GHT.',
    en: 'Imports the national registers: the FINESS extract (data.gouv) as palier establishments, the DGOS GHT list as GHT definitions.',
  },
  options: [
    [
      '--ej <file>',
      {
        fr: 'fichier EJ (etalab-cs1100501) : statut juridique des entités juridiques',
        en: 'EJ file (etalab-cs1100501): legal status of the legal entities',
      },
    ],
    [
      '--as-of <YYYY-MM-DD>',
      {
        fr: 'date des régions et ARS (défaut : date d’extraction, ligne 1)',
        en: 'date of regions and ARS (default: extraction date, line 1)',
      },
    ],
    [
      '--all',
      {
        fr: 'garder toutes les lignes (défaut : établissements sanitaires, TRE_R66)',
        en: 'keep every line (default: health establishments, TRE_R66)',
      },
    ],
    [
      '--format csv|json|ndjson',
      { fr: 'format de sortie (défaut : csv)', en: 'output format (default: csv)' },
    ],
    [
      '--support CODE=FINESS,…',
      {
        fr: 'établissement support de chaque GHT (absent de la liste DGOS)',
        en: 'support establishment of each GHT (not in the DGOS list)',
      },
    ],
    [
      '--encoding auto|utf-8|windows-1252|…',
      {
        fr: 'encodage (défaut : détecté, UTF-8 ou Windows-1252)',
        en: 'encoding (default: detected, UTF-8 or Windows-1252)',
      },
    ],
    [
      '--out <file>',
      {
        fr: 'écrire dans un fichier (défaut : sortie standard)',
        en: 'write to a file (default: standard output)',
      },
    ],
    [
      '--max-problems <n>',
      {
        fr: 'nombre de problèmes affichés (défaut : 50 ; 0 = tous)',
        en: 'problems shown (default: 50; 0 = all)',
      },
    ],
  ],
  examples: [
    [
      'palier import finess etalab-cs1100507-stock-20260512-0342.csv --out etablissements.csv',
      {
        fr: 'les établissements de santé, prêts pour evaluate --establishments',
        en: 'the health establishments, ready for evaluate --establishments',
      },
    ],
    [
      'palier import finess et.csv --ej ej.csv --as-of 2021-12-31 --format json',
      {
        fr: 'avec le statut juridique, régions et ARS au 31/12/2021',
        en: 'with the legal status, regions and ARS as of 2021-12-31',
      },
    ],
    [
      'palier import ght ght-dgos.csv --support NA-04=870000015 --out ght.json',
      { fr: 'les GHT de la liste DGOS', en: 'the GHTs of the DGOS list' },
    ],
  ],
};
