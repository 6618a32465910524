import { describe, expect, it } from 'vitest';
import { diffProgrammes, withOverrides } from '../../src/programme/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';

describe('diffProgrammes', () => {
  const d = diffProgrammes(hopitalNumerique, hopen);

  it('HN → HOP’EN: P2 renamed; P4, D6, D7 added; nothing removed', () => {
    expect(d.requirements.added).toEqual(['P4', 'D6', 'D7']);
    expect(d.requirements.removed).toEqual([]);
    const p2 = d.requirements.renamed.find((r) => r.key === 'P2');
    expect(p2?.from.fr).toBe('Fiabilité, disponibilité');
    expect(p2?.to.fr).toBe('Sécurité');
  });

  it('HN → HOP’EN: 3 levers added (5–7), the third axis renamed, 21 engagements added', () => {
    expect(d.levers.added).toEqual([5, 6, 7]);
    expect(d.levers.renamed.map((l) => l.key)).toEqual([3]);
    expect(d.engagements.added).toHaveLength(21);
  });

  it('HN → HOP’EN: envelope 400 → 420 M€ and the files deadline moved to 2021', () => {
    expect(d.funding).toContainEqual({ path: 'funding.envelope', from: '400000000.00', to: '420000000.00' });
    expect(d.milestones.moved).toEqual([
      { id: 'funding-files-deadline', from: '2016-12-31', to: '2021-12-31' },
    ]);
  });

  it('is empty between a programme and itself', () => {
    const same = diffProgrammes(hopen, hopen);
    expect(same.requirements).toEqual({ added: [], removed: [], renamed: [] });
    expect(same.indicators.thresholds).toEqual([]);
    expect(same.funding).toEqual([]);
    expect(same.milestones).toEqual({ added: [], removed: [], moved: [] });
  });

  it('shows thresholds set and changed by overrides', () => {
    const changed = withOverrides(hopen, {
      source: 'ARS',
      thresholds: [
        { indicator: 'D2.2', role: 'target', comparator: 'at-least', value: 95, inclusive: true },
        { indicator: 'D2.2', role: 'eligibility', comparator: 'at-least', value: 50, inclusive: false },
      ],
    });
    expect(diffProgrammes(hopen, changed).indicators.thresholds).toEqual([
      { code: 'D2.2', role: 'eligibility', to: { comparator: 'at-least', value: 50, inclusive: false } },
      {
        code: 'D2.2',
        role: 'target',
        from: { comparator: 'at-least', value: 98, inclusive: true },
        to: { comparator: 'at-least', value: 95, inclusive: true },
      },
    ]);
  });
});
