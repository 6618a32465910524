import { describe, expect, it } from 'vitest';
import { applyOverrides, programmeToJson } from '../../src/programme/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';
import {
  parseProgramme,
  parseProgrammeChanges,
  programmeChangesJsonSchema,
  programmeJsonSchema,
} from '../../src/schemas/programme.js';

const clone = (p: unknown) => JSON.parse(JSON.stringify(p)) as Record<string, unknown>;

describe('programme JSON', () => {
  it.each([
    ['hopen', hopen],
    ['hopital-numerique', hopitalNumerique],
  ])(
    '%s round-trips: parse(JSON) deep-equals the bundled programme, and comes back frozen',
    (_, programme) => {
      const r = parseProgramme(JSON.parse(programmeToJson(programme)));
      expect(r.issues).toEqual([]);
      if (!r.ok) return;
      expect(r.value).toEqual(programme);
      expect(Object.isFrozen(r.value.domains[0])).toBe(true);
    },
  );

  it('round-trips an overridden programme, overrides included', () => {
    const r = applyOverrides(hopen, { source: 'ARS', funding: { bonusAmount: '1000.00' } });
    if (!r.ok) throw new Error('override failed');
    const back = parseProgramme(clone(r.value));
    expect(back.ok && back.value).toEqual(r.value);
  });

  it('reports every problem with its path instead of throwing', () => {
    const bad = clone(hopen);
    (bad.funding as { envelope: { value: string } }).envelope.value = '420 M€';
    (bad.period as { value: { start: string } }).value.start = '2019-02-29';
    (bad.milestones as { date: string }[])[0]!.date = '12/02/2019';
    (bad.domains as { code: string }[])[1]!.code = 'D1';
    bad.extra = true;
    const r = parseProgramme(bad);
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual(
      expect.arrayContaining([
        ['invalid-money', 'funding.envelope.value'],
        ['invalid-date', 'period.value.start'],
        ['invalid-date', 'milestones.0.date'],
        ['unknown-key', ''],
      ]),
    );
    for (const issue of r.issues) expect(issue.message.fr.length).toBeGreaterThan(0);
  });

  it('catches duplicate codes, misplaced requirements and reversed periods', () => {
    const bad = clone(hopen);
    (bad.domains as { code: string }[])[1]!.code = 'D1';
    (bad.prerequisites as { kind: string }[])[0]!.kind = 'domain';
    (bad.period as { value: { end: string } }).value.end = '2017-12-31';
    const codes = parseProgramme(bad).issues.map((i) => [i.code, i.path.join('.')]);
    expect(codes).toContainEqual(['duplicate-code', 'domains.1.code']);
    expect(codes).toContainEqual(['wrong-requirement-kind', 'prerequisites.0.kind']);
    expect(codes).toContainEqual(['invalid-period', 'period.value']);
  });

  it('rejects non-objects and empty input', () => {
    expect(parseProgramme(null).ok).toBe(false);
    expect(parseProgramme({}).issues.length).toBeGreaterThan(5);
    expect(parseProgramme('hopen').issues[0]?.code).toBe('invalid-type');
  });

  it('exports JSON Schemas for programmes and changes', () => {
    const schema = programmeJsonSchema() as {
      type: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'version', 'prerequisites', 'domains', 'funding']),
    );
    expect(Object.keys(schema.properties)).toContain('figures');
    expect((programmeChangesJsonSchema() as { required: string[] }).required).toEqual(['source']);
  });
});

describe('programme changes JSON', () => {
  it('parses changes and applies them', () => {
    const r = parseProgrammeChanges({
      source: 'https://www.ticsante.com/story?ID=6069',
      shiftMilestones: [{ ids: ['funding-files-deadline'], months: 12 }],
      thresholds: [{ indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 95, inclusive: true }],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const applied = applyOverrides(hopen, r.value);
    expect(applied.ok && applied.value.overrides).toHaveLength(2);
  });

  it('reports bad shapes: missing source, fractional shift, bad money', () => {
    const r = parseProgrammeChanges({
      shiftMilestones: [{ ids: ['x'], months: 1.5 }],
      funding: { envelope: '1' },
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['source', 'shiftMilestones.0.months', 'funding.envelope']),
    );
  });
});
