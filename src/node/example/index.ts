import type { GhtInput } from '../../actors/ght.js';
import type { Establishment } from '../../actors/types.js';
import type { Label } from '../../core/label.js';
import type { Declaration } from '../../evaluation/types.js';
import type { Programme } from '../../programme/types.js';
import { exampleDeclarations } from './declarations.js';
import { EXAMPLE_ESTABLISHMENTS, EXAMPLE_GHT } from './establishments.js';
import { exampleProgramme } from './programme.js';

export { EXAMPLE_PERIODS, exampleDeclarations } from './declarations.js';
export { EXAMPLE_ESTABLISHMENTS, EXAMPLE_GHT } from './establishments.js';
export { EXAMPLE_NOTE, EXAMPLE_SOURCE, exampleProgramme } from './programme.js';

/**
 * The bundled example: programme with its example override, establishments, GHT and declarations.
 *
 * @category Example data
 */
export interface ExampleData {
  /** HOP'EN with the labelled example override. */
  readonly programme: Programme;
  /** The fictional establishments. */
  readonly establishments: readonly Establishment[];
  /** The fictional GHT. */
  readonly ght: GhtInput;
  /** Declarations over three periods. */
  readonly declarations: readonly Declaration[];
  /** What a reader must know about these data. */
  readonly notes: readonly Label[];
}

/**
 * The notes every report of the example data shows.
 *
 * @category Example data
 */
export const EXAMPLE_NOTES: readonly Label[] = Object.freeze([
  {
    fr: 'Données d’exemple fictives : « GHT Exemple » et ses établissements n’existent pas ; leurs numéros FINESS sont inventés (clé valide).',
    en: 'Fictional example data: "GHT Exemple" and its establishments do not exist; their FINESS numbers are made up (valid key).',
  },
  {
    fr: 'Les indicateurs *.EX et leurs seuils sont une surcharge d’exemple (source « palier example data », synthétique, non officielle) ; D7.EX (MCO seulement) reste sans cible, d’où « inconnu » ; chaque prérequis et domaine y est déclaré complet, pour l’exemple. Les autres seuils sont ceux du catalogue HOP’EN, avec leur origine.',
    en: 'The *.EX indicators and their thresholds are an example override (source "palier example data", synthetic, not official); D7.EX (MCO only) keeps no target, hence "unknown"; every prerequisite and domain is declared complete, for the example. The other thresholds are those of the HOP’EN catalogue, with their sources.',
  },
]);

/**
 * The bundled example data (*jeu de données d'exemple*): a fictional GHT of nine establishments of varied status
 * and activity, their declarations over three periods, and HOP'EN with a labelled example override — what
 * `palier demo` evaluates.
 *
 * @example
 * ```ts
 * const data = exampleData();
 * data.declarations.length; // 27
 * ```
 *
 * @category Example data
 */
export function exampleData(): ExampleData {
  const programme = exampleProgramme();
  return {
    programme,
    establishments: EXAMPLE_ESTABLISHMENTS,
    ght: EXAMPLE_GHT,
    declarations: exampleDeclarations(programme),
    notes: EXAMPLE_NOTES,
  };
}
