import type { Label } from '../../core/label.js';
import type { CompiledIndicator } from '../../evaluation/compile.js';
import { EvaluationView, type RequirementView } from '../../evaluation/evaluation-view.js';
import { gapFor, observedFor } from '../../evaluation/indicator-record.js';
import { INDICATOR_OUTCOMES } from '../../evaluation/outcome-codes.js';
import type { EstablishmentEvaluation, ProgrammeRef } from '../../evaluation/types.js';

/** The parts of an indicator's record that come from the compiled indicator alone (and its outcome). */
interface IndicatorText {
  /** `{"code":…,"kind":…,` */
  readonly head: string;
  /** `{"code":…,"kind":…,"status":…,"reason":…,` by outcome code (filled as met). */
  readonly starts: string[];
  /** `"expected":{…},`, or nothing without a threshold. */
  readonly expected: string;
  /** `"path":[…],"provenance":{…}}` */
  readonly tail: string;
  /** The end of a record without a gap: `expected`, then `tail`. */
  readonly endWithoutGap: string;
}

/** The opening of a requirement's record, and what it was written from. */
interface RequirementText {
  readonly kind: string;
  readonly label: Label;
  /** `{"code":…,"kind":…,"label":{…},` */
  readonly head: string;
}

/**
 * Writes evaluations as compact JSON, one record each: exactly the text of `JSON.stringify(evaluation)` with the
 * establishment's name first when known (`{"name":…,"finess":…}`, as `{ name, ...plainEvaluation(e) }`) — what
 * `palier evaluate --format json` streams. An evaluation read from compact results is written from its columns
 * in the record's key order, its indicator records never built; the parts that repeat (an indicator's code,
 * threshold, path and provenance; a requirement's label; status and reason pairs) are written once per report.
 * Any other evaluation is written by `JSON.stringify`.
 *
 * @example
 * ```ts
 * const json = new EvaluationJsonWriter();
 * stream.write(json.record(evaluation, 'CH Exemple')); // '{"name":"CH Exemple","finess":…}'
 * ```
 */
export class EvaluationJsonWriter {
  readonly #indicators = new WeakMap<CompiledIndicator, IndicatorText>();
  readonly #requirements = new Map<string, RequirementText>();
  /** `"status":…,"reason":…,` by indicator outcome code. */
  readonly #indicatorOutcomes: string[] = [];
  /** `"status":…,"reason":…,` by level reason. */
  readonly #levelOutcomes = new Map<string, string>();
  #programme: { ref: ProgrammeRef; text: string } | undefined;

  /**
   * One evaluation as compact JSON, `name` first when given, after `lead` (a separator: `,` between the records
   * of a list — one piece of text to write instead of two).
   *
   * @example
   * ```ts
   * JSON.parse(new EvaluationJsonWriter().record(e)).finess === e.finess; // true
   * ```
   */
  record(e: EstablishmentEvaluation, name?: string, lead = ''): string {
    if (!(e instanceof EvaluationView)) {
      const evaluation = JSON.stringify(e);
      if (name === undefined) return `${lead}${evaluation}`;
      const head = `${lead}{"name":${JSON.stringify(name)}`;
      return evaluation === '{}' ? `${head}}` : `${head},${evaluation.slice(1)}`;
    }
    const head = name === undefined ? `${lead}{` : `${lead}{"name":${JSON.stringify(name)},`;
    const prerequisites = this.#requirementList(e.prerequisites);
    const domains = this.#requirementList(e.domains);
    return (
      `${head}"finess":${JSON.stringify(e.finess)},"programme":${this.#programmeText(e.programme)},` +
      `"period":${JSON.stringify(e.period)},"asOf":${JSON.stringify(e.asOf)},` +
      `"prerequisites":[${prerequisites}],"domains":[${domains}],` +
      `"palier":${JSON.stringify(e.palier)},"diagnostics":${JSON.stringify(e.diagnostics)}}`
    );
  }

