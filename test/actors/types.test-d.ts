import { describe, expectTypeOf, it } from 'vitest';
import { arsOf, buildGht, type Ght, parseFiness, regionOf } from '../../src/actors/index.js';
import type { PalierIssue } from '../../src/core/issue.js';

describe('actor result types', () => {
  it('parseFiness narrows on ok', () => {
    const r = parseFiness('750712184');
    if (r.ok) expectTypeOf(r.value.form).toEqualTypeOf<'full' | 'without-key'>();
    else expectTypeOf(r.issues).toEqualTypeOf<readonly PalierIssue[]>();
  });
  it('lookups and GHT results are Results', () => {
    const a = arsOf({ department: '75' }, '2020-01-01');
    if (a.ok) expectTypeOf(a.value.ars.id).toBeString();
    const g = buildGht({ code: 'X', name: 'x', region: '94', support: '', parties: [] }, { entities: [] });
    if (g.ok) expectTypeOf(g.value).toEqualTypeOf<Ght>();
    else expectTypeOf(g.issues).toEqualTypeOf<readonly PalierIssue[]>();
    const r = regionOf('75', '2020-01-01');
    if (!r.ok) expectTypeOf(r.issues[0]!.message.fr).toBeString();
  });
  it('arsOf needs a tagged query', () => {
    // @ts-expect-error a bare code is ambiguous (department or region)
    arsOf('75', '2020-01-01');
  });
});
