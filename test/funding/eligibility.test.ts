import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/core/issue.js';
import { ELIGIBILITY_MESSAGES } from '../../src/core/messages/eligibility.js';
import { ISSUE_MESSAGES, issue } from '../../src/core/messages.js';
import {
  applicantFiness,
  assessEligibility,
  type EligibilityContext,
  type FundingApplication,
} from '../../src/funding/index.js';
import type { EligibilityCondition } from '../../src/programme/index.js';
import { application, evaluation, fundingParams, programme } from './fixtures.js';

const FINESS = '330781196';
const ctx = (over: Partial<EligibilityContext> = {}): EligibilityContext => ({
  programme,
  evaluations: { [FINESS]: evaluation(FINESS, ['reached', 'reached', 'reached', 'reached']) },
  establishments: { [FINESS]: {} },
  asOf: '2020-06-01',
  ...over,
});
const check = (r: ReturnType<typeof assessEligibility>, id: string) =>
  r.checks.find((c) => c.condition === id);

describe('assessEligibility', () => {
  it('passes when every condition is met, and releases funds', () => {
    const r = assessEligibility(application(), ctx());
    expect(r.status).toBe('passed');
    expect(r.fundsReleasable).toBe(true);
    expect(r.checks.map((c) => c.condition)).toEqual([
      'prerequisites-reached',
      'relims',
      'qhn',
      'ght-framework',
      'known-domains',
      'no-duplicate-application',
    ]);
    expect(check(r, 'relims')?.provenance.source).toBe('seed:001');
    expect(check(r, 'known-domains')?.provenance.source).toBe('palier');
  });

  it('is pending (filed, no money) while the prerequisites are not reached', () => {
    const r = assessEligibility(
      application(),
      ctx({ evaluations: { [FINESS]: evaluation(FINESS, ['reached', 'not-reached']) } }),
    );
    expect(r.status).toBe('pending');
    expect(r.fundsReleasable).toBe(false);
    expect(check(r, 'prerequisites-reached')).toMatchObject({
      status: 'pending',
      reason: 'prerequisites-not-reached',
    });
    expect(check(r, 'prerequisites-reached')?.detail.en).toContain(`${FINESS}:P2`);
  });

  it('is unknown without an evaluation, or with an unknown prerequisite, or one for another programme', () => {
    expect(
      check(assessEligibility(application(), ctx({ evaluations: {} })), 'prerequisites-reached')?.reason,
    ).toBe('no-evaluation');
    const unk = assessEligibility(
      application(),
      ctx({ evaluations: { [FINESS]: evaluation(FINESS, ['reached', 'unknown']) } }),
    );
    expect(check(unk, 'prerequisites-reached')?.reason).toBe('prerequisites-unknown');
    expect(unk.status).toBe('unknown');
    const other = assessEligibility(
      application(),
      ctx({ evaluations: { [FINESS]: evaluation(FINESS, ['reached'], {}, 'hopen') } }),
    );
    expect(check(other, 'prerequisites-reached')?.status).toBe('unknown');
  });

  it('fails software not referenced in RELIMS, and says unknown when undeclared', () => {
    const out = assessEligibility(
      application({
        software: [
          { name: 'A', relims: true, qhn: 'certified' },
          { name: 'B', relims: false, qhn: 'certified' },
        ],
      }),
      ctx(),
    );
    expect(check(out, 'relims')).toMatchObject({ status: 'failed', reason: 'software-not-in-relims' });
    expect(check(out, 'relims')?.detail.fr).toContain('B');
    expect(out.status).toBe('failed');
    expect(
      check(assessEligibility(application({ software: [{ name: 'A', qhn: 'certified' }] }), ctx()), 'relims')
        ?.status,
    ).toBe('unknown');
    expect(check(assessEligibility(application({ software: [] }), ctx()), 'relims')?.reason).toBe(
      'no-software-declared',
    );
  });

  it('QHN: certified or committed passes, neither fails', () => {
    const committed = assessEligibility(
      application({ software: [{ name: 'A', relims: true, qhn: 'committed' }] }),
      ctx(),
    );
    expect(check(committed, 'qhn')?.status).toBe('passed');
    const none = assessEligibility(
      application({ software: [{ name: 'A', relims: true, qhn: 'none' }] }),
      ctx(),
    );
    expect(check(none, 'qhn')).toMatchObject({ status: 'failed', reason: 'editor-not-qhn' });
  });

  it('a GHT member must apply within its GHT', () => {
    const member = ctx({ establishments: { [FINESS]: { ght: 'NA-04' } } });
    expect(check(assessEligibility(application(), member), 'ght-framework')).toMatchObject({
      status: 'failed',
      reason: 'outside-ght-framework',
    });
    const within = application({ applicant: { kind: 'establishment', finess: FINESS, ght: 'NA-04' } });
    expect(check(assessEligibility(within, member), 'ght-framework')?.status).toBe('passed');
    expect(
      check(assessEligibility(application(), ctx({ establishments: {} })), 'ght-framework')?.reason,
    ).toBe('ght-membership-unknown');
  });

  it('a GHT application covers its participating members, each of whom must belong to it', () => {
    const other = '2B0000020';
    const app = application({
      applicant: { kind: 'ght', ght: 'NA-04', support: FINESS, members: [FINESS, other] },
    });
    expect(applicantFiness(app.applicant)).toEqual([FINESS, other]);
    const r = assessEligibility(
      app,
      ctx({
        establishments: { [FINESS]: { ght: 'NA-04' }, [other]: { ght: 'COR-01' } },
        evaluations: {
          [FINESS]: evaluation(FINESS, ['reached']),
          [other]: evaluation(other, ['not-reached']),
        },
      }),
    );
    expect(check(r, 'ght-framework')).toMatchObject({ status: 'failed', reason: 'not-a-member-of-ght' });
    expect(check(r, 'ght-framework')?.detail.en).toContain('2B0000020 (GHT COR-01)');
    expect(check(r, 'prerequisites-reached')?.detail.en).toContain('2B0000020:P1');
  });

  it('refuses a duplicate application for the same domain, within and across applications', () => {
    expect(
      check(assessEligibility(application({ domains: ['D2', 'D2'] }), ctx()), 'no-duplicate-application')
        ?.status,
    ).toBe('failed');
    const first = application({ id: 'A0', domains: ['D1', 'D2'] });
    const r = assessEligibility(application(), ctx({ otherApplications: [first, application()] }));
    expect(check(r, 'no-duplicate-application')).toMatchObject({
      status: 'failed',
      reason: 'duplicate-application',
    });
    expect(check(r, 'no-duplicate-application')?.detail.en).toContain('A0');
    const otherDomain = application({ id: 'A0', domains: ['D1'] });
    expect(
      check(
        assessEligibility(application(), ctx({ otherApplications: [otherDomain] })),
        'no-duplicate-application',
      )?.status,
    ).toBe('passed');
  });

  it('refuses unknown domains and an empty domain list', () => {
    expect(check(assessEligibility(application({ domains: ['D9'] }), ctx()), 'known-domains')?.reason).toBe(
      'unknown-domain',
    );
    expect(check(assessEligibility(application({ domains: [] }), ctx()), 'known-domains')?.reason).toBe(
      'no-domain',
    );
  });

  it('runs the HN exclusion and other declared conditions; unknown ids come back unautomated', () => {
    const seed = { source: 'seed:003', status: 'seed' } as const;
    const hn = {
      ...programme,
      funding: fundingParams({
        eligibility: [
          {
            id: 'no-hopital-2012-tranche-1',
            label: { fr: 'H2012', en: 'H2012' },
            provenance: { source: 'S-psyzoom', status: 'confirmed' },
          },
          { id: 'project-plan', label: { fr: 'Plan', en: 'Plan' }, provenance: seed },
          { id: 'usage-commitment', label: { fr: 'Engagement', en: 'Commitment' }, provenance: seed },
          {
            id: 'regional-priority',
            label: { fr: 'Priorité régionale', en: 'Regional priority' },
            provenance: seed,
          },
        ],
      }),
    };
    const r = assessEligibility(
      application({ hopital2012Tranche1: true, projectPlan: true }),
      ctx({ programme: hn }),
    );
    expect(r.checks.map((c) => [c.condition, c.status])).toEqual([
      ['no-hopital-2012-tranche-1', 'failed'],
      ['project-plan', 'passed'],
      ['usage-commitment', 'unknown'],
      ['regional-priority', 'unknown'],
      ['known-domains', 'passed'],
      ['no-duplicate-application', 'passed'],
    ]);
    expect(check(r, 'no-hopital-2012-tranche-1')?.provenance.status).toBe('confirmed');
    expect(check(r, 'regional-priority')?.reason).toBe('condition-not-automated');
    const ok = assessEligibility(
      application({ hopital2012Tranche1: false, projectPlan: false, usageCommitment: true }),
      ctx({ programme: hn }),
    );
    expect(ok.checks.slice(0, 3).map((c) => c.status)).toEqual(['passed', 'failed', 'passed']);
  });
});

