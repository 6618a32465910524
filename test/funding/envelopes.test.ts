import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { REGIONS as REGIONS_SINCE_2016 } from '../../src/actors/index.js';
import { commitAmorcage, splitNationalEnvelope, splitRegionalEnvelope } from '../../src/funding/index.js';
import { compareMoney, fromCents, money, percentOf, sumMoney, toCents } from '../../src/money/index.js';

/** The 18 regions since 2016 (their list is checked in test/actors/regions.test.ts). */
const REGIONS = REGIONS_SINCE_2016.map((r) => r.code);

describe('splitNationalEnvelope', () => {
  it('splits 420 M€ over the 18 regions exactly, Corsica and overseas included', () => {
    const r = splitNationalEnvelope(
      '420000000.00',
      REGIONS.map((region, i) => ({ region, weight: ((i * 37) % 11) + 1 })),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((e) => e.region)).toEqual(REGIONS);
    expect(String(sumMoney(r.value.map((e) => money(e.amount))))).toBe('420000000.00');
  });

  it('splits 100.00 € in three regions as 33.34 / 33.33 / 33.33', () => {
    const r = splitNationalEnvelope(
      '100.00',
      ['84', '93', '94'].map((region) => ({ region, weight: 1 })),
    );
    expect(r.ok && r.value.map((e) => e.amount)).toEqual(['33.34', '33.33', '33.33']);
  });

  it('refuses duplicate regions, negative weights and bad totals with paths', () => {
    const dup = splitNationalEnvelope('1.00', [
      { region: '84', weight: 1 },
      { region: '84', weight: 1 },
    ]);
    expect(dup.issues.map((i) => [i.code, i.path])).toEqual([['duplicate-region', ['weights', 1, 'region']]]);
    const neg = splitNationalEnvelope('1.00', [
      { region: '84', weight: 1 },
      { region: '93', weight: -1 },
    ]);
    expect(neg.issues.map((i) => [i.code, i.path])).toEqual([['negative-weight', ['weights', 1, 'weight']]]);
    expect(splitNationalEnvelope('-5', [{ region: '84', weight: 1 }]).issues[0]?.code).toBe('negative-money');
    expect(splitNationalEnvelope('1.00', [{ region: '84', weight: 0 }]).issues[0]?.path).toEqual(['weights']);
  });
});

describe('splitRegionalEnvelope', () => {
  it('takes the amorçage share rounded down and leaves the rest for usage', () => {
    const r = splitRegionalEnvelope('1000.05', {
      value: 20,
      provenance: { source: 'seed:003', status: 'seed' },
    });
    expect(r.ok && r.value).toMatchObject({
      amorcage: '200.01',
      usage: '800.04',
      rounding: 'down',
      amorcageShare: 20,
    });
    expect(r.ok && r.value.provenance?.source).toBe('seed:003');
  });

  it('handles an empty envelope and the share boundaries', () => {
    expect(splitRegionalEnvelope('0', 20).ok).toBe(true);
    expect(splitRegionalEnvelope('10.00', 0)).toMatchObject({ value: { amorcage: '0.00', usage: '10.00' } });
    expect(splitRegionalEnvelope('10.00', 100)).toMatchObject({
      value: { amorcage: '10.00', usage: '0.00' },
    });
    expect(splitRegionalEnvelope('10.00', 100.01).issues[0]?.code).toBe('invalid-share');
    expect(splitRegionalEnvelope('10.00', -1).issues[0]?.code).toBe('invalid-share');
  });

  test.prop([fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 100 })])(
    'pools sum exactly to the envelope, amorçage never above its share, nothing negative',
    (cents, share) => {
      const r = splitRegionalEnvelope(String(fromCents(cents)), share);
      if (!r.ok) throw new Error('refused');
      const a = money(r.value.amorcage);
      const u = money(r.value.usage);
      expect(toCents(a) + toCents(u)).toBe(cents);
      expect(toCents(a) >= 0n && toCents(u) >= 0n).toBe(true);
      expect(toCents(a) * 100n <= cents * BigInt(share)).toBe(true);
      expect(compareMoney(a, percentOf(fromCents(cents), share, 'down'))).toBe(0);
    },
  );
});

