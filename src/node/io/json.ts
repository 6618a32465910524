import type { IssuePath, ParseResult } from '../../issues.js';
import type { InputProblem, SourceLocation } from './problem.js';
import { problem } from './problem.js';
import type { ReadResult } from './read-result.js';

/**
 * Checks one untrusted record and returns it typed, or its issues (paths relative to the record).
 *
 * @category Input files
 */
export type RecordValidator<T> = (input: unknown) => ParseResult<T>;

/**
 * Reads a JSON file holding an array of records (a single object counts as one record). A syntax error is
 * reported at its line and column; each record is validated on its own, its issues located by JSON path
 * (`[3].values.D2.2`), and the valid records kept.
 *
 * @example
 * ```ts
 * const r = readJsonRecords('[{"a":1},{"a":"x"}]', 'd.json', validate);
 * r.summary; // { unit: 'records', read: 2, valid: 1, invalid: 1 }
 * ```
 *
 * @category Input files
 */
export function readJsonRecords<T>(text: string, file: string, validate: RecordValidator<T>): ReadResult<T> {
  const parsed = parseJson(stripBom(text), file, 0);
  if (!parsed.ok) return empty([parsed.problem]);
  const items = Array.isArray(parsed.value) ? parsed.value : [parsed.value];
  const values: T[] = [];
  const origins: SourceLocation[] = [];
  const problems: InputProblem[] = [];
  let invalid = 0;
  items.forEach((item, i) => {
    const prefix: IssuePath = Array.isArray(parsed.value) ? [i] : [];
    const forbidden = forbiddenKeys(item, prefix).map((path) => forbiddenKey(file, { path }));
    if (forbidden.length > 0) {
      problems.push(...forbidden);
      invalid++;
      return;
    }
    const r = validate(item);
    for (const issue of r.issues) {
      const path = [...prefix, ...issue.path];
      problems.push({ location: { file, path }, issue: { ...issue, path } });
    }
    if (r.ok) {
      values.push(r.value);
      origins.push({ file, path: prefix });
    } else invalid++;
  });
  const locate = (index: number, path: IssuePath): SourceLocation => {
    const origin = origins[index] ?? { file };
    return { file, path: [...(origin.path ?? []), ...path] };
  };
  return { values, origins, problems, summary: summary(items.length, invalid), locate };
}

/**
 * Reads NDJSON (one JSON value per line; blank lines skipped). Each problem carries its line, and for a
 * validation issue the path inside that line's record.
 *
 * @example
 * ```ts
 * const r = readNdjsonRecords('{"a":1}\n{"a":\n', 'd.ndjson', validate);
 * r.problems[0]?.location; // { file: 'd.ndjson', line: 2, column: 6 }
 * ```
 *
 * @category Input files
 */
export function readNdjsonRecords<T>(
  text: string,
  file: string,
  validate: RecordValidator<T>,
): ReadResult<T> {
  const lines = stripBom(text).split(/\r?\n|\r/);
  const values: T[] = [];
  const origins: SourceLocation[] = [];
  const problems: InputProblem[] = [];
  let read = 0;
  let invalid = 0;
  lines.forEach((lineText, i) => {
    if (lineText.trim() === '') return;
    read++;
    const line = i + 1;
    const parsed = parseJson(lineText, file, line - 1);
    if (!parsed.ok) {
      invalid++;
      problems.push(parsed.problem);
      return;
    }
    const forbidden = forbiddenKeys(parsed.value, []).map((path) => forbiddenKey(file, { line, path }));
    if (forbidden.length > 0) {
      problems.push(...forbidden);
      invalid++;
      return;
    }
    const r = validate(parsed.value);
    for (const issue of r.issues) problems.push({ location: { file, line, path: issue.path }, issue });
    if (r.ok) {
      values.push(r.value);
      origins.push({ file, line });
    } else invalid++;
  });
  const locate = (index: number, path: IssuePath): SourceLocation => {
    const origin = origins[index];
    return origin?.line !== undefined ? { file, line: origin.line, path } : { file, path };
  };
  return { values, origins, problems, summary: summary(read, invalid), locate };
}

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Paths of the object keys `__proto__`, `constructor` and `prototype` anywhere in a parsed JSON value: such keys
 * can alter prototypes when copied, and a schema would otherwise drop them silently, so palier rejects them.
 *
 * @example
 * ```ts
 * forbiddenKeys(JSON.parse('{"values":{"__proto__":{}}}'), []); // [['values', '__proto__']]
 * ```
 *
 * @category Input files
 */
export function forbiddenKeys(value: unknown, path: IssuePath): IssuePath[] {
  // an explicit stack, not recursion: a hostile file nested 100,000 levels deep must not overflow the call stack;
  // each node links to its parent, so a path is only built for the keys reported
  interface Node {
    readonly value: unknown;
    readonly key?: string | number;
    readonly parent?: Node;
    readonly forbidden?: boolean;
  }
  const pathOf = (node: Node): IssuePath => {
    const keys: (string | number)[] = [];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) keys.push(n.key);
    return [...path, ...keys.reverse()];
  };
  const out: IssuePath[] = [];
  const stack: Node[] = [{ value }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.forbidden) {
      out.push(pathOf(node));
      continue;
    }
    const current = node.value;
    if (typeof current !== 'object' || current === null) continue;
    const keys = Array.isArray(current) ? current.map((_, i) => i) : Object.keys(current);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      const forbidden = typeof key === 'string' && FORBIDDEN.has(key);
      stack.push({ value: (current as Record<string | number, unknown>)[key], key, parent: node, forbidden });
    }
  }
  return out;
}

function forbiddenKey(file: string, at: { line?: number; path: IssuePath }): InputProblem {
  const key = String(at.path[at.path.length - 1]);
  return problem(
    { file, ...at },
    'forbidden-key',
    {
      fr: `Clé « ${key} » refusée (elle pourrait modifier des prototypes d’objets) : l’enregistrement est rejeté.`,
      en: `Key "${key}" is refused (it could alter object prototypes): the record is rejected.`,
    },
    { received: key, path: at.path },
  );
}

type JsonParse = { ok: true; value: unknown } | { ok: false; problem: InputProblem };

function parseJson(text: string, file: string, lineOffset: number): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const { line, column } = at
      ? lineColumn(text, Number(at[1]))
      : text.trim() === ''
        ? { line: 1, column: 1 }
        : lineColumn(text, text.length);
    return {
      ok: false,
      problem: problem(
        { file, line: line + lineOffset, column },
        text.trim() === '' ? 'empty-input' : 'invalid-json',
        text.trim() === ''
          ? { fr: 'Fichier vide : un tableau JSON est attendu.', en: 'Empty file: a JSON array is expected.' }
          : { fr: `JSON invalide : ${message}`, en: `Invalid JSON: ${message}` },
      ),
    };
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function summary(read: number, invalid: number): ReadResult<never>['summary'] {
  return { unit: 'records', read, valid: read - invalid, invalid };
}

function empty<T>(problems: InputProblem[]): ReadResult<T> {
  return {
    values: [],
    origins: [],
    problems,
    summary: { unit: 'records', read: 0, valid: 0, invalid: 0 },
    locate: (_index, path) => ({ file: problems[0]?.location.file ?? '', path }),
  };
}
