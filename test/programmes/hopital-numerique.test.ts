import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/programme/index.js';
import { hnToHopen, hopen, hopitalNumerique } from '../../src/programmes/index.js';

const hn = hopitalNumerique;

describe('Hôpital numérique catalogue against the reference', () => {
  it('has 3 prerequisites and 5 domains with their seed labels', () => {
    expect(hn.prerequisites.map((p) => `${p.code} ${p.label.fr}`)).toEqual([
      'P1 Identités, mouvements',
      'P2 Fiabilité, disponibilité',
      'P3 Confidentialité',
    ]);
    expect(hn.domains.map((d) => `${d.code} ${d.label.fr}`)).toEqual([
      "D1 Résultats d'imagerie, de biologie et d'anatomo-pathologie",
      'D2 Dossier patient informatisé et interopérable',
      'D3 Prescription électronique alimentant le plan de soins',
      'D4 Programmation des ressources et agenda du patient',
      'D5 Pilotage médico-économique',
    ]);
  });

  it('has 4 axes as levers without engagements and 4 transversal workstreams', () => {
    expect(hn.actionPlan.levers.map((l) => [l.number, l.label.fr, l.engagements.length])).toEqual([
      [1, 'Gouvernance', 0],
      [2, 'Compétences', 0],
      [3, 'Offre', 0],
      [4, 'Financement', 0],
    ]);
    expect(hn.actionPlan.workstreams.map((w) => w.number)).toEqual([1, 2, 3, 4]);
    expect(hn.actionPlan.workstreams[0]?.label.fr).toBe('Pilotage du programme HN');
  });

  it('counts 3 indicators in P2 (all encoded) and 5 in P3 (2 encoded, 2 topics incomplete)', () => {
    const [, p2, p3] = hn.prerequisites;
    expect(p2.indicatorCount?.value).toBe(3);
    expect(p2.indicators.map((i) => i.code)).toEqual(['P2.1', 'P2.2', 'P2.3']);
    expect(p3.indicatorCount?.value).toBe(5);
    expect(p3.indicators.map((i) => i.code)).toEqual(['P3.1', 'P3.2']);
    expect(p3.indicators.length + (p3.incompleteIndicators?.length ?? 0)).toBeLessThanOrEqual(5);
  });

  it('encodes the yes/no prerequisite indicators with their status', () => {
    const wide: Programme = hn;
    const statuses = wide.prerequisites
      .flatMap((p) => p.indicators)
      .filter((i) => i.kind === 'yes-no')
      .map((i) => [i.code, i.eligibility?.value, i.provenance.status]);
    // P2.1 and P2.2 cite the DGOS toolbox sheets (S-hn-fiche3, S-hn-fiche4); the others have no public source
    expect(statuses).toEqual([
      ['P2.1', true, 'confirmed'],
      ['P2.2', true, 'reported'],
      ['P2.3', undefined, 'unverified'],
      ['P3.1', undefined, 'unverified'],
      ['P3.2', undefined, 'unverified'],
    ]);
  });

  it('leaves P1.1 and D4.2 thresholds unset, flagged unverified', () => {
    const p11 = hn.prerequisites[0].indicators[0]!;
    expect(p11.code).toBe('P1.1');
    expect('eligibility' in p11).toBe(false);
    expect(p11.unverified?.map((u) => u.field)).toEqual(['eligibility']);
    const d42 = hn.domains[3].indicators[0]!;
    expect(d42.code).toBe('D4.2');
    expect('target' in d42).toBe(false);
  });

  it('keeps the D2.5- and D3.5-equivalents (80 % and 50 %) out of the evaluable catalogue, code unverified', () => {
    const d2 = hn.domains[1].incompleteIndicators![0]!;
    const d3 = hn.domains[2].incompleteIndicators![0]!;
    expect(d2.sameAs).toEqual({ programme: 'hopen', code: 'D2.5' });
    expect(d2.target?.value).toBe(80);
    expect(d3.sameAs).toEqual({ programme: 'hopen', code: 'D3.5' });
    expect(d3.target?.value).toBe(50);
    expect('code' in d2).toBe(false);
    expect(hn.domains[1].indicators).toHaveLength(0);
  });

  it('has the funding parameters: 400 M€, 20 % amorçage, 37 k€–3.4 M€ per establishment, 5 eligibility conditions', () => {
    expect(hn.funding.envelope.value).toBe('400000000.00');
    expect(hn.funding.amorcageShare.value).toBe(20);
    expect(hn.funding.forfaitRange.value).toEqual({
      min: '37000.00',
      max: '3400000.00',
      per: 'establishment',
    });
    expect(hn.funding.eligibility.map((c) => c.id)).toEqual([
      'prerequisites-reached',
      'usage-commitment',
      'relims',
      'no-hopital-2012-tranche-1',
      'project-plan',
    ]);
  });

  it('runs 2012–2017 with both deadlines on 31 Dec 2016, each from its source', () => {
    expect(hn.period.value).toEqual({ start: '2012-01-01', end: '2017-12-31' });
    const deadlines = hn.milestones.filter((m) => m.kind === 'deadline');
    expect(deadlines.map((m) => [m.id, m.date])).toEqual([
      ['targets-deadline', '2016-12-31'],
      ['funding-files-deadline', '2016-12-31'],
    ]);
    expect(deadlines[0]?.provenance.source).toContain('weka');
    expect(deadlines[1]?.provenance.source).toContain('ticsante');
  });

  it('records the IFAQ 2016 scoring as a sourced fact', () => {
    const ifaq = hn.facts?.find((f) => f.id === 'hn-ifaq-2016');
    expect(ifaq?.statement.en).toMatch(/0 points.*4.*8.*9.*10/);
    expect(ifaq?.provenance.source).toContain('juriblio');
  });
});

describe('the HN → HOP’EN mapping', () => {
  it('renames P2 and adds P4, D6, D7', () => {
    expect(hnToHopen.requirements.filter((r) => r.change === 'renamed').map((r) => r.to)).toEqual(['P2']);
    expect(hnToHopen.requirements.filter((r) => r.change === 'new').map((r) => r.to)).toEqual([
      'P4',
      'D6',
      'D7',
    ]);
  });

  it('matches both catalogues: every mapped code exists on its side', () => {
    const hnCodes = [...hn.prerequisites, ...hn.domains].map((r) => r.code as string);
    const hopenCodes = [...hopen.prerequisites, ...hopen.domains].map((r) => r.code as string);
    for (const r of hnToHopen.requirements) {
      if ('from' in r) expect(hnCodes).toContain(r.from);
      expect(hopenCodes).toContain(r.to);
    }
    expect(hopenCodes.length - hnCodes.length).toBe(3);
  });

  it('carries the targets of the two indicators known in both, equal to the catalogues', () => {
    const [d25, d35] = hnToHopen.indicators;
    expect([d25?.targetFrom, d25?.targetTo, d35?.targetFrom, d35?.targetTo]).toEqual([80, 80, 50, 80]);
    expect(hopen.domains[1].indicators[1]?.target?.value).toBe(d25?.targetTo);
    expect(hn.domains[2].incompleteIndicators?.[0]?.target?.value).toBe(d35?.targetFrom);
  });

  it('grows the envelope from 400 M€ to 420 M€, matching both catalogues', () => {
    expect(hnToHopen.envelope.from).toBe(hn.funding.envelope.value);
    expect(hnToHopen.envelope.to).toBe(hopen.funding.envelope.value);
  });
});
