import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PalierError } from '../../src/core/error.js';
import { ISSUE_MESSAGES } from '../../src/core/registry.js';
import {
  applyOverrides,
  findIndicator,
  indicatorsOf,
  type ProgrammeChanges,
  withOverrides,
} from '../../src/programme/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';

const snapshot = JSON.stringify(hopen);

describe('withOverrides', () => {
  it('sets a target with its provenance, records the path, and leaves the bundled programme untouched', () => {
    const ars = withOverrides(hopen, {
      source: 'ARS roadmap 2020',
      note: 'regional target',
      id: 'hopen-ars',
      thresholds: [{ indicator: 'D2.5', role: 'target', comparator: 'at-least', value: 85, inclusive: true }],
    });
    expect(findIndicator(ars, 'D2.5')?.target).toEqual({
      comparator: 'at-least',
      value: 85,
      inclusive: true,
      provenance: { source: 'ARS roadmap 2020', status: 'override', note: 'regional target' },
    });
    expect(ars.overrides.map((o) => o.path)).toEqual(['id', 'domains.D2.indicators.D2.5.target']);
    expect(ars.id).toBe('hopen-ars');
    expect(ars.version).toBe('2019.1+override');
    expect(ars.basedOn).toEqual({ id: 'hopen', version: '2019.1' });
    expect(findIndicator(hopen, 'D2.5')?.target?.value).toBe(80);
    expect(JSON.stringify(hopen)).toBe(snapshot);
  });

  it('returns a deeply frozen programme', () => {
    const p = withOverrides(hopen, { source: 's', version: '2' });
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.domains[1]?.indicators[0]?.target)).toBe(true);
    expect(() => {
      (p as { version: string }).version = '3';
    }).toThrow(TypeError);
  });

  it('moves deadlines by 12 months (the COVID instruction) and records each one', () => {
    const covid = withOverrides(hopen, {
      source: 'https://www.ticsante.com/story?ID=6069',
      shiftMilestones: [{ ids: ['funding-files-deadline', 'notification'], months: 12 }],
      period: { end: '2023-12-31' },
    });
    const date = (id: string) => covid.milestones.find((m) => m.id === id)?.date;
    expect(date('funding-files-deadline')).toBe('2022-12-31');
    expect(date('notification')).toBe('2020-09-30');
    expect(date('ami-closing')).toBe('2019-06-30');
    expect(covid.period.value).toEqual({ start: '2018-01-01', end: '2023-12-31' });
    expect(covid.overrides.map((o) => o.path)).toEqual([
      'period',
      'milestones.funding-files-deadline.date',
      'milestones.notification.date',
    ]);
  });

  it('changes a milestone, adds one, and sets funding values', () => {
    const p = withOverrides(hopen, {
      source: 'user',
      milestones: [
        { id: 'ami-closing', date: '2019-07-15' },
        {
          id: 'ami-opening',
          date: '2019-02-15',
          kind: 'ami-opening',
          label: { fr: 'Ouverture', en: 'Opening' },
        },
      ],
      funding: {
        envelope: '430000000.00',
        amorcageShare: 25,
        forfaitRange: { min: '1.00', max: '2.00', per: 'domain' },
        bonusAmount: '10000.00',
        forfaitGrid: [{ category: 'CH', domain: 'D2', amount: { min: '40000.00', max: '700000.00' } }],
      },
    });
    expect(p.milestones.find((m) => m.id === 'ami-closing')?.date).toBe('2019-07-15');
    expect(p.milestones.find((m) => m.id === 'ami-opening')?.provenance.status).toBe('override');
    expect(p.funding.envelope).toEqual({
      value: '430000000.00',
      provenance: { source: 'user', status: 'override' },
    });
    expect(p.funding.amorcageShare?.value).toBe(25);
    expect(p.funding.bonus?.amount).toBe('10000.00');
    expect(p.funding.forfaitGrid?.cells).toHaveLength(1);
    expect(p.overrides.map((o) => o.path)).toEqual([
      'milestones.ami-closing',
      'milestones.ami-opening',
      'funding.envelope',
      'funding.amorcageShare',
      'funding.forfaitRange',
      'funding.forfaitGrid',
      'funding.bonus.amount',
    ]);
  });

  it('adds an indicator that completes an incomplete one, and sets applicability', () => {
    const p = withOverrides(hopitalNumerique, {
      source: 'official guide',
      addIndicators: [
        {
          requirement: 'D2',
          replaces: 'hn-d2-external-consultations',
          indicator: {
            code: 'D2.X',
            kind: 'rate',
            level: 'legal-entity',
            label: { fr: 'Taux …', en: 'Rate …' },
            target: { comparator: 'at-least', value: 80, inclusive: true },
            applicability: { activities: ['MCO'] },
          },
        },
      ],
      applicability: [
        { indicator: 'P2.1', activities: ['MCO', 'SSR'], notConcerned: ['NO_TECHNICAL_PLATFORM'] },
      ],
    });
    expect(indicatorsOf(p, 'D2').map((i) => i.code)).toEqual(['D2.X']);
    expect(p.domains[1]?.incompleteIndicators).toBeUndefined();
    expect(findIndicator(p, 'D2.X')?.target?.provenance.status).toBe('override');
    expect(findIndicator(p, 'P2.1')?.applicability?.notConcerned).toEqual(['NO_TECHNICAL_PLATFORM']);
    expect(hopitalNumerique.domains[1].incompleteIndicators).toHaveLength(1);
  });

  it('builds a programme of 45 synthetic indicators', () => {
    const addIndicators = Array.from({ length: 45 }, (_, i) => ({
      requirement: i < 15 ? 'P1' : 'D1',
      indicator: {
        code: `X${i}`,
        kind: i < 15 ? ('yes-no' as const) : ('rate' as const),
        level: 'legal-entity' as const,
        label: { fr: `Indicateur ${i}`, en: `Indicator ${i}` },
        ...(i < 15
          ? { eligibility: { comparator: 'equal' as const, value: true, inclusive: true } }
          : { target: { comparator: 'at-least' as const, value: i, inclusive: true } }),
      },
    }));
    const p = withOverrides(hopen, { source: 'bench', addIndicators });
    expect(indicatorsOf(p, 'P1')).toHaveLength(15);
    expect(indicatorsOf(p, 'D1')).toHaveLength(30);
    expect(p.overrides).toHaveLength(45);
  });
});

