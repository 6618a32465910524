import { describe, expectTypeOf, it } from 'vitest';
import type {
  FieldChange,
  ItemTracking,
  PlanActor,
  PlanTracking,
  Progress,
  TrackingStatus,
} from '../../src/action-plan/index.js';
import type { Result } from '../../src/core/result.js';
import { parsePlanTracking } from '../../src/schemas/action-plan.js';

describe('action plan types', () => {
  it('accepts known actor codes and free text', () => {
    expectTypeOf<'DGOS'>().toExtend<PlanActor>();
    expectTypeOf<'ARS Bretagne'>().toExtend<PlanActor>();
  });

  it('narrows a field change by its field', () => {
    const change = {} as FieldChange;
    if (change.field === 'status') expectTypeOf(change.to).toEqualTypeOf<TrackingStatus | undefined>();
    if (change.field === 'evidence') expectTypeOf(change.from).toEqualTypeOf<ItemTracking['evidence']>();
  });

  it('has a nullable share and a typed parse result', () => {
    expectTypeOf<Progress['shareDone']>().toEqualTypeOf<number | null>();
    expectTypeOf(parsePlanTracking).returns.toEqualTypeOf<Result<PlanTracking>>();
  });

  it('rejects an unknown status', () => {
    // @ts-expect-error — not a status
    const bad: TrackingStatus = 'started';
    expectTypeOf(bad).toBeString();
  });
});
