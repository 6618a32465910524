import { describe, expect, it } from 'vitest';
import { compileProgramme, evaluateGht } from '../../src/evaluation/index.js';
import { allMet, decl, MCO, rate, smallProgramme } from './programme-builder.js';

const compiled = compileProgramme(smallProgramme());
const asOf = '2019-06-30';
const member = (finess: string, values = allMet(), method?: string) => ({
  establishment: { ...MCO, finess },
  declaration: decl(values, { finess, ...(method !== undefined ? { method } : {}) }),
});

describe('evaluateGht', () => {
  it('reaches the palier as a whole when every member does', () => {
    const g = evaluateGht(compiled, [member('750712184'), member('130783293')], { asOf, ght: 'IDF-01' });
    expect(g.palier).toMatchObject({ status: 'reached', reason: 'all-members-reached', blockers: [] });
    expect(g.prerequisites.map((p) => p.reached.length)).toEqual([2, 2]);
    expect(g.ght).toBe('IDF-01');
    expect(g.members).toHaveLength(2);
  });

  it('one member not reaching a domain blocks the GHT palier, and is named', () => {
    const g = evaluateGht(
      compiled,
      [member('750712184'), member('130783293', { ...allMet(), 'D2.2': rate(4899, 5000) })],
      { asOf },
    );
    expect(g.domains[0]).toMatchObject({
      code: 'D2',
      status: 'not-reached',
      reached: ['750712184'],
      notReached: ['130783293'],
      blockers: ['130783293'],
    });
    expect(g.palier).toMatchObject({
      status: 'not-reached',
      reason: 'members-not-reached',
      blockers: ['130783293'],
    });
  });

  it('an empty GHT is unknown, never reached', () => {
    const g = evaluateGht(compiled, [], { asOf });
    expect(g.palier).toMatchObject({ status: 'unknown', reason: 'no-members' });
  });

  it('flags members whose calculation method differs when the GHT applies as one', () => {
    const members = [
      member('750712184', allMet(), 'A'),
      member('130783293', allMet(), 'A'),
      member('2A0000014', allMet(), 'B'),
      member('690781810', allMet()),
    ];
    const g = evaluateGht(compiled, members, { asOf, appliesAsOne: true });
    expect(g.method).toBe('A');
    expect(g.diagnostics.map((d) => [d.code, d.path])).toEqual([
      ['method-differs', ['members', 2, 'declaration', 'method']],
      ['method-not-declared', ['members', 3, 'declaration', 'method']],
    ]);
    expect(g.diagnostics[0]).toMatchObject({ expected: 'A', received: 'B', severity: 'warning' });
    const given = evaluateGht(compiled, members, { asOf, appliesAsOne: true, method: 'B' });
    expect(given.diagnostics.filter((d) => d.code === 'method-differs')).toHaveLength(2);
  });

  it('does not flag methods when members apply separately', () => {
    const g = evaluateGht(
      compiled,
      [member('750712184', allMet(), 'A'), member('130783293', allMet(), 'B')],
      {
        asOf,
      },
    );
    expect(g.diagnostics).toEqual([]);
    expect(g.method).toBeUndefined();
  });
});