describe('applyOverrides returns problems as issues, all-or-nothing', () => {
  it('reports unknown indicator, requirement and milestone codes with their paths', () => {
    const r = applyOverrides(hopen, {
      source: 'x',
      thresholds: [{ indicator: 'D9.9', role: 'target', comparator: 'at-least', value: 1, inclusive: true }],
      addIndicators: [
        {
          requirement: 'P9',
          indicator: { code: 'P9.1', kind: 'yes-no', level: 'site', label: { fr: '', en: '' } },
        },
      ],
      shiftMilestones: [{ ids: ['nope'], months: 1 }],
      milestones: [{ id: 'new-without-kind', date: '2020-01-01' }],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-requirement', ['addIndicators', 0, 'requirement']],
      ['unknown-indicator', ['thresholds', 0, 'indicator']],
      ['unknown-milestone', ['milestones', 0, 'id']],
      ['unknown-milestone', ['shiftMilestones', 0, 'ids', 0]],
    ]);
    for (const issue of r.issues) {
      expect(issue.message.fr.length).toBeGreaterThan(0);
      expect(issue.message.en.length).toBeGreaterThan(0);
    }
  });

  it('rejects values that do not fit: rate over 100, boolean rate, bad money, bad date, bad share, duplicate', () => {
    const r = applyOverrides(hopen, {
      source: 'x',
      thresholds: [
        { indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 100.01, inclusive: true },
        { indicator: 'D2.2', role: 'target', comparator: 'at-least', value: true, inclusive: true },
        { indicator: 'P2.1', role: 'eligibility', comparator: 'at-least', value: 1, inclusive: true },
      ],
      funding: { envelope: '420000000', amorcageShare: 101, bonusAmount: '1.5' },
      milestones: [{ id: 'ami-closing', date: '2019-02-29' }],
      shiftMilestones: [{ ids: ['ami-closing'], months: 1.5 }],
      addIndicators: [
        {
          requirement: 'D2',
          indicator: { code: 'D2.2', kind: 'rate', level: 'site', label: { fr: '', en: '' } },
        },
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual([
      'indicator-exists',
      'invalid-threshold',
      'invalid-threshold',
      'invalid-threshold',
      'invalid-date',
      'invalid-shift',
      'invalid-money',
      'invalid-share',
      'invalid-money',
    ]);
  });

  it('accepts the exact bounds: a rate of 0 and of 100, a share of 0', () => {
    const r = applyOverrides(hopen, {
      source: 'x',
      thresholds: [
        { indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 100, inclusive: true },
        { indicator: 'D2.5', role: 'target', comparator: 'at-least', value: 0, inclusive: true },
      ],
      funding: { amorcageShare: 0 },
    });
    expect(r.ok).toBe(true);
  });

  it('requires a source, and refuses a bonus amount for a programme without bonus', () => {
    const r = applyOverrides(hopitalNumerique, { source: ' ', funding: { bonusAmount: '1.00' } });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['missing-source', 'no-bonus']);
  });

  it('withOverrides throws a bilingual PalierError on `changes` carrying every issue', () => {
    const bad: ProgrammeChanges = { source: 'x', shiftMilestones: [{ ids: ['a', 'b'], months: 1 }] };
    expect(() => withOverrides(hopen, bad)).toThrow(PalierError);
    try {
      withOverrides(hopen, bad);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PalierError);
      const e = error as PalierError;
      expect([e.code, e.function, e.argument]).toEqual(['invalid-argument', 'withOverrides', 'changes']);
      expect(e.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknown-milestone', ['shiftMilestones', 0, 'ids', 0]],
        ['unknown-milestone', ['shiftMilestones', 0, 'ids', 1]],
      ]);
      expect(e.message).toMatch(/Unknown milestone: a.*Jalon inconnu : a/);
    }
  });

  it('builds every issue from the registry: the message is the registry one for the code', () => {
    const r = applyOverrides(hopen, { source: ' ', milestones: [{ id: 'ami-closing', date: '2021-02-30' }] });
    expect(r.ok).toBe(false);
    for (const found of r.issues) {
      expect(Object.keys(ISSUE_MESSAGES)).toContain(found.code);
      expect(found.severity).toBe('error');
    }
    expect(r.issues.map((i) => i.code)).toEqual(['missing-source', 'invalid-date']);
    expect(r.issues[1]?.message.en).toMatch(/2021-02-30/);
  });
});

