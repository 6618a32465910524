import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileProgramme,
  type EstablishmentEvaluation,
  evaluateEstablishment,
  evaluateGht,
  explain,
  type GhtEvaluation,
  type GhtLevelSummary,
  type Ifaq2016Score,
  type IndicatorResult,
  ifaq2016Score,
  isReasonCode,
  type PalierResult,
  REASONS,
  type RequirementResult,
  reasonMessage,
} from '../../src/evaluation/index.js';
import type { DeclaredValue } from '../../src/evaluation/types.js';
import { allMet, decl, MCO, rate, smallProgramme } from './programme-builder.js';

const compiled = compileProgramme(smallProgramme());
const asOf = '2019-06-30';

describe('reason codes', () => {
  it('every code has a French and an English sentence, distinct and ending with a full stop', () => {
    for (const [code, message] of Object.entries(REASONS)) {
      expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(message.fr.length, code).toBeGreaterThan(10);
      expect(message.en.length, code).toBeGreaterThan(10);
      expect(message.fr, code).not.toBe(message.en);
      expect(message.fr.endsWith('.'), code).toBe(true);
      expect(message.en.endsWith('.'), code).toBe(true);
    }
  });

  it('reasonMessage gives the sentence, or the code itself when it is not palier’s', () => {
    expect(reasonMessage('below-threshold', 'en')).toBe(REASONS['below-threshold'].en);
    expect(reasonMessage('no-such-code', 'fr')).toBe('no-such-code');
  });

  it('every reason and diagnostic the engine produces is a documented code', () => {
    const valueArb: fc.Arbitrary<DeclaredValue | undefined> = fc.oneof(
      fc.constant(undefined),
      fc.constant({ kind: 'not-applicable', reason: 'x' } as const),
      fc.constant({ kind: 'not-applicable', reason: '' } as const),
      fc.boolean().map((value) => ({ kind: 'yes-no', value }) as const),
      fc.double().map((value) => ({ kind: 'count', value }) as const),
      fc.double().map((percent) => ({ kind: 'rate', percent }) as const),
      fc
        .tuple(fc.integer({ min: -2, max: 60 }), fc.integer({ min: -1, max: 60 }))
        .map(([a, b]) => rate(a, b)),
    );
    const codes = ['P1.1', 'P2.1', 'D2.2', 'D2.5', 'D3.5', 'X1.1'];
    fc.assert(
      fc.property(
        fc.tuple(...codes.map(() => valueArb)),
        fc.constantFrom<readonly string[]>([], ['HAD'], ['PSY']),
        (vs, activities) => {
          const values: Record<string, DeclaredValue> = {};
          vs.forEach((v, i) => {
            if (v !== undefined) values[codes[i]!] = v;
          });
          const e = evaluateEstablishment(
            compiled,
            { ...MCO, activities: activities as never },
            decl(values),
            { asOf },
          );
          const reasons = [
            e.palier.reason,
            ...[...e.prerequisites, ...e.domains].flatMap((r) => [
              r.reason,
              ...r.indicators.map((i) => i.reason),
            ]),
            ...e.diagnostics.map((d) => d.code),
          ];
          for (const reason of reasons) expect(isReasonCode(reason), reason).toBe(true);
        },
      ),
    );
  });
});

