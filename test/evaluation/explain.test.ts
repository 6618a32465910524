import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileProgramme,
  evaluateEstablishment,
  evaluateGht,
  explain,
  ifaq2016Score,
  isReasonCode,
  REASONS,
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
});
