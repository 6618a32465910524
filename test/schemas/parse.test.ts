import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatPath } from '../../src/issues.js';
import { addIssue, parseWith } from '../../src/schemas/parse.js';

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
