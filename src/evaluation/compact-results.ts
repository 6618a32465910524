import type { CompiledProgramme } from './compile.js';
import { LEVEL_OUTCOMES } from './outcome-codes.js';
import type { LevelStatus, ProgrammeRef } from './types.js';

/**
 * The results of a batch of evaluations against one compiled programme, in two byte columns: one outcome code
 * per indicator and one per level, row after row (see `INDICATOR_OUTCOMES` and `LEVEL_OUTCOMES`).
 *
 * Row `r` holds the indicators at `indicators[r × indicatorCount + position]` (positions numbered by
 * `compileProgramme`: prerequisites' indicators, then domains'), and the levels at
 * `levels[r × levelCount + position]` — each requirement at its position, the palier last. Observed values and
 * gaps are not stored: the views derive them from the declared values when asked.
 *
 * @category Evaluation
 */
export class CompactResults {
  /** The programme evaluated against. */
  readonly programme: CompiledProgramme;
  /** Its id and version, shared by every evaluation of the batch. */
  readonly ref: ProgrammeRef;
  /** Indicators per row. */
  readonly indicatorCount: number;
  /** Levels per row: every prerequisite and domain, then the palier. */
  readonly levelCount: number;
  /** Indicator outcome codes, `rows × indicatorCount`. */
  readonly indicators: Uint8Array;
  /** Level outcome codes, `rows × levelCount`. */
  readonly levels: Uint8Array;

  /**
   * Room for `rows` evaluations against `programme`.
   *
   * @example
   * ```ts
   * const results = new CompactResults(compileProgramme(hopen), 3000);
   * ```
   */
  constructor(programme: CompiledProgramme, rows: number) {
    this.programme = programme;
    this.ref = Object.freeze({ id: programme.programme.id, version: programme.programme.version });
    this.indicatorCount = programme.indicatorCount;
    this.levelCount = programme.prerequisites.length + programme.domains.length + 1;
    this.indicators = new Uint8Array(rows * this.indicatorCount);
    this.levels = new Uint8Array(rows * this.levelCount);
  }

  /**
   * The outcome code of the level at `position` in row `row` (the palier is at `levelCount − 1`).
   *
   * @example
   * ```ts
   * LEVEL_OUTCOMES[results.levelCode(0, results.levelCount - 1)]!.status; // the palier of row 0
   * ```
   */
  levelCode(row: number, position: number): number {
    return this.levels[row * this.levelCount + position]!;
  }

  /**
   * The status of the palier in row `row`.
   *
   * @example
   * ```ts
   * results.palierStatus(0); // 'reached' | 'not-reached' | 'unknown'
   * ```
   */
  palierStatus(row: number): LevelStatus {
    return LEVEL_OUTCOMES[this.levelCode(row, this.levelCount - 1)]!.status;
  }
}
