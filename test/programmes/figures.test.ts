import { describe, expect, it } from 'vitest';
import type { PublishedFigure } from '../../src/programme/index.js';
import { hopen, hopitalNumerique } from '../../src/programmes/index.js';

const value = (figures: readonly PublishedFigure[], id: string): number => {
  const f = figures.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no figure ${id}`);
  return f.value;
};
const hn = (id: string) => value(hopitalNumerique.figures, id);
const hop = (id: string) => value(hopen.figures, id);

describe('published figures reproduce the reference', () => {
  it("HOP'EN funds by domain: 52/17/11/9/4/4/3 %, summing to 100", () => {
    const shares = hopen.figures.filter((f) => f.id.startsWith('hopen-funds-share-'));
    expect(shares.map((f) => [f.dimension?.key, f.value])).toEqual([
      ['D2', 52],
      ['D6', 17],
      ['D1', 11],
      ['D3', 9],
      ['D4', 4],
      ['D5', 4],
      ['D7', 3],
    ]);
    expect(shares.reduce((s, f) => s + f.value, 0)).toBe(100);
  });

  it('52 % of 420 M€ is about the published 217 M€ for D2, and 17 % about 70 M€ for D6', () => {
    const envelope = Number(hopen.funding.envelope.value);
    const d2 = (envelope * hop('hopen-funds-share-D2')) / 100;
    const d6 = (envelope * hop('hopen-funds-share-D6')) / 100;
    expect(d2).toBe(218_400_000);
    expect(Math.abs(d2 - hop('hopen-funds-amount-D2'))).toBeLessThan(0.01 * envelope);
    expect(Math.abs(d6 - hop('hopen-funds-amount-D6'))).toBeLessThan(0.01 * envelope);
  });

  it('HOP’EN selection: 2,430 interested (76 %), 6,589 applications, 1,712 retained, 1,440 pre-selected, 680 public (47 %)', () => {
    expect(hop('hopen-selection-interested-establishments')).toBe(2430);
    expect(hop('hopen-selection-interested-share')).toBe(76);
    expect(hop('hopen-selection-applications')).toBe(6589);
    expect(hop('hopen-selection-applications-retained')).toBe(1712);
    expect(hop('hopen-selection-preselected-establishments')).toBe(1440);
    expect(hop('hopen-selection-preselected-public')).toBe(680);
    expect(hop('hopen-selection-preselected-public-share')).toBe(47);
    // 680 / 1,440 rounds to the published 47 %.
    expect(Math.round((680 / 1440) * 100)).toBe(47);
  });

  it('D2 was the most requested domain: 1,679 applications, 25 % of 6,589', () => {
    expect(hop('hopen-selection-applications-D2')).toBe(1679);
    expect(Math.round((1679 / hop('hopen-selection-applications')) * 100)).toBe(
      hop('hopen-selection-applications-D2-share'),
    );
  });

  it('HOP’EN indicator guides v1: 15 prerequisite and 26 domain indicators; aim >1,000 projects, ~900 establishments', () => {
    expect(hop('hopen-guide-v1-prerequisite-indicators')).toBe(15);
    expect(hop('hopen-guide-v1-domain-indicators')).toBe(26);
    expect(hop('hopen-aim-projects')).toBe(1000);
    expect(hopen.figures.find((f) => f.id === 'hopen-aim-projects')?.precision).toBe('more-than');
    expect(hop('hopen-aim-establishments')).toBe(900);
  });

  it('HN outcome: ~2,000 establishments at the prerequisites, >1,200 projects in ~900 establishments, 95 % consumed', () => {
    expect(hn('hn-outcome-prerequisites-establishments')).toBe(2000);
    expect(hn('hn-outcome-projects')).toBe(1200);
    expect(hn('hn-outcome-establishments-funded')).toBe(900);
    expect(hn('hn-outcome-envelope-consumed')).toBe(95);
    expect((Number(hopitalNumerique.funding.envelope.value) * 95) / 100).toBe(380_000_000);
  });

  it('HN mid-course: 295 M€ = 154 M€ delegated + 141 M€ committed; 58 + 95.5 rounds to 154', () => {
    expect(hn('hn-2015-01-establishments-funded')).toBe(248);
    expect(hn('hn-2015-01-funds')).toBe(61_100_000);
    expect(hn('hn-2016-establishments-funded')).toBe(592);
    expect(hn('hn-2016-regions-funded')).toBe(23);
    expect(hn('hn-2016-funds-delegated') + hn('hn-2016-funds-committed')).toBe(hn('hn-2016-funds-total'));
    const parts = hn('hn-2016-funds-delegated-amorcage') + hn('hn-2016-funds-delegated-usage');
    expect(parts).toBe(153_500_000);
    expect(Math.round(parts / 1_000_000)).toBe(154);
    expect(hn('hn-2016-prerequisites-establishments')).toBe(1300);
  });

  it('HN certification: 27 indicators in 12 criteria', () => {
    expect(hn('hn-certification-indicators')).toBe(27);
    expect(hn('hn-certification-criteria')).toBe(12);
  });

  it('gives every figure a unique id and a provenance', () => {
    for (const figures of [hopen.figures, hopitalNumerique.figures]) {
      const ids = figures.map((f) => f.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const f of figures) expect(['seed', 'confirmed', 'reported']).toContain(f.provenance.status);
    }
  });
});
