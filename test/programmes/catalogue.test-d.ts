import { describe, expectTypeOf, it } from 'vitest';
import type { Indicator, Programme } from '../../src/programme/index.js';
import {
  type HnDomainCode,
  type HopenDomainCode,
  type HopenPrerequisiteCode,
  hopen,
  hopitalNumerique,
} from '../../src/programmes/index.js';

describe('bundled catalogues are precisely typed', () => {
  it('types domain and prerequisite codes as literals', () => {
    expectTypeOf(hopen.domains[0].code).toEqualTypeOf<'D1'>();
    expectTypeOf(hopen.domains[6].code).toEqualTypeOf<'D7'>();
    expectTypeOf(hopen.prerequisites[3].code).toEqualTypeOf<'P4'>();
    expectTypeOf<(typeof hopen.domains)[number]['code']>().toEqualTypeOf<HopenDomainCode>();
    expectTypeOf<(typeof hopen.prerequisites)[number]['code']>().toEqualTypeOf<HopenPrerequisiteCode>();
    expectTypeOf<(typeof hopitalNumerique.domains)[number]['code']>().toEqualTypeOf<HnDomainCode>();
  });

  it('keeps funding values literal, and indicator lists plain (easy to iterate and extend)', () => {
    expectTypeOf(hopen.funding.envelope.value).toEqualTypeOf<'420000000.00'>();
    expectTypeOf(hopen.domains[1].indicators).toEqualTypeOf<readonly Indicator[]>();
    expectTypeOf(new Set(hopen.domains[1].indicators.map((i) => i.code))).toEqualTypeOf<Set<string>>();
  });

  it('is assignable to the generic Programme type', () => {
    expectTypeOf(hopen).toExtend<Programme<HopenPrerequisiteCode, HopenDomainCode>>();
    expectTypeOf(hopitalNumerique).toExtend<Programme>();
  });

  it('is read-only', () => {
    // @ts-expect-error bundled data is readonly
    hopen.domains[0].code = 'D9';
  });
});
