import { extname } from 'node:path';
import { issue } from '../../core/messages.js';
import { fail, ok, type Result } from '../../core/result.js';
import { oneOf } from './args.js';
import type { CommandContext } from './context.js';

/** The format each `--out` extension names. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.csv': 'csv',
  '.tsv': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.txt': 'table',
  '.text': 'text',
};

/**
 * Reads `--format`: the word given, one of `allowed`; without it, the format named by the extension of `--out`
 * (`r.html` → `html`, `r.md` → `md`, `r.csv` → `csv`, `r.json` → `json`, `r.txt` → the text table) when the
 * command writes that format; else `fallback` when there is no `--out` (or `--out -`). An `--out` whose
 * extension names no format the command writes is refused (`cli-out-format-unknown`), never written in
 * another format than its name says.
 *
 * @example
 * ```ts
 * formatOption(ctx, ['table', 'json', 'csv', 'md', 'html'], 'table'); // palier evaluate d.csv --out r.html → ok('html')
 * ```
 *
 * @category Command line
 */
export function formatOption<T extends string>(
  ctx: CommandContext,
  allowed: readonly T[],
  fallback: T,
): Result<T> {
  const given = ctx.args.values.format;
  if (given !== undefined) return oneOf(given, allowed, fallback, '--format');
  const out = ctx.args.values.out;
  if (typeof out !== 'string' || out === '' || out === '-') return ok(fallback);
  const named = BY_EXTENSION[extname(out).toLowerCase()];
  const text = allowed.find((f) => f === 'table' || f === 'text');
  const format = named === 'table' || named === 'text' ? text : allowed.find((f) => f === named);
  if (format !== undefined) return ok(format);
  return fail(issue('cli-out-format-unknown', { out, allowed: allowed.join(', ') }));
}
