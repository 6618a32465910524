import { describe, expect, it } from 'vitest';
import { applicantFiness, checkEligibility, type EligibilityContext } from '../../src/funding/index.js';
import { application, evaluation, fundingParams, programme } from './fixtures.js';

const FINESS = '330781196';
const ctx = (over: Partial<EligibilityContext> = {}): EligibilityContext => ({
  programme,
  evaluations: { [FINESS]: evaluation(FINESS, ['reached', 'reached', 'reached', 'reached']) },
  establishments: { [FINESS]: {} },
  asOf: '2020-06-01',
  ...over,
});
const check = (r: ReturnType<typeof checkEligibility>, id: string) =>
  r.checks.find((c) => c.condition === id);

describe('checkEligibility', () => {
  it('passes when every condition is met, and releases funds', () => {
    const r = checkEligibility(application(), ctx());
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
    const r = checkEligibility(
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
      check(checkEligibility(application(), ctx({ evaluations: {} })), 'prerequisites-reached')?.reason,
    ).toBe('no-evaluation');
    const unk = checkEligibility(
      application(),
      ctx({ evaluations: { [FINESS]: evaluation(FINESS, ['reached', 'unknown']) } }),
    );
    expect(check(unk, 'prerequisites-reached')?.reason).toBe('prerequisites-unknown');
    expect(unk.status).toBe('unknown');
    const other = checkEligibility(
      application(),
      ctx({ evaluations: { [FINESS]: evaluation(FINESS, ['reached'], {}, 'hopen') } }),
    );
    expect(check(other, 'prerequisites-reached')?.status).toBe('unknown');
  });

  it('fails software not referenced in RELIMS, and says unknown when undeclared', () => {
    const out = checkEligibility(
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
      check(checkEligibility(application({ software: [{ name: 'A', qhn: 'certified' }] }), ctx()), 'relims')
        ?.status,
    ).toBe('unknown');
    expect(check(checkEligibility(application({ software: [] }), ctx()), 'relims')?.reason).toBe(
      'no-software-declared',
    );
  });

  it('QHN: certified or committed passes, neither fails', () => {
    const committed = checkEligibility(
      application({ software: [{ name: 'A', relims: true, qhn: 'committed' }] }),
      ctx(),
    );
    expect(check(committed, 'qhn')?.status).toBe('passed');
    const none = checkEligibility(
      application({ software: [{ name: 'A', relims: true, qhn: 'none' }] }),
      ctx(),
    );
    expect(check(none, 'qhn')).toMatchObject({ status: 'failed', reason: 'editor-not-qhn' });
  });

  it('a GHT member must apply within its GHT', () => {
    const member = ctx({ establishments: { [FINESS]: { ght: 'NA-04' } } });
    expect(check(checkEligibility(application(), member), 'ght-framework')).toMatchObject({
      status: 'failed',
      reason: 'outside-ght-framework',
    });
    const within = application({ applicant: { kind: 'establishment', finess: FINESS, ght: 'NA-04' } });
    expect(check(checkEligibility(within, member), 'ght-framework')?.status).toBe('passed');
    expect(check(checkEligibility(application(), ctx({ establishments: {} })), 'ght-framework')?.reason).toBe(
      'ght-membership-unknown',
    );
  });

  it('a GHT application covers its participating members, each of whom must belong to it', () => {
    const other = '2B0000020';
    const app = application({
      applicant: { kind: 'ght', ght: 'NA-04', support: FINESS, members: [FINESS, other] },
    });
    expect(applicantFiness(app.applicant)).toEqual([FINESS, other]);
    const r = checkEligibility(
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
      check(checkEligibility(application({ domains: ['D2', 'D2'] }), ctx()), 'no-duplicate-application')
        ?.status,
    ).toBe('failed');
    const first = application({ id: 'A0', domains: ['D1', 'D2'] });
    const r = checkEligibility(application(), ctx({ otherApplications: [first, application()] }));
    expect(check(r, 'no-duplicate-application')).toMatchObject({
      status: 'failed',
      reason: 'duplicate-application',
    });
    expect(check(r, 'no-duplicate-application')?.detail.en).toContain('A0');
    const otherDomain = application({ id: 'A0', domains: ['D1'] });
    expect(
      check(
        checkEligibility(application(), ctx({ otherApplications: [otherDomain] })),
        'no-duplicate-application',
      )?.status,
    ).toBe('passed');
  });

  it('refuses unknown domains and an empty domain list', () => {
    expect(check(checkEligibility(application({ domains: ['D9'] }), ctx()), 'known-domains')?.reason).toBe(
      'unknown-domain',
    );
    expect(check(checkEligibility(application({ domains: [] }), ctx()), 'known-domains')?.reason).toBe(
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
    const r = checkEligibility(
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
    const ok = checkEligibility(
      application({ hopital2012Tranche1: false, projectPlan: false, usageCommitment: true }),
      ctx({ programme: hn }),
    );
    expect(ok.checks.slice(0, 3).map((c) => c.status)).toEqual(['passed', 'failed', 'passed']);
  });
});
