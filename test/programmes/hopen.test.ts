import { describe, expect, it } from 'vitest';
import type { Programme } from '../../src/programme/index.js';
import { hopen } from '../../src/programmes/index.js';

/** Widened view: literal tuple types are precise but awkward to flatMap over. */
const wide: Programme = hopen;
const indicator = (code: string) =>
  [...wide.prerequisites, ...wide.domains].flatMap((r) => r.indicators).find((i) => i.code === code);
const engagements = wide.actionPlan.levers.flatMap((l) => l.engagements);

describe("HOP'EN catalogue against the reference", () => {
  it('has 4 prerequisites P1–P4 with their seed labels', () => {
    expect(hopen.prerequisites.map((p) => [p.code, p.label.fr])).toEqual([
      ['P1', 'Identités, mouvements'],
      ['P2', 'Sécurité'],
      ['P3', 'Confidentialité'],
      ['P4', 'Échange et partage'],
    ]);
    for (const p of hopen.prerequisites) expect(p.kind).toBe('prerequisite');
  });

  it('has 7 domains D1–D7 with the verb-form official label as longLabel', () => {
    expect(hopen.domains.map((d) => d.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7']);
    expect(hopen.domains.map((d) => d.longLabel?.fr)).toEqual([
      "Partager les résultats d'imagerie, de biologie et d'anatomo-pathologie",
      'Développer le dossier patient informatisé et interopérable et le DMP',
      'Informatiser la prescription alimentant le plan de soins',
      "Programmer ses ressources et partager l'agenda patient",
      'Piloter son activité médico-économique',
      'Communiquer et échanger avec les partenaires',
      'Mettre à disposition des services en ligne aux usagers et aux patients',
    ]);
    for (const d of hopen.domains) {
      expect(d.kind).toBe('domain');
      expect(d.label.fr).not.toBe(d.longLabel?.fr);
      expect(d.label.en.length).toBeGreaterThan(0);
    }
  });

  it('has 21 engagements numbered 1–21 across 7 levers as 5/3/4/2/3/3/1', () => {
    const levers = hopen.actionPlan.levers;
    expect(levers.map((l) => l.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(levers.map((l) => l.engagements.length)).toEqual([5, 3, 4, 2, 3, 3, 1]);
    expect(engagements.map((e) => e.number)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(levers.map((l) => l.label.fr)).toEqual([
      'Gouvernance',
      'Compétences',
      'Partenaires',
      'Financement',
      'Accompagnement',
      'Pilotage et communication',
      'Recherche et évaluation',
    ]);
    expect(hopen.actionPlan.workstreams).toHaveLength(0);
  });

  it('numbers every action <engagement>.<n> from 1, and only 13 has no action (it has a description)', () => {
    for (const e of engagements) {
      expect(e.actions.map((a) => a.id)).toEqual(e.actions.map((_, i) => `${e.number}.${i + 1}`));
      if (e.actions.length === 0) expect(e.number).toBe(13);
    }
    const e13 = hopen.actionPlan.levers[3]?.engagements[0];
    expect(e13?.description?.fr).toContain("20% de l'enveloppe régionale");
    const counts = engagements.map((e) => e.actions.length);
    expect(counts).toEqual([2, 1, 2, 2, 1, 3, 3, 2, 2, 2, 3, 1, 0, 3, 1, 1, 2, 1, 2, 1, 1]);
  });

  it('keeps engagement labels verbatim (RELIMS, QHN, bonus)', () => {
    expect(engagements[8]?.label.fr).toContain('RELIMS');
    expect(engagements[9]?.label.fr).toContain('« Qualité Hôpital Numérique »');
    expect(engagements[11]?.actions[0]?.label.fr).toContain('forfait de financement bonifié');
    expect(engagements[3]?.label.fr).toContain('(action 22 de la feuille de route numérique)');
  });

  it('encodes D2.2 with a 98 % usage target of stays, applicable to MCO/SSR/PSY/HAD/dialysis', () => {
    const d22 = indicator('D2.2');
    expect(d22?.target).toMatchObject({ comparator: 'at-least', value: 98, inclusive: true });
    expect(d22?.target?.provenance.status).toBe('confirmed');
    expect(d22?.applicability?.activities).toEqual(['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS']);
    expect(d22?.notApplicableWhen).toHaveLength(1);
    expect(d22?.eligibility).toBeUndefined();
  });

  it('encodes D2.5 at 80 %, not concerning HAD nor establishments without external consultations', () => {
    const d25 = indicator('D2.5');
    expect(d25?.target?.value).toBe(80);
    expect(d25?.applicability?.activities).not.toContain('HAD');
    expect(d25?.applicability?.notConcerned).toEqual(['NO_EXTERNAL_CONSULTATIONS']);
  });

  it('encodes D3.5 at 80 %, applying to every column', () => {
    const d35 = indicator('D3.5');
    expect(d35?.target?.value).toBe(80);
    expect(d35?.applicability?.activities).toHaveLength(5);
    expect(d35?.applicability?.notConcerned).toBeUndefined();
  });

  it('lists the yes/no prerequisites P2.1 and P2.3 as unverified (no public source): no threshold given', () => {
    for (const code of ['P2.1', 'P2.3']) {
      const i = indicator(code);
      expect(i?.kind).toBe('yes-no');
      expect(i?.eligibility).toBeUndefined();
      expect(i?.unverified?.map((u) => u.field)).toEqual(['label', 'eligibility']);
      expect(i?.provenance).toMatchObject({ source: 'seed:001', status: 'unverified' });
    }
  });

  it('keeps the cybersurveillance audit out of the evaluable catalogue, with its code unverified', () => {
    const audit = hopen.prerequisites[1].incompleteIndicators![0]!;
    expect(audit.key).toBe('hopen-p2-cybersurveillance-audit');
    expect(audit.unverified.map((u) => u.field)).toContain('code');
    expect(audit.provenance.status).toBe('confirmed');
  });

  it('has the funding parameters: 420 M€, 20 % amorçage, FMESPP/AC, 40 k€–700 k€ reported, bonus amount unset', () => {
    const f = hopen.funding;
    expect(f.envelope.value).toBe('420000000.00');
    expect(f.amorcageShare.value).toBe(20);
    expect(f.vehicles.value).toEqual({ amorcage: 'FMESPP', usage: 'AC' });
    expect(f.forfaitRange.value).toEqual({ min: '40000.00', max: '700000.00', per: 'unknown' });
    expect(f.forfaitRange.provenance.status).toBe('reported');
    expect('amount' in f.bonus!).toBe(false);
    expect(f.eligibility.map((c) => c.id)).toEqual([
      'relims',
      'qhn',
      'prerequisites-reached',
      'ght-framework',
    ]);
    expect('forfaitGrid' in f).toBe(false);
  });

  it('has the 2019 calendar and the 2021 funding-files deadline', () => {
    const byId = Object.fromEntries(hopen.milestones.map((m) => [m.id, m.date]));
    expect(byId).toMatchObject({
      instruction: '2019-02-12',
      'ars-strategy': '2019-03-08',
      'ami-closing': '2019-06-30',
      'ars-programming': '2019-08-30',
      notification: '2019-09-30',
      'funding-files-deadline': '2021-12-31',
    });
  });

  it('runs 2018-01-01..2022-12-31, noting 2019–2023 and the COVID extension', () => {
    expect(hopen.period.value).toEqual({ start: '2018-01-01', end: '2022-12-31' });
    expect(hopen.period.provenance.note).toContain('2019–2023');
    expect(hopen.period.provenance.note).toContain('12 more months');
  });
});