describe('explain', () => {
  const failing = evaluateEstablishment(compiled, MCO, decl({ ...allMet(), 'D2.2': rate(4899, 5000) }), {
    asOf,
  });
  const d22 = failing.domains[0]!.indicators[0]!;

  it('puts an indicator result into words with observed, expected and gap, in both languages', () => {
    expect(explain(d22, { lang: 'en' })).toBe(
      'D2.2 — not met: The declared value is below the threshold. Observed 97.98 % (4,899/5,000). ' +
        'Expected ≥ 98 % (usage target). Gap: 1 more numerator unit.',
    );
    const fr = explain(d22, { lang: 'fr' });
    expect(fr).toContain('non atteint');
    expect(fr).toContain('97,98 %');
    expect(fr).toContain("cible d'usage");
    expect(fr).toContain('1 unité de plus');
  });

  it('puts a requirement, the palier and a whole evaluation into words', () => {
    expect(explain(failing.domains[0]!, { lang: 'en' })).toBe(
      'D2 — not reached: At least one indicator is not met, missing or invalid. Blocked by: D2.2.',
    );
    expect(explain(failing.palier, { lang: 'fr' })).toContain('Bloquants : D2.');
    const text = explain(failing, { lang: 'en' });
    expect(text.split('\n')[0]).toContain('750712184');
    expect(text).toContain('D2.2 — not met');
    expect(text).not.toContain('P1.1 —');
  });

  it('puts a GHT and an IFAQ score into words', () => {
    const g = evaluateGht(compiled, [{ establishment: MCO, declaration: decl(allMet()) }], {
      asOf,
      ght: 'IDF-01',
    });
    expect(explain(g, { lang: 'en' }).split('\n')[0]).toContain('IDF-01');
    expect(explain(g.palier, { lang: 'fr' })).toContain('1 atteint');
    const score = ifaq2016Score(failing);
    expect(explain(score, { lang: 'en' })).toContain('IFAQ 2016');
  });

  it('explains every indicator status in both languages without leaking a code as the sentence', () => {
    const e = evaluateEstablishment(
      compiled,
      MCO,
      decl({
        'P1.1': rate(0, 0),
        'P2.1': { kind: 'yes-no', value: false },
        'D2.5': { kind: 'not-applicable', reason: 'aucune ACE' },
      }),
      { asOf },
    );
    for (const r of [...e.prerequisites, ...e.domains].flatMap((x) => x.indicators)) {
      for (const lang of ['fr', 'en'] as const) {
        const text = explain(r, { lang });
        expect(text).toContain(REASONS[r.reason as keyof typeof REASONS][lang]);
      }
    }
    expect(explain(e.domains[0]!.indicators[1]!, { lang: 'fr' })).toContain('Motif : aucune ACE.');
  });

  it('shows a declared reason’s control characters as visible escapes, never raw', () => {
    const e = evaluateEstablishment(
      compiled,
      MCO,
      decl({ 'D2.5': { kind: 'not-applicable', reason: 'aucune\r\u001b[2J ACE\u202e' } }),
      { asOf },
    );
    const d25 = e.domains[0]!.indicators.find((i) => i.code === 'D2.5')!;
    expect(explain(d25, { lang: 'fr' })).toContain('Motif : aucune\\x0d\\x1b[2J ACE\\u202e.');
    for (const raw of ['\r', '\u001b', '\u202e']) expect(explain(d25, { lang: 'en' })).not.toContain(raw);
  });
});

/*
 * `explain`, sentence by sentence, in both languages: what a user reads for each kind of result. Written after
 * mutation testing showed that most of the wording (gaps, not-applicable reasons, GHT summaries, IFAQ) could
 * change without any test noticing.
 */
