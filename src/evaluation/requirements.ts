import type { Activity, ActorLevel } from '../actors/types.js';
import { ACTIVITIES } from '../actors/types.js';
import { type Arguments, atBoundary } from '../core/guards.js';
import type { Label, Provenance } from '../core/label.js';
import type { IndicatorKind, Programme, RequirementKind, Threshold } from '../programme/index.js';
import { isIndicatorApplicable } from '../programme/index.js';
import {
  type CatalogueGap,
  type CompiledProgramme,
  compileProgramme,
  isCompiledProgramme,
  type UnknownThresholdReason,
} from './compile.js';
import type { EvaluatedEstablishment } from './establishment.js';

/**
 * One indicator an establishment must declare, with what a form or a checklist needs.
 *
 * @category Evaluation
 */
export interface RequiredIndicator {
  /** Indicator code. */
  readonly code: string;
  /** Prerequisite or domain it belongs to. */
  readonly requirement: string;
  /** Whether that is a prerequisite or a domain. */
  readonly requirementKind: RequirementKind;
  /** Label. */
  readonly label: Label;
  /** Kind of value to declare. */
  readonly kind: IndicatorKind;
  /** Unit, for display. */
  readonly unit?: string;
  /** For a rate: what the numerator counts. */
  readonly numerator?: Label;
  /** For a rate: what the denominator counts. */
  readonly denominator?: Label;
  /** Level it is declared at (legal entity, site, GHT). */
  readonly level: ActorLevel;
  /** The establishment's activities the indicator applies to (all of them when it applies everywhere). */
  readonly activities: readonly Activity[];
  /** Situations in which "not applicable" may be declared for a period. */
  readonly notApplicableWhen: readonly Label[];
  /** The rule: the threshold to meet (eligibility for a prerequisite, usage target for a domain), or why unknown. */
  readonly rule: KnownRule | UnknownRule;
}

/**
 * A rule whose threshold is known.
 *
 * @category Evaluation
 */
export interface KnownRule {
  /** `eligibility` (prerequisite) or `target` (domain). */
  readonly role: 'eligibility' | 'target';
  /** Discriminant. */
  readonly known: true;
  /** The threshold, with its provenance. */
  readonly threshold: Threshold;
}

/**
 * A rule whose threshold is unknown: palier cannot say which value meets it.
 *
 * @category Evaluation
 */
export interface UnknownRule {
  /** `eligibility` (prerequisite) or `target` (domain). */
  readonly role: 'eligibility' | 'target';
  /** Discriminant. */
  readonly known: false;
  /** Why: unverified, absent, or not comparable with the indicator's kind. */
  readonly reason: UnknownThresholdReason;
  /** Provenance of the indicator (where the gap is documented). */
  readonly provenance: Provenance;
}

/**
 * An indicator that does not concern the establishment.
 *
 * @category Evaluation
 */
export interface NotConcernedIndicator {
  /** Indicator code. */
  readonly code: string;
  /** Its prerequisite or domain. */
  readonly requirement: string;
}

/**
 * A prerequisite or domain the catalogue cannot list fully.
 *
 * @category Evaluation
 */
export interface UncataloguedRequirement {
  /** `P1` … `D7`. */
  readonly code: string;
  /** Prerequisite or domain. */
  readonly kind: RequirementKind;
  /** Why: no indicator listed, fewer than the guide has, or no count saying the list is complete. */
  readonly reason: CatalogueGap;
  /** How many indicators the guide has, when known. */
  readonly indicatorCount?: number;
}

/**
 * What an establishment must declare for a programme.
 *
 * @category Evaluation
 */
export interface RequirementsList {
  /** Indicators to declare, in programme order (prerequisites, then domains). */
  readonly indicators: readonly RequiredIndicator[];
  /** Codes of the indicators to declare, per activity of the establishment. */
  readonly byActivity: Readonly<Partial<Record<Activity, readonly string[]>>>;
  /** Indicators that do not concern the establishment (activities, traits). */
  readonly notConcerned: readonly NotConcernedIndicator[];
  /**
   * Prerequisites and domains the catalogue cannot list fully: no indicator at all, or fewer than the guide
   * has. The establishment must still declare them in oSIS; palier cannot say which values.
   */
  readonly uncatalogued: readonly UncataloguedRequirement[];
}

/**
 * The indicators an establishment must declare (by activity and level), each with its kind, unit and rule — to
 * build an input form or a checklist. Indicators that do not concern it, and requirements the catalogue cannot
 * list fully, are listed apart.
 *
 * @example
 * ```ts
 * const list = declarationRequirements(hopen, { finess: '750712184', activities: ['MCO'] });
 * list.indicators.map((i) => i.code); // ['P2.1', …, 'D2.2', 'D2.5', 'D3.5']
 * ```
 *
 * @category Evaluation
 */
export function declarationRequirements(
  programme: Programme | CompiledProgramme,
  establishment: EvaluatedEstablishment,
): RequirementsList {
  const args: Arguments = { programme: [programme, 'object'], establishment: [establishment, 'object'] };
  return atBoundary('declarationRequirements', args, () => {
    const compiled = isCompiledProgramme(programme) ? programme : compileProgramme(programme);
    const indicators: RequiredIndicator[] = [];
    const notConcerned: NotConcernedIndicator[] = [];
    const uncatalogued: UncataloguedRequirement[] = [];
    const byActivity: Partial<Record<Activity, string[]>> = {};
    for (const req of [...compiled.prerequisites, ...compiled.domains]) {
      if (req.catalogueGap !== undefined) {
        const count = req.requirement.indicatorCount?.value;
        uncatalogued.push({
          code: req.code,
          kind: req.kind,
          reason: req.catalogueGap,
          ...(count !== undefined ? { indicatorCount: count } : {}),
        });
      }
      for (const ci of req.indicators) {
        const indicator = ci.indicator;
        if (!isIndicatorApplicable(indicator, establishment)) {
          notConcerned.push({ code: ci.code, requirement: req.code });
          continue;
        }
        const listed = indicator.applicability?.activities;
        const activities = (establishment.activities ?? ACTIVITIES).filter(
          (a) => listed === undefined || listed.includes(a),
        );
        for (const a of activities) {
          const codes = byActivity[a] ?? [];
          codes.push(ci.code);
          byActivity[a] = codes;
        }
        indicators.push({
          code: ci.code,
          requirement: req.code,
          requirementKind: req.kind,
          label: indicator.label,
          kind: indicator.kind,
          ...(indicator.unit !== undefined ? { unit: indicator.unit } : {}),
          ...(indicator.numerator !== undefined ? { numerator: indicator.numerator } : {}),
          ...(indicator.denominator !== undefined ? { denominator: indicator.denominator } : {}),
          level: indicator.level,
          activities,
          notApplicableWhen: indicator.notApplicableWhen ?? [],
          rule:
            ci.threshold !== undefined
              ? { role: ci.role, known: true, threshold: ci.threshold.source }
              : {
                  role: ci.role,
                  known: false,
                  reason: ci.unknownReason ?? 'threshold-absent',
                  provenance: ci.provenance,
                },
        });
      }
    }
    return { indicators, byActivity, notConcerned, uncatalogued };
  });
}
