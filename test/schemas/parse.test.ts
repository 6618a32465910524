import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath } from '../../src/core/issue.js';
import { addIssue, notAListIssue, parseEach, parseWith, protoKeyIssues } from '../../src/schemas/parse.js';

const schema = z
  .object({ name: z.string(), count: z.number().int().min(0), kind: z.enum(['a', 'b']) })
  .strict();

describe('parseWith', () => {
  it('returns the value when the input is valid', () => {
    const r = parseWith(schema, { name: 'x', count: 0, kind: 'a' });
    expect(r).toEqual({ ok: true, value: { name: 'x', count: 0, kind: 'a' }, issues: [] });
  });

  it('tells a wrong type from a missing value, with both languages', () => {
    const r = parseWith(schema, { name: 5, kind: 'a' });
    expect(r.ok).toBe(false);
    const byPath = new Map(r.issues.map((i) => [formatPath(i.path), i]));
    expect(byPath.get('name')?.code).toBe('invalid-type');
    expect(byPath.get('name')?.received).toBe('number');
    expect(byPath.get('count')?.code).toBe('required');
    for (const issue of r.issues) {
      expect(issue.message.fr.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });

  it('reports every issue: bounds, enum values, unknown keys', () => {
    const r = parseWith(schema, { name: 'x', count: -1, kind: 'c', extra: 1 });
    expect(r.issues.map((i) => i.code).sort()).toEqual(['invalid-value', 'too-small', 'unknown-key']);
  });

  it('carries custom codes and French messages from refinements', () => {
    const refined = z.object({ n: z.number(), d: z.number() }).superRefine((v, ctx) => {
      if (v.n > v.d)
        addIssue(
          ctx,
          'numerator-exceeds-denominator',
          { fr: 'Numérateur > dénominateur.', en: 'Numerator > denominator.' },
          ['n'],
        );
    });
    const r = parseWith(refined, { n: 3, d: 2 });
    expect(r.issues).toEqual([
      {
        code: 'numerator-exceeds-denominator',
        path: ['n'],
        message: { fr: 'Numérateur > dénominateur.', en: 'Numerator > denominator.' },
        severity: 'error',
      },
    ]);
  });

  it('turns a throwing transform into an issue instead of an exception', () => {
    const throwing = z.string().transform(() => {
      throw new Error('boom');
    });
    const r = parseWith(throwing, 'x');
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('unreadable-input');
  });
});

describe('formatPath', () => {
  it('writes keys and indexes the way users read them', () => {
    expect(formatPath(['members', 2, 'finess'])).toBe('members[2].finess');
    expect(formatPath([])).toBe('(root)');
    expect(formatPath([0, 'values', 'D2.2'])).toBe('[0].values.D2.2');
  });
});

describe('bulk helpers', () => {
  const numbers = (item: unknown) => parseWith(z.number(), item);

  it('parseEach keeps valid records with their index and prefixes issues with it', () => {
    const r = parseEach([1, 'x', 3], numbers, ['rows']);
    expect(r.valid).toEqual([
      { index: 0, value: 1 },
      { index: 2, value: 3 },
    ]);
    expect(r.issues.map((i) => i.path)).toEqual([['rows', 1]]);
  });

  it('parseEach reports the holes of a sparse array instead of skipping them', () => {
    const r = parseEach(new Array(3), numbers);
    expect(r.valid).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['required', [0]],
      ['required', [1]],
      ['required', [2]],
    ]);
  });

  it('notAListIssue names what was expected in both languages', () => {
    const issue = notAListIssue(null, { fr: 'une liste de demandes', en: 'a list of applications' });
    expect(issue).toMatchObject({ code: 'invalid-type', expected: 'array', received: 'null' });
    expect(issue.message.fr).toBe('Une liste de demandes est attendue, reçu : null.');
    expect(issue.message.en).toBe('Expected a list of applications, received null.');
  });

  it('protoKeyIssues reports an own __proto__ key and nothing else', () => {
    expect(protoKeyIssues(JSON.parse('{"__proto__": 1, "a": 2}'), ['values']).map((i) => i.path)).toEqual([
      ['values', '__proto__'],
    ]);
    expect(protoKeyIssues({ a: 1 }, [])).toEqual([]);
    expect(protoKeyIssues(null, [])).toEqual([]);
  });
});
