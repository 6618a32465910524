import type { Programme } from '../../programme/types.js';
import { hopen, hopen2, hopitalNumerique } from '../../programmes/index.js';
import { parseProgramme } from '../../schemas/programme.js';
import { decodeBytes } from '../io/decode.js';
import type { InputProblem } from '../io/problem.js';
import { problem } from '../io/problem.js';

/**
 * Outcome of resolving `--programme`.
 *
 * @category Command line
 */
export type ProgrammeChoice =
  | { readonly ok: true; readonly programme: Programme }
  | {
      readonly ok: false;
      readonly kind: 'usage' | 'io' | 'invalid';
      readonly problems: readonly InputProblem[];
    };

/**
 * Bundled programmes by the names `--programme` accepts.
 *
 * @category Command line
 */
export const BUNDLED_PROGRAMMES: Readonly<Record<string, Programme>> = Object.freeze({
  hopen,
  "hop'en": hopen,
  hopen2,
  "hop'en2": hopen2,
  'hopital-numerique': hopitalNumerique,
  hn: hopitalNumerique,
});

/**
 * Resolves `--programme`: a bundled programme by name (`hopen` by default), or a programme definition JSON file
 * checked with `parseProgramme` (every issue located by JSON path).
 *
 * @example
 * ```ts
 * const choice = await resolveProgramme('hn', readFile);
 * if (choice.ok) choice.programme.id; // 'hopital-numerique'
 * ```
 *
 * @category Command line
 */
export async function resolveProgramme(
  value: string | boolean | undefined,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<ProgrammeChoice> {
  const name = typeof value === 'string' ? value : 'hopen';
  const bundled = BUNDLED_PROGRAMMES[name.toLowerCase()];
  if (bundled !== undefined) return { ok: true, programme: bundled };
  if (!name.toLowerCase().endsWith('.json')) {
    return {
      ok: false,
      kind: 'usage',
      problems: [
        problem({ file: '--programme' }, 'unknown-programme', {
          fr: `Programme inconnu « ${name} » : hopen, hopen2, hopital-numerique (hn) ou un fichier .json.`,
          en: `Unknown programme "${name}": hopen, hopen2, hopital-numerique (hn) or a .json file.`,
        }),
      ],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(name);
  } catch (error) {
    return { ok: false, kind: 'io', problems: [unreadable(name, error)] };
  }
  const text = decodeBytes(bytes, name);
  if (!text.ok) return { ok: false, kind: 'invalid', problems: [text.problem] };
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      kind: 'invalid',
      problems: [
        problem({ file: name }, 'invalid-json', {
          fr: `JSON invalide : ${detail}`,
          en: `Invalid JSON: ${detail}`,
        }),
      ],
    };
  }
  const parsed = parseProgramme(json);
  if (!parsed.ok) {
    return {
      ok: false,
      kind: 'invalid',
      problems: parsed.issues.map((issue) => ({ location: { file: name, path: issue.path }, issue })),
    };
  }
  return { ok: true, programme: parsed.value };
}

/**
 * A problem saying a file could not be read (missing, a directory, no permission).
 *
 * @example
 * ```ts
 * unreadable('d.csv', new Error('ENOENT')).issue.code; // 'file-unreadable'
 * ```
 *
 * @category Command line
 */
export function unreadable(file: string, error: unknown): InputProblem {
  const detail = error instanceof Error ? error.message : String(error);
  return problem({ file }, 'file-unreadable', {
    fr: `Fichier illisible : ${detail}`,
    en: `Cannot read the file: ${detail}`,
  });
}
