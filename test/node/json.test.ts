import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/node/io/decode.js';
import { detectFormat } from '../../src/node/io/detect.js';
import { readDeclarations } from '../../src/node/io/read-declarations.js';
import { hopen } from '../../src/programmes/index.js';

const decl = (values: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  finess: '750712184',
  level: 'legal-entity',
  programme: { id: 'hopen', version: hopen.version },
  period: { start: '2021-01-01', end: '2021-03-31' },
  values,
  ...extra,
});

describe('JSON and NDJSON declarations', () => {
  it('reads a JSON array, locating each invalid record by its path and keeping the valid ones', () => {
    const text = JSON.stringify([
      decl({ 'P2.1': { kind: 'yes-no', value: true } }),
      decl({ 'D2.2': { kind: 'rate', numerator: 6, denominator: 5 } }),
      decl({ 'P2.1': { kind: 'yes-no', value: true } }, { finess: '123456789' }),
    ]);
    const r = readDeclarations(text, { file: 'd.json', programme: hopen });
    expect(r.format).toBe('json');
    expect(r.summary).toEqual({ unit: 'records', read: 3, valid: 1, invalid: 2 });
    const paths = r.problems.map((p) => p.location.path);
    expect(paths).toContainEqual([2, 'finess']);
    expect(paths.some((p) => p?.[0] === 1 && p[1] === 'values')).toBe(true);
  });

  it('locates a JSON syntax error at its line and column', () => {
    const r = readDeclarations('[\n  {"finess": "750712184",\n  oops]\n', {
      file: 'd.json',
      programme: hopen,
    });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]?.issue.code).toBe('invalid-json');
    expect(r.problems[0]?.location).toMatchObject({ file: 'd.json', line: 3, column: 3 });
  });

  it('reads NDJSON with a line number on every problem, skipping blank lines', () => {
    const good = JSON.stringify(decl({ 'P2.1': { kind: 'yes-no', value: true } }));
    const text = `${good}\n\n{"finess":\n${JSON.stringify(decl({ 'P2.1': { kind: 'yes-no', value: 'oui' } }))}\n`;
    const r = readDeclarations(text, { file: 'd.ndjson', programme: hopen });
    expect(r.summary).toEqual({ unit: 'records', read: 3, valid: 1, invalid: 2 });
    expect(r.problems.map((p) => [p.location.line, p.issue.code])).toEqual([
      [3, 'invalid-json'],
      [4, 'invalid-type'],
      [4, 'duplicate-declaration'],
    ]);
  });

  it('rejects a record holding a __proto__ key, located by path, without polluting prototypes', () => {
    const text = `[{"finess":"750712184","level":"legal-entity","programme":{"id":"hopen","version":"${hopen.version}"},"period":{"start":"2021-01-01","end":"2021-03-31"},"values":{"__proto__":{"kind":"yes-no","value":true}},"__proto__":{"polluted":true}}]`;
    const r = readDeclarations(text, { file: 'p.json', programme: hopen });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).kind).toBeUndefined();
    expect(r.summary).toEqual({ unit: 'records', read: 1, valid: 0, invalid: 1 });
    expect(r.problems.map((p) => [p.issue.code, p.location.path])).toEqual([
      ['forbidden-key', [0, 'values', '__proto__']],
      ['forbidden-key', [0, '__proto__']],
    ]);
  });

  it('refuses numbers that overflow to infinity', () => {
    const text = `[${JSON.stringify(decl({ 'D2.2': { kind: 'rate', percent: 1 } })).replace('"percent":1', '"percent":1e400')}]`;
    const r = readDeclarations(text, { file: 'h.json', programme: hopen });
    expect(r.summary.invalid).toBe(1);
    expect(r.problems[0]?.location.path?.slice(0, 3)).toEqual([0, 'values', 'D2.2']);
  });

  it('reports an empty JSON file', () => {
    const r = readDeclarations('', { file: 'e.json', programme: hopen });
    expect(r.problems.map((p) => p.issue.code)).toEqual(['empty-input']);
  });
});

describe('detectFormat', () => {
  it('uses the extension first, then the content', () => {
    expect(detectFormat('a.CSV', '[')).toBe('csv');
    expect(detectFormat('a.jsonl', '')).toBe('ndjson');
    expect(detectFormat('-', '  [{"a":1}]')).toBe('json');
    expect(detectFormat('-', '{"a":1}\n{"a":2}')).toBe('ndjson');
    expect(detectFormat('-', '{\n "a": 1\n}')).toBe('json');
    expect(detectFormat('-', '\ufefffiness;indicator')).toBe('csv');
  });
});

describe('decodeBytes', () => {
  it('locates the first invalid UTF-8 byte and suggests Windows-1252', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a,b\néé,'), 0xe9, 0x0a]);
    const r = decodeBytes(bytes, 'w.csv');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.location).toEqual({ file: 'w.csv', line: 2, column: 4 });
      expect(r.problem.issue.code).toBe('invalid-utf8');
      expect(r.problem.issue.message.en).toContain('--encoding windows-1252');
    }
  });

  it('reads Windows-1252 when asked, and drops a UTF-8 BOM', () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x6f, 0xfb, 0x74]), 'x', 'windows-1252')).toEqual({
      ok: true,
      text: 'coût',
    });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), 'x')).toEqual({ ok: true, text: 'a' });
  });

  it('rejects overlong and surrogate encodings', () => {
    expect(decodeBytes(new Uint8Array([0xc0, 0xaf]), 'x').ok).toBe(false);
    expect(decodeBytes(new Uint8Array([0xed, 0xa0, 0x80]), 'x').ok).toBe(false);
  });
});
