import type { Establishment } from '../../actors/types.js';
import type { Label, Lang } from '../../core/label.js';
import { palierStatusOf } from '../../dashboards/levels.js';
import type { CalendarDate } from '../../dates/index.js';
import { RequirementView } from '../../evaluation/evaluation-view.js';
import { INDICATOR_OUTCOMES } from '../../evaluation/outcome-codes.js';
import type { EstablishmentEvaluation, IndicatorStatus } from '../../evaluation/types.js';
import type { Programme } from '../../programme/types.js';
import type { InputProblem } from '../io/problem.js';
import type { ReadSummary } from '../io/read-result.js';
import { EvaluationJsonWriter } from './evaluation-json.js';
import { ghtReach } from './ght-reach.js';
import { COMPACT_ABOVE, renderJson } from './json-out.js';
import { buildReport, type ReportFunding, type RequirementReach } from './model.js';

/**
 * What {@link JsonReportStream} needs besides the evaluations.
 *
 * @category Reports
 */
export interface JsonStreamOptions {
  /** Language of the programme's name. */
  readonly lang: Lang;
  /** Programme applied. */
  readonly programme: Programme;
  /** Evaluation date. */
  readonly asOf: CalendarDate;
  /** Establishments by FINESS (names; GHT membership for the `ghts` section). */
  readonly establishments?: ReadonlyMap<string, Establishment>;
  /** Funding attached to the report (`evaluate --funding`). */
  readonly funding?: ReportFunding;
}

/**
 * The JSON report written while the input is read (`palier evaluate --format json`): evaluations are turned
 * into text as they are made and never held, the summary, reach and GHT sections are counted as they pass and
 * written after them. A report of up to {@link COMPACT_ABOVE} evaluations is held and written indented, exactly
 * as {@link renderJson} writes it (evaluations sorted by FINESS then period); a larger one is compact, its
 * evaluations in input order, and its keys in the order `programme, asOf, evaluations, summary, input,
 * problems, reach, ghts, notes` (the same content as {@link renderJson}'s).
 *
 * @example
 * ```ts
 * const json = new JsonReportStream({ lang: 'fr', programme: hopen, asOf: '2021-12-31' });
 * for (const e of evaluations) { json.add(e); for (const text of json.take()) stream.write(text); }
 * stream.write(json.end(summary, problems, notes));
 * ```
 *
 * @category Reports
 */
export class JsonReportStream {
  private held: EstablishmentEvaluation[] | undefined = [];
  private ready: string[] = [];
  private count = 0;
  private readonly finess = new Set<string>();
  private readonly palier = { reached: 0, notReached: 0, unknown: 0 };
  private readonly indicators: Record<IndicatorStatus, number> = {
    met: 0,
    'not-met': 0,
    'not-applicable': 0,
    missing: 0,
    unknown: 0,
    invalid: 0,
  };
  /** Indicators of evaluations read from compact results, counted by outcome code (added up by status at the end). */
  private readonly outcomes = new Uint32Array(INDICATOR_OUTCOMES.length);
  private readonly reach: Map<string, { reached: number; notReached: number; unknown: number }>;
  private readonly seen = new Set<string>();
  private readonly json = new EvaluationJsonWriter();
  /** Latest evaluation per FINESS, kept only when some establishment carries a GHT. */
  private readonly latest: Map<string, EstablishmentEvaluation> | undefined;

  constructor(private readonly options: JsonStreamOptions) {
    const p = options.programme;
    this.reach = new Map(
      [...p.prerequisites, ...p.domains].map((r) => [r.code, { reached: 0, notReached: 0, unknown: 0 }]),
    );
    const ghts = [...(options.establishments?.values() ?? [])].some(
      (e) => e.ght !== undefined && e.ght !== '',
    );
    this.latest = ghts ? new Map() : undefined;
  }

