import { describe, expect, it } from 'vitest';
import { emptyTracking } from '../../src/action-plan/index.js';
import {
  parsePlanTracking,
  planTrackingJsonSchema,
  planTrackingSchema,
} from '../../src/schemas/action-plan.js';
import { leversProgramme } from './fixtures.js';

const valid = {
  programme: { id: 'test-levers', version: '1' },
  asOf: '2020-02-29',
  items: {
    'engagement:1': {
      status: 'in-progress',
      plannedStart: '2019-01-01',
      plannedDue: '2020-12-31',
      actualStart: '2019-02-01',
      responsible: 'DGOS',
      contributors: ['ANAP', 'ARS Bretagne'],
      evidence: [{ href: 'https://example.org/copil-2020-02.pdf', label: 'CR COPIL', date: '2020-02-28' }],
      notes: 'Relancé au COPIL de février.',
    },
  },
};

describe('parsePlanTracking', () => {
  it('accepts a well-formed snapshot and returns it unchanged', () => {
    const r = parsePlanTracking(valid);
    expect(r).toEqual({ ok: true, value: valid, issues: [] });
  });

  it('returns plan warnings next to the value when a programme is given', () => {
    const r = parsePlanTracking(valid, { programme: leversProgramme });
    expect(r.ok).toBe(true);
    expect(new Set(r.issues.map((i) => i.code))).toEqual(new Set(['untracked-item']));
    expect(
      parsePlanTracking(emptyTracking(leversProgramme, '2019-01-01'), { programme: leversProgramme }),
    ).toMatchObject({
      ok: true,
      issues: [],
    });
  });

  it('rejects shape errors with paths, stable codes and messages in both languages', () => {
    const r = parsePlanTracking({
      programme: { id: 'x' },
      asOf: '2019-02-29',
      items: {
        'lever:1': { status: 'started' },
        'axis:1': { status: 'done', owner: 'DGOS', evidence: [{ href: '' }] },
      },
    });
    expect(r.ok).toBe(false);
    const got = r.issues.map((i) => [i.code, i.path.join('/')]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['required', 'programme/version'],
        ['invalid-format', 'asOf'],
        ['invalid-value', 'items/lever:1/status'],
        ['unknown-key', 'items/axis:1'],
        ['too-small', 'items/axis:1/evidence/0/href'],
        ['invalid-item-id', 'items/lever:1'],
      ]),
    );
    expect(got).toHaveLength(6);
    for (const i of r.issues) expect(i.message.fr.length * i.message.en.length).toBeGreaterThan(0);
  });

  it('reports a malformed id once even when the items are otherwise valid', () => {
    const r = parsePlanTracking({ ...valid, items: { 'Engagement 1': { status: 'planned' } } });
    expect(r.issues.map((i) => [i.code, i.path.join('/')])).toEqual([
      ['invalid-item-id', 'items/Engagement 1'],
    ]);
  });

  it('rejects inconsistent dates, and plan errors when a programme is given', () => {
    const badDates = {
      ...valid,
      items: { 'engagement:1': { status: 'done', actualStart: '2019-02-01', actualDone: '2019-01-31' } },
    };
    expect(parsePlanTracking(badDates)).toMatchObject({ ok: false, issues: [{ code: 'done-before-start' }] });
    const unknown = { ...valid, items: { 'engagement:42': { status: 'planned' } } };
    expect(parsePlanTracking(unknown).ok).toBe(true);
    const r = parsePlanTracking(unknown, { programme: leversProgramme });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'unknown-item', path: ['items', 'engagement:42'] });
  });

  it('never throws on junk', () => {
    for (const junk of [null, undefined, 42, 'x', [], { items: [] }, { items: null }]) {
      const r = parsePlanTracking(junk);
      expect(r.ok).toBe(false);
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });

  it('agrees with the plain zod schema on shape', () => {
    expect(planTrackingSchema.safeParse(valid).success).toBe(true);
  });
});

describe('planTrackingJsonSchema', () => {
  it('exports the item id pattern, the statuses and strict objects', () => {
    const s = planTrackingJsonSchema() as {
      properties: {
        items: { propertyNames: { pattern: string }; additionalProperties: Record<string, unknown> };
      };
      required: string[];
      additionalProperties: boolean;
    };
    const re = new RegExp(s.properties.items.propertyNames.pattern);
    expect(re.test('action:9.1')).toBe(true);
    expect(re.test('lever:1')).toBe(false);
    const item = s.properties.items.additionalProperties as {
      properties: { status: { enum: string[] } };
      required: string[];
    };
    expect(item.properties.status.enum).toEqual(['planned', 'in-progress', 'done', 'dropped']);
    expect(item.required).toEqual(['status']);
    expect(s.required).toEqual(['programme', 'asOf', 'items']);
    expect(s.additionalProperties).toBe(false);
  });
});