describe('overrides properties', () => {
  it('never changes the base, and records exactly one override per threshold change', () => {
    const codes = ['D2.2', 'D2.5', 'D3.5'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            indicator: fc.constantFrom(...codes),
            value: fc.double({ min: 0, max: 100, noNaN: true }),
            inclusive: fc.boolean(),
          }),
          { maxLength: 6 },
        ),
        (changes) => {
          const p = withOverrides(hopen, {
            source: 'prop',
            thresholds: changes.map((c) => ({
              ...c,
              role: 'target' as const,
              comparator: 'at-least' as const,
            })),
          });
          expect(p.overrides).toHaveLength(changes.length);
          for (const code of codes) {
            const last = changes.filter((c) => c.indicator === code).at(-1);
            const expected = last?.value ?? findIndicator(hopen, code)?.target?.value;
            expect(findIndicator(p, code)?.target?.value).toBe(expected);
          }
          expect(JSON.stringify(hopen)).toBe(snapshot);
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('indicator counts', () => {
  it('states how many indicators the guide has, recorded with its source', () => {
    const p = withOverrides(hopen, {
      source: 'guide des indicateurs (user copy)',
      indicatorCounts: [{ requirement: 'P2', count: 2 }],
    });
    const p2 = p.prerequisites.find((r) => r.code === 'P2');
    expect(p2?.indicatorCount?.value).toBe(2);
    expect(p2?.indicatorCount?.provenance.status).toBe('override');
    expect(p.overrides.map((o) => o.path)).toContain('prerequisites.P2.indicatorCount');
    expect(Object.hasOwn(hopen.prerequisites.find((r) => r.code === 'P2') ?? {}, 'indicatorCount')).toBe(
      false,
    );
  });

  it('refuses an unknown requirement and a count that is not a whole number', () => {
    const r = applyOverrides(hopen, {
      source: 'x',
      indicatorCounts: [
        { requirement: 'P9', count: 1 },
        { requirement: 'D2', count: 2.5 },
        { requirement: 'D3', count: -1 },
      ],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown-requirement', 'indicatorCounts.0.requirement'],
      ['invalid-indicator-count', 'indicatorCounts.1.count'],
      ['invalid-indicator-count', 'indicatorCounts.2.count'],
    ]);
  });
});