/*
 * Eligibility, condition by condition: each outcome's status, stable reason, path and explanation. Written
 * after mutation testing showed that whole branches (Hôpital 2012, project plan, usage commitment, GHT
 * framework, duplicates) ran without any test reading their result.
 */
describe('cases found by mutation testing', () => {
  const A = '330781196';
  const B = '750712184';
  const C = '2A0000014';
  const seed = { source: 'seed:001', status: 'seed' } as const;
  const condition = (id: string): EligibilityCondition => ({
    id,
    label: { fr: `Condition ${id}`, en: `Condition ${id}` },
    provenance: seed,
  });
  const ALL = [
    'prerequisites-reached',
    'relims',
    'qhn',
    'ght-framework',
    'no-hopital-2012-tranche-1',
    'project-plan',
    'usage-commitment',
    'regional-priority',
  ].map(condition);
  const everything = { ...programme, funding: fundingParams({ eligibility: ALL }) };

  const ctx = (over: Partial<EligibilityContext> = {}): EligibilityContext => ({
    programme: everything,
    evaluations: {
      [A]: evaluation(A, ['reached', 'reached']),
      [B]: evaluation(B, ['reached', 'reached']),
      [C]: evaluation(C, ['reached', 'reached']),
    },
    establishments: { [A]: {}, [B]: { ght: 'NA-04' }, [C]: { ght: 'NA-04' } },
    asOf: '2020-06-01',
    ...over,
  });
  const full = (over: Partial<FundingApplication> = {}) =>
    application({ hopital2012Tranche1: false, projectPlan: true, usageCommitment: true, ...over });
  const checkOf = (app: FundingApplication, id: string, c: EligibilityContext = ctx()) => {
    const found = assessEligibility(app, c).checks.find((k) => k.condition === id);
    if (found === undefined) throw new Error(`no ${id} check`);
    return found;
  };

  describe('declared conditions: yes, no, not declared', () => {
    it.each([
      [
        'no-hopital-2012-tranche-1',
        { hopital2012Tranche1: false },
        'passed',
        'no-hopital-2012-aid',
        'hopital2012Tranche1',
      ],
      [
        'no-hopital-2012-tranche-1',
        { hopital2012Tranche1: true },
        'failed',
        'hopital-2012-tranche-1-aid',
        'hopital2012Tranche1',
      ],
      [
        'no-hopital-2012-tranche-1',
        { hopital2012Tranche1: undefined },
        'unknown',
        'hopital-2012-not-declared',
        'hopital2012Tranche1',
      ],
      ['project-plan', { projectPlan: true }, 'passed', 'project-plan-attached', 'projectPlan'],
      ['project-plan', { projectPlan: false }, 'failed', 'no-project-plan', 'projectPlan'],
      ['project-plan', { projectPlan: undefined }, 'unknown', 'project-plan-not-declared', 'projectPlan'],
      ['usage-commitment', { usageCommitment: true }, 'passed', 'usage-committed', 'usageCommitment'],
      ['usage-commitment', { usageCommitment: false }, 'failed', 'no-usage-commitment', 'usageCommitment'],
      [
        'usage-commitment',
        { usageCommitment: undefined },
        'unknown',
        'usage-commitment-not-declared',
        'usageCommitment',
      ],
    ] as const)('%s with %o: %s (%s)', (id, over, status, reason, field) => {
      const c = checkOf(full(over), id);
      expect(c).toMatchObject({ condition: id, status, reason, path: [field], provenance: seed });
    });

    it('says something different, in both languages, for each outcome', () => {
      for (const id of ['no-hopital-2012-tranche-1', 'project-plan', 'usage-commitment']) {
        const field =
          { 'no-hopital-2012-tranche-1': 'hopital2012Tranche1', 'project-plan': 'projectPlan' }[id] ??
          'usageCommitment';
        const details = [true, false, undefined].map((v) => checkOf(full({ [field]: v }), id).detail);
        for (const d of details) {
          expect(d.fr.length).toBeGreaterThan(10);
          expect(d.en.length).toBeGreaterThan(10);
          expect(d.fr).not.toBe(d.en);
        }
        expect(new Set(details.map((d) => d.fr)).size).toBe(3);
        expect(new Set(details.map((d) => d.en)).size).toBe(3);
      }
    });

    it('names a condition it cannot check, in both languages', () => {
      const c = checkOf(full(), 'regional-priority');
      expect(c).toMatchObject({ status: 'unknown', reason: 'condition-not-automated', provenance: seed });
      expect(c.detail.fr).toContain('« Condition regional-priority »');
      expect(c.detail.en).toContain('"Condition regional-priority"');
    });
  });

  describe('software: RELIMS and QHN', () => {
    const sw = (
      relims: boolean | undefined,
      qhn: 'certified' | 'committed' | 'none' | undefined,
      name = 'DPI X',
    ) => ({
      name,
      ...(relims === undefined ? {} : { relims }),
      ...(qhn === undefined ? {} : { qhn }),
    });

    it('without software both are unknown, pointing at software', () => {
      for (const software of [undefined, []]) {
        for (const id of ['relims', 'qhn']) {
          const c = checkOf(full({ software }), id);
          expect(c).toMatchObject({ status: 'unknown', reason: 'no-software-declared', path: ['software'] });
          expect(c.detail.fr).toContain('Aucun logiciel');
          expect(c.detail.en).toContain('No software');
        }
      }
    });

    it('RELIMS: a refused product fails and is named, an undeclared one is unknown and named', () => {
      const out = checkOf(
        full({
          software: [
            sw(true, 'certified', 'Ok'),
            sw(false, 'certified', 'Bad'),
            sw(undefined, 'certified', 'Who'),
          ],
        }),
        'relims',
      );
      expect(out).toMatchObject({ status: 'failed', reason: 'software-not-in-relims', path: ['software'] });
      expect(out.detail.fr).toBe('Logiciel(s) non référencé(s) dans RELIMS : Bad.');
      expect(out.detail.en).toBe('Software not referenced in RELIMS: Bad.');
      const unknown = checkOf(
        full({
          software: [
            sw(true, 'certified', 'Ok'),
            sw(undefined, 'certified', 'Who'),
            sw(undefined, 'none', 'Two'),
          ],
        }),
        'relims',
      );
      expect(unknown).toMatchObject({ status: 'unknown', reason: 'relims-not-declared', path: ['software'] });
      expect(unknown.detail.fr).toBe('Référencement RELIMS non déclaré : Who, Two.');
      expect(unknown.detail.en).toBe('RELIMS referencing not declared: Who, Two.');
      const ok = checkOf(full({ software: [sw(true, 'none', 'A'), sw(true, undefined, 'B')] }), 'relims');
      expect(ok).toMatchObject({ status: 'passed', reason: 'all-software-in-relims' });
      expect(ok.path).toBeUndefined();
      expect(ok.detail.fr).toContain('RELIMS');
      expect(ok.detail.en).toContain('RELIMS');
    });

    it('QHN: none fails and is named, undeclared is unknown, certified or committed passes', () => {
      const none = checkOf(
        full({
          software: [
            sw(true, 'committed', 'A'),
            sw(true, 'none', 'N1'),
            sw(true, 'none', 'N2'),
            sw(true, undefined, 'U'),
          ],
        }),
        'qhn',
      );
      expect(none).toMatchObject({ status: 'failed', reason: 'editor-not-qhn', path: ['software'] });
      expect(none.detail.fr).toBe('Éditeur ni certifié ni engagé dans la certification QHN : N1, N2.');
      expect(none.detail.en).toBe('Editor neither certified nor committed to QHN certification: N1, N2.');
      const unknown = checkOf(
        full({ software: [sw(true, 'certified', 'A'), sw(false, undefined, 'U')] }),
        'qhn',
      );
      expect(unknown).toMatchObject({ status: 'unknown', reason: 'qhn-not-declared', path: ['software'] });
      expect(unknown.detail.fr).toBe("Statut QHN de l'éditeur non déclaré : U.");
      expect(unknown.detail.en).toBe("Editor's QHN status not declared: U.");
      const ok = checkOf(
        full({ software: [sw(false, 'certified', 'A'), sw(undefined, 'committed', 'B')] }),
        'qhn',
      );
      expect(ok).toMatchObject({ status: 'passed', reason: 'editors-qhn' });
      expect(ok.path).toBeUndefined();
      expect(ok.detail.fr).toContain('QHN');
      expect(ok.detail.en).toContain('QHN');
    });
  });

  describe('prerequisites, per applicant establishment', () => {
    const ght = (members: string[]): FundingApplication['applicant'] => ({
      kind: 'ght',
      ght: 'NA-04',
      support: B,
      members,
    });

    it('lists every member whose prerequisite is not reached, and pends', () => {
      const c = checkOf(
        full({ applicant: ght([B, C]) }),
        'prerequisites-reached',
        ctx({
          evaluations: {
            [B]: evaluation(B, ['not-reached', 'reached']),
            [C]: evaluation(C, ['reached', 'not-reached', 'unknown']),
          },
        }),
      );
      expect(c).toMatchObject({ status: 'pending', reason: 'prerequisites-not-reached' });
      expect(c.detail.en).toBe(
        `Prerequisites not reached (${B}:P1, ${C}:P2): the application may be filed, no money is released until they are.`,
      );
      expect(c.detail.fr).toBe(
        `Prérequis non atteints (${B}:P1, ${C}:P2) : candidature possible, aucun versement avant leur atteinte.`,
      );
    });

    it('is unknown for a member without evaluation (or evaluated for another programme) and for unknown prerequisites', () => {
      const missing = checkOf(
        full({ applicant: ght([B, C]) }),
        'prerequisites-reached',
        ctx({
          evaluations: {
            [B]: evaluation(B, ['reached', 'unknown']),
            [C]: evaluation(C, ['reached'], {}, 'other'),
          },
        }),
      );
      expect(missing).toMatchObject({ status: 'unknown', reason: 'no-evaluation' });
      expect(missing.detail.en).toBe(
        `Whether the prerequisites are reached is unknown: ${C} (no evaluation), ${B}:P2.`,
      );
      expect(missing.detail.fr).toBe(`Atteinte des prérequis inconnue : ${C} (no evaluation), ${B}:P2.`);
      const unknown = checkOf(
        full(),
        'prerequisites-reached',
        ctx({ evaluations: { [A]: evaluation(A, ['unknown', 'reached']) } }),
      );
      expect(unknown).toMatchObject({ status: 'unknown', reason: 'prerequisites-unknown' });
      expect(unknown.detail.en).toContain(`${A}:P1`);
      const none = checkOf(full(), 'prerequisites-reached', ctx({ evaluations: undefined }));
      expect(none.reason).toBe('no-evaluation');
    });

    it('passes when every member reached every prerequisite', () => {
      const c = checkOf(full({ applicant: ght([B, C]) }), 'prerequisites-reached');
      expect(c).toMatchObject({ status: 'passed', reason: 'prerequisites-reached' });
      expect(c.detail.fr).toContain('prérequis');
      expect(c.detail.en).toContain('prerequisite');
    });
  });

  describe('GHT framework', () => {
    it('a GHT applying with a non-member fails, naming it and its own GHT', () => {
      const app = full({ applicant: { kind: 'ght', ght: 'NA-04', support: B, members: [B, A] } });
      const c = checkOf(app, 'ght-framework');
      expect(c).toMatchObject({ status: 'failed', reason: 'not-a-member-of-ght', path: ['applicant'] });
      expect(c.detail.fr).toBe(`Établissement(s) hors du GHT NA-04 : ${A} (GHT —).`);
      expect(c.detail.en).toBe(`Establishment(s) not members of GHT NA-04: ${A} (GHT —).`);
    });

    it('a GHT member applying alone outside its GHT fails; within it, or without a GHT, passes', () => {
      const outside = checkOf(
        full({ applicant: { kind: 'establishment', finess: B, ght: 'NA-05' } }),
        'ght-framework',
      );
      expect(outside).toMatchObject({
        status: 'failed',
        reason: 'outside-ght-framework',
        path: ['applicant'],
      });
      expect(outside.detail.fr).toBe(
        `Membre d'un GHT candidatant hors du cadre de son GHT : ${B} (GHT NA-04).`,
      );
      expect(outside.detail.en).toBe(`A GHT member applying outside its GHT's framework: ${B} (GHT NA-04).`);
      expect(checkOf(full({ applicant: { kind: 'establishment', finess: B } }), 'ght-framework').reason).toBe(
        'outside-ght-framework',
      );
      const within = checkOf(
        full({ applicant: { kind: 'establishment', finess: B, ght: 'NA-04' } }),
        'ght-framework',
      );
      expect(within).toMatchObject({ status: 'passed', reason: 'within-ght-framework' });
      expect(within.path).toBeUndefined();
      expect(within.detail.en).toContain('GHT');
      expect(checkOf(full(), 'ght-framework').status).toBe('passed');
    });

    it('an establishment not in the list is unknown, and named', () => {
      const c = checkOf(
        full({ applicant: { kind: 'ght', ght: 'NA-04', support: B, members: [B, '870000015'] } }),
        'ght-framework',
      );
      expect(c).toMatchObject({ status: 'unknown', reason: 'ght-membership-unknown', path: ['applicant'] });
      expect(c.detail.fr).toBe('Appartenance à un GHT inconnue : 870000015.');
      expect(c.detail.en).toBe('GHT membership unknown: 870000015.');
      expect(checkOf(full(), 'ght-framework', ctx({ establishments: undefined })).reason).toBe(
        'ght-membership-unknown',
      );
    });
  });

  describe("palier's consistency checks", () => {
    it('domains: none fails, unknown ones are named, known ones pass', () => {
      const none = checkOf(full({ domains: [] }), 'known-domains');
      expect(none).toMatchObject({ status: 'failed', reason: 'no-domain', path: ['domains'] });
      expect(none.detail).toEqual({ fr: 'Aucun domaine demandé.', en: 'No domain applied for.' });
      const unknown = checkOf(full({ domains: ['D2', 'D9', 'X'] }), 'known-domains');
      expect(unknown).toMatchObject({ status: 'failed', reason: 'unknown-domain', path: ['domains'] });
      expect(unknown.detail).toEqual({
        fr: 'Domaine(s) inconnu(s) du programme : D9, X.',
        en: 'Domain(s) not in the programme: D9, X.',
      });
      const ok = checkOf(full({ domains: ['D1', 'D7'] }), 'known-domains');
      expect(ok).toMatchObject({ status: 'passed', reason: 'domains-known' });
      expect(ok.detail.fr.length * ok.detail.en.length).toBeGreaterThan(0);
    });

    it('duplicates: a domain twice in one application, or shared with another application of the same programme', () => {
      const twice = checkOf(full({ domains: ['D2', 'D3', 'D2', 'D2'] }), 'no-duplicate-application');
      expect(twice).toMatchObject({ status: 'failed', reason: 'duplicate-application', path: ['domains'] });
      expect(twice.detail.en).toBe('Duplicate application for a domain: D2 (twice in A1).');
      expect(twice.detail.fr).toBe('Candidature en double pour un même domaine : D2 (twice in A1).');
      const other = application({
        id: 'A2',
        applicant: { kind: 'ght', ght: 'NA-04', support: B, members: [B, A] },
        domains: ['D3', 'D2'],
      });
      const shared = checkOf(
        full({ domains: ['D2', 'D3'] }),
        'no-duplicate-application',
        ctx({ otherApplications: [other] }),
      );
      expect(shared.detail.en).toBe(`Duplicate application for a domain: D2 (${A} in A2); D3 (${A} in A2).`);
      const notMine = [
        { ...other, id: 'A1' },
        { ...other, programme: 'hopen' },
        { ...other, applicant: { kind: 'establishment' as const, finess: C } },
        { ...other, domains: ['D5'] },
      ];
      const clean = checkOf(
        full({ domains: ['D2', 'D3'] }),
        'no-duplicate-application',
        ctx({ otherApplications: notMine }),
      );
      expect(clean).toMatchObject({ status: 'passed', reason: 'no-duplicate' });
      expect(clean.detail).toEqual({ fr: 'Pas de candidature en double.', en: 'No duplicate application.' });
    });
  });

  describe('explanations come from the issue-code registry', () => {
    const ght = { kind: 'ght', ght: 'NA-04', support: B } as const;
    const scenarios: [FundingApplication, EligibilityContext][] = [
      [full(), ctx()],
      [full({ hopital2012Tranche1: true, projectPlan: false, usageCommitment: false }), ctx()],
      [full({ hopital2012Tranche1: undefined, projectPlan: undefined, usageCommitment: undefined }), ctx()],
      [full({ software: [{ name: 'N', relims: false, qhn: 'none' }] }), ctx()],
      [full({ software: [{ name: 'U' }] }), ctx()],
      [full({ software: [], domains: [] }), ctx()],
      [full({ applicant: { ...ght, members: [B, A] }, domains: ['D9', 'D2', 'D2'] }), ctx()],
      [full({ applicant: { kind: 'establishment', finess: B, ght: 'NA-05' } }), ctx()],
      [full(), ctx({ establishments: undefined, evaluations: {} })],
      [full(), ctx({ evaluations: { [A]: evaluation(A, ['not-reached', 'reached']) } })],
      [full(), ctx({ evaluations: { [A]: evaluation(A, ['unknown', 'reached']) } })],
    ];
    const checks = scenarios.flatMap(([app, c]) => assessEligibility(app, c).checks);

    it('every reason produced is a registry code, and every eligibility code is produced', () => {
      const reasons = new Set(checks.map((c) => c.reason));
      for (const reason of reasons) expect(Object.hasOwn(ISSUE_MESSAGES, reason), reason).toBe(true);
      expect(reasons).toEqual(new Set([...Object.keys(ELIGIBILITY_MESSAGES), 'unknown-domain']));
    });

    it("a check's finding follows its status: none when passed, error when failed, warning otherwise", () => {
      const severities = new Set<string>();
      for (const c of checks) {
        if (c.status === 'passed') {
          expect(c.finding, c.reason).toBeUndefined();
          continue;
        }
        const expected = c.status === 'failed' ? 'error' : 'warning';
        expect(c.finding, c.reason).toEqual({
          code: c.reason,
          path: c.path ?? [],
          severity: expected,
          message: c.detail,
        });
        severities.add(`${c.status}:${c.finding?.severity}`);
      }
      expect(severities).toEqual(new Set(['failed:error', 'unknown:warning', 'pending:warning']));
    });

    it('a failing check names its input in the finding, and reads as a formatted issue', () => {
      const out = checkOf(full({ software: [{ name: 'Bad', relims: false }] }), 'relims');
      expect(out.finding).toMatchObject({
        code: 'software-not-in-relims',
        path: ['software'],
        severity: 'error',
      });
      expect(formatIssue(out.finding!, 'en')).toBe(
        'software: error [software-not-in-relims] Software not referenced in RELIMS: Bad.',
      );
      const domains = checkOf(full({ domains: ['D9', 'X'] }), 'known-domains');
      expect(domains.finding).toEqual(
        issue('unknown-domain', { code: 'D9, X' }, { path: ['domains'], severity: 'error' }),
      );
    });
  });

  describe('overall status', () => {
    it('is the worst check: failed > unknown > pending > passed; funds only when passed', () => {
      const base = ctx({
        programme: { ...programme, funding: fundingParams({ eligibility: ALL.slice(0, 7) }) },
      });
      const passed = assessEligibility(full(), base);
      expect(passed.checks.every((c) => c.status === 'passed')).toBe(true);
      expect(passed).toMatchObject({
        status: 'passed',
        fundsReleasable: true,
        application: 'A1',
        asOf: '2020-06-01',
      });
      const pending = assessEligibility(full(), {
        ...base,
        evaluations: { [A]: evaluation(A, ['not-reached']) },
      });
      expect(pending).toMatchObject({ status: 'pending', fundsReleasable: false });
      const unknown = assessEligibility(full({ projectPlan: undefined }), {
        ...base,
        evaluations: { [A]: evaluation(A, ['not-reached']) },
      });
      expect(unknown).toMatchObject({ status: 'unknown', fundsReleasable: false });
      const failed = assessEligibility(full({ projectPlan: undefined, usageCommitment: false }), {
        ...base,
        evaluations: { [A]: evaluation(A, ['not-reached']) },
      });
      expect(failed).toMatchObject({ status: 'failed', fundsReleasable: false });
      const unknownAfterFailed = assessEligibility(
        full({ hopital2012Tranche1: true, usageCommitment: undefined }),
        base,
      );
      expect(unknownAfterFailed.status).toBe('failed');
      const pendingAfterUnknown = assessEligibility(full({ projectPlan: undefined }), {
        ...base,
        evaluations: { [A]: evaluation(A, ['reached']) },
        programme: { ...programme, funding: fundingParams({ eligibility: [ALL[5]!, ALL[0]!] }) },
      });
      expect(pendingAfterUnknown.status).toBe('unknown');
    });
  });
});
