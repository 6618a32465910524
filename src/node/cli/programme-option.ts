import { issue } from '../../core/messages.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { Programme } from '../../programme/types.js';
import type { InputProblem } from '../io/problem.js';
import { systemError } from './system-error.js';

/**
 * The bundled programmes by the names `--programme` accepts (each the name of its export in `programmes/`):
 * the programmes themselves are loaded only when one is chosen.
 */
const BUNDLED_NAMES: Readonly<Record<string, 'hopen' | 'hopen2' | 'hopitalNumerique'>> = Object.freeze({
  hopen: 'hopen',
  "hop'en": 'hopen',
  hopen2: 'hopen2',
  "hop'en2": 'hopen2',
  'hopital-numerique': 'hopitalNumerique',
  hn: 'hopitalNumerique',
});

/** The export name of the bundled programme `name` names (any case), if it names one. */
function bundledName(name: string): 'hopen' | 'hopen2' | 'hopitalNumerique' | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(BUNDLED_NAMES, key) ? BUNDLED_NAMES[key] : undefined;
}

/**
 * Resolves `--programme`: a bundled programme by name (`hopen` by default), or a programme definition JSON file
 * checked with `parseProgramme`. A failure carries a `cli-unknown-programme` issue (an unknown name), a
 * `file-unreadable` one, or the definition's issues located by JSON path inside the file.
 *
 * @example
 * ```ts
 * const choice = await resolveProgramme('hn', readFile);
 * if (choice.ok) choice.value.id; // 'hopital-numerique'
 * ```
 *
 * @category Command line
 */
export async function resolveProgramme(
  value: string | boolean | undefined,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<Result<Programme>> {
  const name = typeof value === 'string' ? value : 'hopen';
  const bundled = bundledName(name);
  if (bundled !== undefined) return ok((await import('../../programmes/index.js'))[bundled]);
  if (!name.toLowerCase().endsWith('.json')) return fail(issue('cli-unknown-programme', { name }));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(name);
  } catch (error) {
    return fail(unreadable(name, error).issue);
  }
  // the decoder and the schemas are loaded only for a definition file
  const [{ decodeBytes }, { parseProgramme }] = await Promise.all([
    import('../io/decode.js'),
    import('../../schemas/programme.js'),
  ]);
  const text = decodeBytes(bytes, name);
  if (!text.ok) return fail(text.problem.issue);
  let json: unknown;
  try {
    json = JSON.parse(text.text);
  } catch (error) {
    return fail(issue('invalid-json', { detail: error instanceof Error ? error.message : String(error) }));
  }
  return parseProgramme(json);
}

/**
 * The file `--programme` names, when it names one (not a bundled programme).
 *
 * @example
 * ```ts
 * programmeFile('p.json'); // 'p.json'
 * programmeFile('hn'); // undefined
 * ```
 *
 * @category Command line
 */
export function programmeFile(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && bundledName(value) === undefined ? value : undefined;
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
  return { location: { file }, issue: issue('file-unreadable', { detail: systemError(error) }) };
}