describe('commitAmorcage', () => {
  it('accepts decisions within the pool and reports what remains', () => {
    const r = commitAmorcage('200.00', [
      { id: 'a', amount: '150' },
      { id: 'b', amount: '50.00' },
    ]);
    expect(r.ok && r.value).toMatchObject({
      committed: '200.00',
      remaining: '0.00',
      decisions: [{ amount: '150.00' }, {}],
    });
  });

  it('refuses to exceed the pool and states the excess', () => {
    const r = commitAmorcage('200.00', [
      { id: 'a', amount: '150.00' },
      { id: 'b', amount: '50.01' },
    ]);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'amorcage-pool-exceeded',
      expected: '≤ 200.00',
      received: '200.01',
    });
    expect(r.issues[0]?.message.en).toContain('by 0.01 €');
    expect(r.issues[0]?.message.fr).toContain('de 0.01 €');
  });

  it('refuses negative amounts and duplicate ids; an empty list commits nothing', () => {
    expect(commitAmorcage('1.00', [{ id: 'a', amount: '-1.00' }]).issues[0]?.path).toEqual([
      'decisions',
      0,
      'amount',
    ]);
    expect(
      commitAmorcage('9.00', [
        { id: 'a', amount: '1' },
        { id: 'a', amount: '1' },
      ]).issues[0]?.code,
    ).toBe('duplicate-decision');
    expect(commitAmorcage('9.00', [])).toMatchObject({
      ok: true,
      value: { committed: '0.00', remaining: '9.00' },
    });
  });

  test.prop([
    fc.bigInt({ min: 0n, max: 10n ** 9n }),
    fc.array(fc.bigInt({ min: 0n, max: 10n ** 8n }), { maxLength: 20 }),
  ])('never accepts more than the pool', (pool, amounts) => {
    const r = commitAmorcage(
      String(fromCents(pool)),
      amounts.map((c, i) => ({ id: String(i), amount: String(fromCents(c)) })),
    );
    const total = amounts.reduce((a, b) => a + b, 0n);
    expect(r.ok).toBe(total <= pool);
    if (r.ok) expect(toCents(money(r.value.remaining))).toBe(pool - total);
  });
});

describe('cases found by mutation testing', () => {
  it('splitNationalEnvelope: a refusal is not ok, names the duplicate region in both languages, and the bad total', () => {
    const dup = splitNationalEnvelope('1.00', [
      { region: '84', weight: 1 },
      { region: '84', weight: 1 },
    ]);
    expect(dup.ok).toBe(false);
    expect(dup.issues[0]).toMatchObject({ code: 'duplicate-region', received: '84', severity: 'error' });
    expect(dup.issues[0]?.message.fr).toBe('Région en double : 84.');
    expect(dup.issues[0]?.message.en).toBe('Duplicate region: 84.');
    const badTotal = splitNationalEnvelope('abc', [{ region: '84', weight: 1 }]);
    expect(badTotal.ok).toBe(false);
    expect(badTotal.issues.map((i) => i.path)).toEqual([['national']]);
    const zero = splitNationalEnvelope('1.00', [{ region: '84', weight: 0 }]);
    expect(zero.ok).toBe(false);
    expect(zero.issues.map((i) => i.code)).toEqual(['zero-weights']);
  });

  it('splitRegionalEnvelope: refusals are not ok, with the path of the bad envelope and the share it got', () => {
    const badEnvelope = splitRegionalEnvelope('1,00', 20);
    expect(badEnvelope.ok).toBe(false);
    expect(badEnvelope.issues.map((i) => i.path)).toEqual([['envelope']]);
    const badShare = splitRegionalEnvelope('10.00', 100.01);
    expect(badShare.ok).toBe(false);
    expect(badShare.issues[0]).toMatchObject({
      code: 'invalid-share',
      path: ['share'],
      expected: '0 ≤ share ≤ 100',
      received: '100.01',
    });
    expect(badShare.issues[0]?.message.fr).toBe("Part d'amorçage hors de 0–100 % : 100.01.");
    expect(badShare.issues[0]?.message.en).toBe('Amorçage share outside 0–100 %: 100.01.');
    expect(splitRegionalEnvelope('10.00', Number.NaN).issues[0]?.code).toBe('invalid-share');
    // a share given as a plain number carries no provenance; a sourced one keeps its own
    expect(splitRegionalEnvelope('10.00', 20)).toMatchObject({ ok: true, value: { rounding: 'down' } });
    const plain = splitRegionalEnvelope('10.00', 20);
    expect(plain.ok && 'provenance' in plain.value).toBe(false);
  });

  it('commitAmorcage: a duplicate id is refused with its path and the id named in both languages', () => {
    const r = commitAmorcage('10.00', [
      { id: 'a', amount: '1.00' },
      { id: 'a', amount: '2.00' },
    ]);
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'duplicate-decision', path: ['decisions', 1, 'id'] });
    expect(r.issues[0]?.message.fr).toBe('Décision en double : a.');
    expect(r.issues[0]?.message.en).toBe('Duplicate decision: a.');
    const badPool = commitAmorcage('x', []);
    expect(badPool.ok).toBe(false);
    expect(badPool.issues.map((i) => i.path)).toEqual([['pool']]);
  });

  it('refuses an unreadable list with a PalierError naming the function', () => {
    const named = (fn: string) => expect.objectContaining({ code: 'invalid-argument', function: fn });
    expect(() => splitNationalEnvelope('1.00', null as never)).toThrow(named('splitNationalEnvelope'));
    expect(() => splitRegionalEnvelope('1.00', null as never)).toThrow(named('splitRegionalEnvelope'));
    expect(() => commitAmorcage('1.00', null as never)).toThrow(named('commitAmorcage'));
  });
});
