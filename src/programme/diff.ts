import { type Arguments, atBoundary } from '../core/guards.js';
import type { Label } from '../core/label.js';
import { requirementsOf } from './lookups.js';
import type { Comparator, Indicator, Programme, Threshold } from './types.js';

/**
 * An element present in both programmes under the same key whose French label changed.
 *
 * @category Programmes
 */
export interface Renamed<K extends string | number = string> {
  /** Code or number. */
  readonly key: K;
  /** Label in the first programme. */
  readonly from: Label;
  /** Label in the second programme. */
  readonly to: Label;
}

/**
 * What is added, removed and renamed between two lists keyed by code or number.
 *
 * @category Programmes
 */
export interface ListDiff<K extends string | number = string> {
  /** Only in the second programme. */
  readonly added: readonly K[];
  /** Only in the first programme. */
  readonly removed: readonly K[];
  /** In both, with another French label. */
  readonly renamed: readonly Renamed<K>[];
}

/**
 * A threshold as compared: without its provenance.
 *
 * @category Programmes
 */
export interface ThresholdValue {
  /** Direction. */
  readonly comparator: Comparator;
  /** Value. */
  readonly value: number | boolean;
  /** Whether equality meets it. */
  readonly inclusive: boolean;
}

/**
 * An eligibility threshold or usage target that differs (set, unset or changed) for an indicator in both.
 *
 * @category Programmes
 */
export interface ThresholdDiff {
  /** Indicator code. */
  readonly code: string;
  /** Which threshold. */
  readonly role: 'eligibility' | 'target';
  /** For a threshold of the schedule (*cible par période*): the first day of its step; absent for the base. */
  readonly step?: string;
  /** In the first programme; absent when unset there. */
  readonly from?: ThresholdValue;
  /** In the second programme; absent when unset there. */
  readonly to?: ThresholdValue;
}

/**
 * A dated milestone present in both with another date.
 *
 * @category Programmes
 */
export interface MovedMilestone {
  /** Milestone id. */
  readonly id: string;
  /** Date in the first programme. */
  readonly from: string;
  /** Date in the second programme. */
  readonly to: string;
}

/**
 * Differences between two programme definitions (*écarts entre deux versions*).
 *
 * @category Programmes
 */
export interface ProgrammeDiff {
  /** Prerequisites and domains, by code. */
  readonly requirements: ListDiff;
  /** Evaluable indicators, by code. */
  readonly indicators: ListDiff & {
    /** Thresholds and targets set, unset or changed. */
    readonly thresholds: readonly ThresholdDiff[];
  };
  /** Levers (HN axes), by number. */
  readonly levers: ListDiff<number>;
  /** Engagements, by number. */
  readonly engagements: ListDiff<number>;
  /** Milestones, by id. */
  readonly milestones: {
    /** Ids only in the later definition. */
    readonly added: readonly string[];
    /** Ids only in the earlier definition. */
    readonly removed: readonly string[];
    /** Milestones whose date changed. */
    readonly moved: readonly MovedMilestone[];
  };
  /** Funding values that differ, as `[path, from, to]` strings (`funding.envelope`). */
  readonly funding: readonly {
    /** Path of the value (`funding.envelope`). */
    readonly path: string;
    /** Value in the earlier definition (absent when unset). */
    readonly from?: string;
    /** Value in the later definition (absent when unset). */
    readonly to?: string;
  }[];
}

/**
 * Compares two programme definitions: requirements, indicators, levers and engagements added, removed or
 * renamed (French label changed), thresholds set, unset or changed, milestones moved, funding values changed.
 *
 * @example
 * ```ts
 * const d = diffProgrammes(hopitalNumerique, hopen);
 * d.requirements.added; // ['P4', 'D6', 'D7']
 * d.requirements.renamed.map((r) => r.key); // ['P2', 'D2'] (D2 gains the DMP)
 * ```
 *
 * @category Programmes
 */
export function diffProgrammes(a: Programme, b: Programme): ProgrammeDiff {
  const args: Arguments = { a: [a, 'object'], b: [b, 'object'] };
  return atBoundary('diffProgrammes', args, () => {
    const indicatorsA = requirementsOf(a).flatMap((r) => r.indicators);
    const indicatorsB = requirementsOf(b).flatMap((r) => r.indicators);
    const engagements = (p: Programme) => p.actionPlan.levers.flatMap((l) => l.engagements);
    return {
      requirements: diffList(requirementsOf(a), requirementsOf(b), (r) => r.code),
      indicators: {
        ...diffList(indicatorsA, indicatorsB, (i) => i.code),
        thresholds: diffThresholds(indicatorsA, indicatorsB),
      },
      levers: diffList(a.actionPlan.levers, b.actionPlan.levers, (l) => l.number),
      engagements: diffList(engagements(a), engagements(b), (e) => e.number),
      milestones: diffMilestones(a, b),
      funding: diffFunding(a, b),
    };
  });
}

