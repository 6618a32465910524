import { describe, expect, it } from 'vitest';
import { factCounts, unverifiedFacts, withOverrides } from '../../src/programme/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';

describe('unverifiedFacts', () => {
  it("lists HOP'EN's forfait grid, bonus amount and unread codes", () => {
    const paths = unverifiedFacts(hopen).map((f) => f.path);
    expect(paths).toContain('funding.forfaitGrid');
    expect(paths).toContain('funding.bonus.amount');
    expect(paths).toContain('prerequisites.P2.incompleteIndicators.hopen-p2-cybersurveillance-audit.code');
    for (const f of unverifiedFacts(hopen)) expect(f.provenance?.note?.length).toBeGreaterThan(0);
  });

  it("lists HN's unverified thresholds once each, and the codes of the D2.5/D3.5 equivalents", () => {
    const facts = unverifiedFacts(hopitalNumerique);
    const paths = facts.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('prerequisites.P1.indicators.P1.1.eligibility');
    expect(paths).toContain('domains.D4.indicators.D4.2.target');
    expect(paths).toContain('domains.D2.incompleteIndicators.hn-d2-external-consultations.code');
    expect(paths).toContain('funding.forfaitGrid');
    expect(paths).not.toContain('funding.bonus.amount');
  });

  it('reports an indicator without the threshold its requirement needs, when no note explains it', () => {
    const added = withOverrides(hopen, {
      source: 'test',
      addIndicators: [
        {
          requirement: 'P4',
          indicator: { code: 'P4.9', kind: 'yes-no', level: 'site', label: { fr: 'x', en: 'x' } },
        },
        {
          requirement: 'D6',
          indicator: { code: 'D6.9', kind: 'rate', level: 'site', label: { fr: 'y', en: 'y' } },
        },
      ],
    });
    const facts = unverifiedFacts(added);
    expect(facts).toContainEqual({
      path: 'prerequisites.P4.indicators.P4.9.eligibility',
      reason: 'missing-eligibility',
    });
    expect(facts).toContainEqual({ path: 'domains.D6.indicators.D6.9.target', reason: 'missing-target' });
  });

  it('forgets a fact once an override sets it', () => {
    const withGrid = withOverrides(hopen, {
      source: 'ARS grid',
      funding: {
        forfaitGrid: [{ category: '*', domain: 'D2', amount: '100000.00' }],
        bonusAmount: '5000.00',
      },
    });
    const paths = unverifiedFacts(withGrid).map((f) => f.path);
    expect(paths).not.toContain('funding.forfaitGrid');
    expect(paths).not.toContain('funding.bonus.amount');
    expect(unverifiedFacts(withGrid)).toHaveLength(unverifiedFacts(hopen).length - 2);
  });
});

describe('factCounts', () => {
  it.each([
    ['hopen', hopen],
    ['hopital-numerique', hopitalNumerique],
  ])('%s: statuses add up to the total, with no override in bundled data', (_, programme) => {
    const c = factCounts(programme);
    expect(c.seed + c.confirmed + c.reported + c.unverified + c.override).toBe(c.total);
    expect(c.override).toBe(0);
    expect(c.seed).toBeGreaterThan(0);
    expect(c.unverified).toBe(unverifiedFacts(programme).filter((f) => f.reason === 'unverified').length);
  });

  it('counts one override per change record', () => {
    const changed = withOverrides(hopitalNumerique, {
      source: 'guide',
      thresholds: [
        { indicator: 'P1.1', role: 'eligibility', comparator: 'at-least', value: 90, inclusive: true },
      ],
      version: 'x',
    });
    expect(factCounts(changed).override).toBe(2);
    expect(factCounts(changed).unverified).toBe(factCounts(hopitalNumerique).unverified - 1);
  });
});