describe('cases found by mutation testing', () => {
  const seed = { source: 'seed:001', status: 'seed' } as const;
  const fr = (r: Parameters<typeof explain>[0]) => explain(r, { lang: 'fr' });
  const en = (r: Parameters<typeof explain>[0]) => explain(r, { lang: 'en' });

  const rate: IndicatorResult = {
    code: 'D2.2',
    kind: 'rate',
    status: 'not-met',
    reason: 'below-threshold',
    observed: 97.5,
    declared: { kind: 'rate', numerator: 39, denominator: 40 },
    expected: { comparator: 'at-least', value: 98, inclusive: true, role: 'target' },
    gap: { amount: 1, unit: 'units', direction: 'increase' },
    path: ['values', 'D2.2'],
  };

  describe('explain an indicator', () => {
    it('a rate below its target: status, reason, observed with the counts, expected, gap', () => {
      expect(en(rate)).toBe(
        'D2.2 — not met: The declared value is below the threshold. Observed 97.5 % (39/40). Expected ≥ 98 % (usage target). Gap: 1 more numerator unit.',
      );
      expect(fr(rate)).toBe(
        "D2.2 — non atteint : La valeur déclarée est en dessous du seuil. Observé : 97,5 % (39/40). Attendu : ≥ 98 % (cible d'usage). Écart : 1 unité de plus au numérateur.",
      );
    });

    it('an eligibility threshold, a declared percentage, a gap in points (strict: a little more)', () => {
      const r: IndicatorResult = {
        ...rate,
        declared: { kind: 'rate', percent: 55 },
        observed: 55,
        expected: { comparator: 'at-least', value: 60, inclusive: false, role: 'eligibility' },
        gap: { amount: 5, unit: 'points', direction: 'increase', strict: true },
      };
      expect(en(r)).toContain(
        'Observed 55 %. Expected > 60 % (eligibility threshold). Gap: 5 points short (and a little more).',
      );
      expect(fr(r)).toContain(
        "Observé : 55 %. Attendu : > 60 % (seuil d'éligibilité). Écart : 5 points manquants (et un peu plus).",
      );
      const notStrict = { ...r, gap: { amount: 5, unit: 'points' as const, direction: 'increase' as const } };
      expect(en(notStrict)).toMatch(/Gap: 5 points short\.$/);
      expect(fr(notStrict)).toMatch(/Écart : 5 points manquants\.$/);
    });

    it('a value that must go down: too many points, fewer units', () => {
      const points: IndicatorResult = {
        ...rate,
        reason: 'above-threshold',
        expected: { comparator: 'at-most', value: 5, inclusive: true, role: 'target' },
        gap: { amount: 2.5, unit: 'points', direction: 'decrease' },
      };
      expect(en(points)).toMatch(/Expected ≤ 5 % \(usage target\)\. Gap: 2\.5 points too many\.$/);
      expect(fr(points)).toMatch(/Attendu : ≤ 5 % \(cible d'usage\)\. Écart : 2,5 points de trop\.$/);
      const units = { ...points, gap: { amount: 3, unit: 'units' as const, direction: 'decrease' as const } };
      expect(en(units)).toMatch(/Gap: 3 fewer numerator units\.$/);
      expect(fr(units)).toMatch(/Écart : 3 unités en moins au numérateur\.$/);
      const strictBelow = { ...points, expected: { ...points.expected!, inclusive: false } };
      expect(en(strictBelow)).toContain('Expected < 5 %');
    });

    it('an unreachable threshold says so, adding or removing', () => {
      const up: IndicatorResult = {
        ...rate,
        gap: { amount: 12, unit: 'units', direction: 'increase', reachable: false },
      };
      expect(en(up)).toMatch(/Even adding 12 units would not meet it\.$/);
      expect(fr(up)).toMatch(/Même en ajoutant 12 unités, le seuil resterait hors d'atteinte\.$/);
      const down: IndicatorResult = {
        ...rate,
        gap: { amount: 4, unit: 'points', direction: 'decrease', reachable: false },
      };
      expect(en(down)).toMatch(/Even removing 4 points would not meet it\.$/);
      expect(fr(down)).toMatch(/Même en retirant 4 points, le seuil resterait hors d'atteinte\.$/);
    });

    it('yes/no, counts, equality and not-applicable values', () => {
      const yesNo: IndicatorResult = {
        code: 'P2.1',
        kind: 'yes-no',
        status: 'not-met',
        reason: 'r',
        observed: false,
        declared: { kind: 'yes-no', value: false },
        expected: { comparator: 'equal', value: true, inclusive: true, role: 'eligibility' },
        path: [],
      };
      expect(en(yesNo)).toBe('P2.1 — not met: r Observed no. Expected = yes (eligibility threshold).');
      expect(fr(yesNo)).toBe("P2.1 — non atteint : r Observé : non. Attendu : = oui (seuil d'éligibilité).");
      const met = { ...yesNo, status: 'met' as const, observed: true };
      expect(en(met)).toBe('P2.1 — met: r Observed yes. Expected = yes (eligibility threshold).');
      expect(fr(met)).toBe("P2.1 — atteint : r Observé : oui. Attendu : = oui (seuil d'éligibilité).");
      const count: IndicatorResult = {
        code: 'C1',
        kind: 'count',
        status: 'met',
        reason: 'r',
        observed: 1234.5,
        declared: { kind: 'count', value: 1234.5 },
        path: [],
      };
      expect(en(count)).toBe('C1 — met: r Observed 1,234.5.');
      expect(fr(count)).toBe('C1 — atteint : r Observé : 1\u202f234,5.');
      const na: IndicatorResult = {
        code: 'D3.5',
        status: 'not-applicable',
        reason: 'r',
        declared: { kind: 'not-applicable', reason: 'no emergency department' },
        path: [],
      };
      expect(en(na)).toBe('D3.5 — not applicable: r Reason: no emergency department.');
      expect(fr(na)).toBe('D3.5 — sans objet : r Motif : no emergency department.');
    });

    it('names every status', () => {
      const words = (['met', 'not-met', 'not-applicable', 'missing', 'unknown', 'invalid'] as const).map(
        (status) => [
          en({ code: 'X', status, reason: 'r', path: [] }),
          fr({ code: 'X', status, reason: 'r', path: [] }),
        ],
      );
      expect(words).toEqual([
        ['X — met: r', 'X — atteint : r'],
        ['X — not met: r', 'X — non atteint : r'],
        ['X — not applicable: r', 'X — sans objet : r'],
        ['X — missing: r', 'X — non déclaré : r'],
        ['X — unknown: r', 'X — inconnu : r'],
        ['X — invalid: r', 'X — invalide : r'],
      ]);
    });
  });

  const requirement = (
    code: string,
    status: RequirementResult['status'],
    indicators: IndicatorResult[] = [],
    blockers: string[] = [],
  ): RequirementResult => ({
    code,
    kind: code.startsWith('P') ? 'prerequisite' : 'domain',
    label: { fr: code, en: code },
    status,
    reason: 'r',
    indicators,
    blockers,
  });

  describe('explain levels', () => {
    it('a requirement and the palier, with their blockers', () => {
      expect(en(requirement('P2', 'not-reached', [], ['P2.1', 'P2.3']))).toBe(
        'P2 — not reached: r Blocked by: P2.1, P2.3.',
      );
      expect(fr(requirement('P2', 'not-reached', [], ['P2.1', 'P2.3']))).toBe(
        'P2 — non atteint : r Bloquants : P2.1, P2.3.',
      );
      expect(en(requirement('D2', 'reached'))).toBe('D2 — reached: r');
      expect(fr(requirement('D2', 'reached'))).toBe('D2 — atteint : r');
      const palier: PalierResult = { status: 'unknown', reason: 'r', blockers: ['P1'] };
      expect(en(palier)).toBe('Palier — unknown: r Blocked by: P1.');
      expect(fr(palier)).toBe('Palier — inconnu : r Bloquants : P1.');
    });

    it('an establishment: one line per level, the indicators that are not met or not applicable, diagnostics', () => {
      const met: IndicatorResult = { code: 'P1.1', status: 'met', reason: 'r', path: [] };
      const na: IndicatorResult = { code: 'P1.2', status: 'not-applicable', reason: 'r', path: [] };
      const missing: IndicatorResult = { code: 'P1.3', status: 'missing', reason: 'r', path: [] };
      const e: EstablishmentEvaluation = {
        finess: '750712184',
        programme: { id: 'hopen', version: '1' },
        period: { start: '2019-01-01', end: '2019-12-31' },
        asOf: '2020-01-31',
        prerequisites: [requirement('P1', 'not-reached', [met, na, missing], ['P1.3'])],
        domains: [requirement('D2', 'unknown', [rate])],
        palier: { status: 'not-reached', reason: 'r', blockers: ['P1'] },
        diagnostics: [
          {
            code: 'declared-after-as-of',
            path: [],
            message: { fr: 'Après.', en: 'After.' },
            severity: 'warning',
          },
        ],
      };
      expect(en(e).split('\n')).toEqual([
        '750712184 (2019-01-01 – 2019-12-31) — Palier — not reached: r Blocked by: P1.',
        '  P1 — not reached: r Blocked by: P1.3.',
        '    P1.3 — missing: r',
        '  D2 — unknown: r',
        `    ${en(rate)}`,
        '  ! declared-after-as-of: After.',
      ]);
      expect(fr(e).split('\n')[5]).toBe('  ! declared-after-as-of: Après.');
    });
  });

  describe('explain a GHT', () => {
    const summary = (code: string, status: GhtLevelSummary['status']): GhtLevelSummary => ({
      code,
      kind: code === 'palier' ? 'palier' : 'prerequisite',
      status,
      reason: 'members-not-reached',
      reached: ['750712184'],
      notReached: ['330781196', '2A0000014'],
      unknown: [],
      blockers: ['330781196'],
    });

    it('a level summary counts the members and names the blockers', () => {
      expect(en(summary('P1', 'not-reached'))).toMatch(
        /^P1 — not reached: .+ Members: 1 reached, 2 not reached, 0 unknown\. Blocked by: 330781196\.$/,
      );
      expect(fr(summary('P1', 'not-reached'))).toContain(
        ' Membres : 1 atteint, 2 non atteints, 0 inconnu. Bloquants : 330781196.',
      );
      expect(en(summary('palier', 'not-reached'))).toMatch(/^Palier — not reached: /);
    });

    it('a GHT evaluation: its name (or GHT), the palier, then every level, then diagnostics', () => {
      const g: GhtEvaluation = {
        ght: 'NA-04',
        programme: { id: 'hopen', version: '1' },
        asOf: '2020-01-31',
        members: [],
        prerequisites: [summary('P1', 'not-reached')],
        domains: [{ ...summary('D2', 'reached'), kind: 'domain' }],
        palier: summary('palier', 'not-reached'),
        diagnostics: [{ code: 'ght-x', path: [], severity: 'warning', message: { fr: 'Fr.', en: 'En.' } }],
      };
      const lines = en(g).split('\n');
      expect(lines[0]).toBe(`NA-04 — ${en(summary('palier', 'not-reached'))}`);
      expect(lines.slice(1)).toEqual([
        `  ${en(summary('P1', 'not-reached'))}`,
        `  ${en({ ...summary('D2', 'reached'), kind: 'domain' })}`,
        '  ! ght-x: En.',
      ]);
      expect(fr(g).split('\n')[3]).toBe('  ! ght-x: Fr.');
      const { ght: _, ...unnamed } = g;
      expect(en(unnamed as GhtEvaluation)).toMatch(/^GHT — Palier/);
    });
  });

  describe('explain the IFAQ 2016 score', () => {
    it('a score, or the scores still possible', () => {
      const scored: Ifaq2016Score = { status: 'scored', points: 4, reason: 'ifaq-scored', provenance: seed };
      expect(en(scored)).toMatch(/^IFAQ 2016 — scored: .* Points: 4\.$/);
      expect(fr(scored)).toMatch(/^IFAQ 2016 — calculé : .* Points : 4\.$/);
      const open: Ifaq2016Score = {
        status: 'unknown',
        reason: 'ifaq-outcome-unknown',
        possible: [0, 4],
        provenance: seed,
      };
      expect(en(open)).toMatch(/^IFAQ 2016 — unknown: .* Possible scores: 0, 4\.$/);
      expect(fr(open)).toMatch(/^IFAQ 2016 — inconnu : .* Scores possibles : 0, 4\.$/);
      const none: Ifaq2016Score = { ...open, reason: 'ifaq-not-hopital-numerique', possible: [] };
      expect(en(none)).not.toContain('Possible');
      expect(fr(none)).not.toContain('possibles');
    });
  });
});