function diffList<T extends { readonly label: Label }, K extends string | number>(
  a: readonly T[],
  b: readonly T[],
  keyOf: (item: T) => K,
): ListDiff<K> {
  const byKey = new Map(a.map((item) => [keyOf(item), item]));
  const keysB = new Set(b.map(keyOf));
  const renamed: Renamed<K>[] = [];
  for (const item of b) {
    const before = byKey.get(keyOf(item));
    if (before !== undefined && before.label.fr !== item.label.fr) {
      renamed.push({ key: keyOf(item), from: before.label, to: item.label });
    }
  }
  return {
    added: b.map(keyOf).filter((key) => !byKey.has(key)),
    removed: a.map(keyOf).filter((key) => !keysB.has(key)),
    renamed,
  };
}

function diffThresholds(a: readonly Indicator[], b: readonly Indicator[]): ThresholdDiff[] {
  const byCode = new Map(a.map((i) => [i.code, i]));
  const out: ThresholdDiff[] = [];
  for (const after of b) {
    const before = byCode.get(after.code);
    if (before === undefined) continue;
    const sources = new Map<string | undefined, [ThresholdSource | undefined, ThresholdSource | undefined]>();
    sources.set(undefined, [before, after]);
    for (const s of before.schedule ?? []) sources.set(s.from, [s, undefined]);
    for (const s of after.schedule ?? []) sources.set(s.from, [sources.get(s.from)?.[0], s]);
    for (const [step, [x, y]] of sources) {
      for (const role of ['eligibility', 'target'] as const) {
        const from = strip(x?.[role]);
        const to = strip(y?.[role]);
        if (sameThreshold(from, to)) continue;
        out.push({
          code: after.code,
          role,
          ...(step !== undefined ? { step } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        });
      }
    }
  }
  return out;
}

type ThresholdSource = Pick<Indicator, 'eligibility' | 'target'>;

function strip(t: Threshold | undefined): ThresholdValue | undefined {
  return t === undefined ? undefined : { comparator: t.comparator, value: t.value, inclusive: t.inclusive };
}

function sameThreshold(a: ThresholdValue | undefined, b: ThresholdValue | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.comparator === b.comparator && a.value === b.value && a.inclusive === b.inclusive;
}

function diffMilestones(a: Programme, b: Programme): ProgrammeDiff['milestones'] {
  const datesA = new Map(a.milestones.map((m) => [m.id, m.date]));
  const idsB = new Set(b.milestones.map((m) => m.id));
  const moved: MovedMilestone[] = [];
  for (const m of b.milestones) {
    const from = datesA.get(m.id);
    if (from !== undefined && from !== m.date) moved.push({ id: m.id, from, to: m.date });
  }
  return {
    added: b.milestones.filter((m) => !datesA.has(m.id)).map((m) => m.id),
    removed: a.milestones.filter((m) => !idsB.has(m.id)).map((m) => m.id),
    moved,
  };
}

function fundingValues(p: Programme): Record<string, string | undefined> {
  const f = p.funding;
  return {
    'funding.envelope': f.envelope?.value,
    'funding.amorcageShare': f.amorcageShare === undefined ? undefined : String(f.amorcageShare.value),
    'funding.forfaitRange.min': f.forfaitRange?.value.min,
    'funding.forfaitRange.max': f.forfaitRange?.value.max,
    'funding.forfaitRange.per': f.forfaitRange?.value.per,
    'funding.bonus.amount': f.bonus?.amount,
    'funding.forfaitGrid': f.forfaitGrid === undefined ? undefined : JSON.stringify(f.forfaitGrid.cells),
  };
}

function diffFunding(a: Programme, b: Programme): ProgrammeDiff['funding'] {
  const before = fundingValues(a);
  const after = fundingValues(b);
  return Object.keys(after)
    .filter((path) => before[path] !== after[path])
    .map((path) => ({
      path,
      ...(before[path] !== undefined ? { from: before[path] } : {}),
      ...(after[path] !== undefined ? { to: after[path] } : {}),
    }));
}
