import { describe, expect, it } from 'vitest';
import { parseFiness } from '../../src/actors/finess.js';
import { buildGht } from '../../src/actors/ght.js';
import { exampleData } from '../../src/node/example/index.js';
import { parseEstablishment } from '../../src/schemas/actors.js';
import { parseDeclaration } from '../../src/schemas/declaration.js';

const data = exampleData();

describe('example data', () => {
  it('has a support establishment and eight members of varied status and activity, all marked as examples', () => {
    expect(data.establishments).toHaveLength(9);
    expect(new Set(data.establishments.map((e) => e.status))).toEqual(
      new Set(['public', 'private-non-profit', 'private-for-profit']),
    );
    expect(new Set(data.establishments.flatMap((e) => e.activities))).toEqual(
      new Set(['MCO', 'SSR', 'PSY', 'HAD', 'DIALYSIS']),
    );
    for (const e of data.establishments) {
      expect(e.name).toMatch(/\(exemple\)$/);
      expect(parseFiness(e.finess)).toMatchObject({ ok: true, value: { finess: e.finess } });
      expect(parseEstablishment(e).ok).toBe(true);
    }
  });

  it('forms a valid GHT (public parties, private partners)', () => {
    const r = buildGht(data.ght, {
      entities: data.establishments.map((e) => ({
        finess: e.finess,
        name: e.name,
        status: e.status ?? 'public',
        ...(e.espic ? { espic: true } : {}),
      })),
    });
    expect(r.ok).toBe(true);
  });

  it('labels every override as synthetic example data', () => {
    expect(data.programme.overrides.length).toBeGreaterThan(0);
    for (const o of data.programme.overrides) {
      expect(o.provenance).toEqual({
        source: 'palier example data',
        status: 'override',
        note: 'synthetic, not official',
      });
    }
    expect(data.programme.version).toMatch(/\+example$/);
  });

  it('declares three periods per establishment, every declaration valid for the programme', () => {
    expect(data.declarations).toHaveLength(27);
    for (const d of data.declarations)
      expect(parseDeclaration(d, { programme: data.programme }).ok).toBe(true);
  });
});
