import { type Arguments, atBoundary } from '../../core/guards.js';
/**
 * Input formats palier reads.
 *
 * @category Input files
 */
export type InputFormat = 'csv' | 'json' | 'ndjson';

/**
 * Chooses the input format: from the file extension (`.csv`/`.tsv`/`.txt`, `.json`, `.ndjson`/`.jsonl`), else
 * from the content — `[` starts JSON, `{` starts JSON when the first line is not a whole value on its own and
 * NDJSON otherwise, anything else is CSV.
 *
 * @example
 * ```ts
 * detectFormat('-', '{"finess":"750712184"}\n{"finess":"330781196"}\n'); // 'ndjson'
 * detectFormat('d.csv', '');                                           // 'csv'
 * ```
 *
 * @category Input files
 */
export function detectFormat(file: string, text: string): InputFormat {
  const args: Arguments = { file: [file, 'text'], text: [text, 'text'] };
  return atBoundary('detectFormat', args, () => {
    const ext = /\.([a-z]+)$/i.exec(file)?.[1]?.toLowerCase();
    if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
    if (ext === 'json') return 'json';
    if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const first = body.trimStart()[0];
    if (first === '[') return 'json';
    if (first !== '{') return 'csv';
    const firstLine = body.trimStart().split(/\r?\n|\r/, 1)[0] ?? '';
    try {
      JSON.parse(firstLine);
      return 'ndjson';
    } catch {
      return 'json';
    }
  });
}
