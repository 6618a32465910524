import type { Label } from '../../core/label.js';

/** What the usual system error codes mean, in both languages. */
const SYSTEM_ERRORS: Readonly<Record<string, Label>> = {
  ENOENT: { fr: 'fichier ou dossier introuvable', en: 'no such file or directory' },
  EACCES: { fr: 'permission refusée', en: 'permission denied' },
  EPERM: { fr: 'opération non permise', en: 'operation not permitted' },
  EISDIR: { fr: 'c’est un dossier, pas un fichier', en: 'is a directory, not a file' },
  ENOTDIR: { fr: 'un élément du chemin n’est pas un dossier', en: 'a part of the path is not a directory' },
  ENOSPC: { fr: 'plus de place sur le disque', en: 'no space left on the device' },
  EROFS: { fr: 'système de fichiers en lecture seule', en: 'read-only file system' },
  EMFILE: { fr: 'trop de fichiers ouverts', en: 'too many open files' },
  EBUSY: { fr: 'ressource occupée', en: 'resource busy' },
  EEXIST: { fr: 'le fichier existe déjà', en: 'file already exists' },
};

/**
 * A system error (reading or writing a file) said in both languages: the meaning of its code (`ENOENT` →
 * « fichier ou dossier introuvable » / "no such file or directory") followed by the code, or the error's own
 * message when the code is not a usual one.
 *
 * @example
 * ```ts
 * systemError(Object.assign(new Error('open x'), { code: 'ENOENT' })).fr; // 'fichier ou dossier introuvable (ENOENT)'
 * ```
 *
 * @category Command line
 */
export function systemError(error: unknown): Label {
  const message = error instanceof Error ? error.message : String(error);
  const coded = (error as { code?: unknown } | undefined)?.code;
  const code = typeof coded === 'string' ? coded : /^([A-Z][A-Z0-9]+):/.exec(message)?.[1];
  const known = code !== undefined && Object.hasOwn(SYSTEM_ERRORS, code) ? SYSTEM_ERRORS[code] : undefined;
  if (known === undefined) return { fr: message, en: message };
  return { fr: `${known.fr} (${code})`, en: `${known.en} (${code})` };
}