  /** Counts one evaluation and turns it into text (or holds it, while the report may still be small). */
  add(e: EstablishmentEvaluation): void {
    this.tally(e);
    if (this.held !== undefined) {
      this.held.push(e);
      if (this.held.length <= COMPACT_ABOVE) return;
      const held = this.held;
      this.held = undefined;
      this.ready.push(this.opening());
      held.forEach((h, i) => {
        this.ready.push(this.record(h, i > 0 ? ',' : ''));
      });
      return;
    }
    this.ready.push(this.record(e, ','));
  }

  /**
   * The pieces of text ready to be written since the last call, in order (none while the report is held):
   * handed on as they are, never joined.
   */
  take(): readonly string[] {
    const pieces = this.ready;
    this.ready = [];
    return pieces;
  }

  /** The rest of the report, once every evaluation was added. */
  end(input: ReadSummary | undefined, problems: readonly InputProblem[], notes: readonly Label[]): string {
    const { lang, programme, asOf, establishments, funding } = this.options;
    const ghts =
      this.latest !== undefined && establishments
        ? ghtReach([...this.latest.values()], establishments, asOf)
        : [];
    if (this.held !== undefined) {
      const model = buildReport(this.held, {
        lang,
        programme,
        asOf,
        ...(establishments ? { establishments } : {}),
        ...(input ? { input } : {}),
        ...(funding ? { funding } : {}),
        notes,
        ghts,
      });
      return renderJson(model, problems);
    }
    const indicators = { ...this.indicators };
    INDICATOR_OUTCOMES.forEach((o, code) => {
      indicators[o.status] += this.outcomes[code]!;
    });
    const summary = {
      evaluations: this.count,
      establishments: this.finess.size,
      ...this.palier,
      indicators,
    };
    const reach: RequirementReach[] = [...programme.prerequisites, ...programme.domains].map((req) => ({
      code: req.code,
      kind: req.kind,
      label: req.label,
      ...this.reach.get(req.code)!,
      total: this.count,
    }));
    const tail = JSON.stringify({
      summary,
      ...(input ? { input } : {}),
      problems,
      reach,
      ...(funding ? { funding } : {}),
      ...(ghts.length > 0 ? { ghts } : {}),
      notes,
    });
    return `${this.take().join('')}],${tail.slice(1)}\n`;
  }

  private opening(): string {
    const { lang, programme, asOf } = this.options;
    const head = JSON.stringify({
      programme: { id: programme.id, version: programme.version, name: programme.name[lang] },
      asOf,
    });
    return `${head.slice(0, -1)},"evaluations":[`;
  }

  /** One evaluation as compact JSON after `lead`, the establishment's name first when known. */
  private record(e: EstablishmentEvaluation, lead: string): string {
    return this.json.record(e, this.options.establishments?.get(e.finess)?.name, lead);
  }

  /** Counts the summary and reach as `buildReport` does. */
  private tally(e: EstablishmentEvaluation): void {
    this.count++;
    this.finess.add(e.finess);
    const status = palierStatusOf(e);
    if (status === 'reached') this.palier.reached++;
    else if (status === 'not-reached') this.palier.notReached++;
    else this.palier.unknown++;
    this.seen.clear();
    for (const group of [e.prerequisites, e.domains])
      for (const req of group) {
        if (req instanceof RequirementView)
          for (const ci of req.compiledIndicators) this.outcomes[req.outcomeCode(ci)]!++;
        else for (const ind of req.indicators) this.indicators[ind.status]++;
        const counts = this.reach.get(req.code);
        if (counts === undefined || this.seen.has(req.code)) continue;
        this.seen.add(req.code);
        if (req.status === 'reached') counts.reached++;
        else if (req.status === 'not-reached') counts.notReached++;
        else counts.unknown++;
      }
    if (this.latest !== undefined && e.period.end <= this.options.asOf) {
      const kept = this.latest.get(e.finess);
      if (kept === undefined || e.period.end > kept.period.end) this.latest.set(e.finess, e);
    }
  }
}