  #requirementList(list: readonly RequirementView[]): string {
    let text = '';
    for (let i = 0; i < list.length; i++)
      text += i > 0 ? `,${this.#requirement(list[i]!)}` : this.#requirement(list[i]!);
    return text;
  }

  /** A requirement's record: `{ code, kind, label, status, reason, indicators, blockers }`. */
  #requirement(req: RequirementView): string {
    let text = `${this.#requirementHead(req)}${this.#levelOutcome(req.status, req.reason)}"indicators":[`;
    const list = req.compiledIndicators;
    for (let i = 0; i < list.length; i++) {
      const ci = list[i]!;
      const code = req.outcomeCode(ci);
      const { status } = INDICATOR_OUTCOMES[code]!;
      const declared = req.declaredValue(ci);
      const fixed = this.#indicator(ci);
      if (i > 0) text += ',';
      text += fixed.starts[code] ?? this.#start(fixed, code);
      const observed = observedFor(status, declared);
      if (observed !== undefined) text += `"observed":${jsonScalar(observed)},`;
      if (declared !== undefined) text += `"declared":${JSON.stringify(declared)},`;
      const gap = gapFor(ci, status, declared);
      // what does not change from record to record is joined beforehand
      text +=
        gap === undefined
          ? fixed.endWithoutGap
          : `${fixed.expected}"gap":${JSON.stringify(gap)},${fixed.tail}`;
    }
    return `${text}],"blockers":${JSON.stringify(req.blockers)}}`;
  }

  #indicator(ci: CompiledIndicator): IndicatorText {
    let text = this.#indicators.get(ci);
    if (text === undefined) {
      const head = JSON.stringify({ code: ci.code, kind: ci.kind });
      const expected = ci.threshold?.expected;
      const expectedText = expected === undefined ? '' : `"expected":${JSON.stringify(expected)},`;
      const tail = JSON.stringify({ path: ci.path, provenance: ci.provenance }).slice(1);
      text = {
        head: `${head.slice(0, -1)},`,
        starts: [],
        expected: expectedText,
        tail,
        endWithoutGap: `${expectedText}${tail}`,
      };
      this.#indicators.set(ci, text);
    }
    return text;
  }

  /** The opening of an indicator's record with outcome `code`, remembered in `text`. */
  #start(text: IndicatorText, code: number): string {
    const start = `${text.head}${this.#indicatorOutcome(code)}`;
    text.starts[code] = start;
    return start;
  }

  #requirementHead(req: RequirementView): string {
    const known = this.#requirements.get(req.code);
    if (known !== undefined && known.kind === req.kind && known.label === req.label) return known.head;
    const head = JSON.stringify({ code: req.code, kind: req.kind, label: req.label });
    const text = { kind: req.kind, label: req.label, head: `${head.slice(0, -1)},` };
    this.#requirements.set(req.code, text);
    return text.head;
  }

  #indicatorOutcome(code: number): string {
    let text = this.#indicatorOutcomes[code];
    if (text === undefined) {
      text = statusAndReason(INDICATOR_OUTCOMES[code]!);
      this.#indicatorOutcomes[code] = text;
    }
    return text;
  }

  /** A level's status and reason (every reason belongs to one status: the reason alone identifies them). */
  #levelOutcome(status: string, reason: string): string {
    let text = this.#levelOutcomes.get(reason);
    if (text === undefined) {
      text = statusAndReason({ status, reason });
      this.#levelOutcomes.set(reason, text);
    }
    return text;
  }

  #programmeText(ref: ProgrammeRef): string {
    if (this.#programme?.ref !== ref) this.#programme = { ref, text: JSON.stringify(ref) };
    return this.#programme.text;
  }
}

/** `"status":…,"reason":…,` */
function statusAndReason(o: { readonly status: string; readonly reason: string }): string {
  return `"status":${JSON.stringify(o.status)},"reason":${JSON.stringify(o.reason)},`;
}

/** A number or a boolean as `JSON.stringify` writes it (`null` for a number that is not finite). */
function jsonScalar(value: number | boolean): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return Number.isFinite(value) ? String(value) : 'null';
}
