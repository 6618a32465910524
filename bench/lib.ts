/**
 * The benchmark harness: time a baseline and its candidates interleaved, print a table with ratios, and record
 * the figures in `bench/out/<name>.json` for `bench/run.ts` to gather into a report.
 *
 * Honest by construction:
 * - **interleaved**: every round runs each case once (baseline first on even rounds, last on odd rounds), so a
 *   slow phase of a loaded machine weighs on every case alike; a candidate's ratio is the median of its
 *   per-round ratios to the baseline of the same round, not a ratio of medians taken minutes apart;
 * - **results kept**: each case's last result stays referenced until its next run, so the cost of what it
 *   allocates (and of collecting it) is timed and nothing can be optimised away;
 * - **memory**: a case with `retained` has the heap its result holds measured once (after full collections,
 *   `--expose-gc`) and printed per item; a run that returns `{ peakRssMb }` (a child process) has its largest
 *   peak printed.
 *
 * @example
 * const rows = await interleave({ baseline: { name: 'plain loop', run: plain }, cases: [{ name: 'palier', run }] });
 * report('evaluation', 'Evaluation', rows);
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** One case to time: a function and what one run of it processes. */
export interface Case {
  /** What is measured (the row's name). */
  readonly name: string;
  /** One run. Its result is kept until the case's next run; `{ peakRssMb }` reports a child's memory. */
  readonly run: () => unknown;
  /** Work items per run (establishments, rows…), for a throughput column. */
  readonly items?: number;
  /** Unit of the items. */
  readonly unit?: string;
  /** A target in words, e.g. "≤ 3× the baseline". A row without target is shown for information. */
  readonly target?: string;
  /** Measure the heap held by one run's result (bytes per item). */
  readonly retained?: boolean;
}

/** One measured row of a table. */
export interface BenchRow {
  /** What was measured. */
  name: string;
  /** Median time of one run, in milliseconds. */
  ms: number;
  /** Work items per run, for a throughput column. */
  items?: number;
  /** Unit of the items. */
  unit?: string;
  /** Peak RSS in MB (child processes), when measured. */
  memoryMb?: number;
  /** Heap held by one result, in bytes per item, when measured. */
  bytesPerItem?: number;
  /** Name of the row this one is compared with. */
  baseline?: string;
  /** Median of the per-round ratios of this row's time to the baseline's. */
  ratio?: number;
  /** A target in words. */
  target?: string;
  /** Timed rounds behind the medians. */
  rounds?: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32): benchmarks generate the same data every run. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The median of `xs` (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  if (s.length === 0) return Number.NaN;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc;

function collect(): void {
  gc?.();
  gc?.();
}

function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
}

/** What a run's result says about a child process's memory, if anything. */
function peakRssOf(result: unknown): number | undefined {
  const mb = (result as { peakRssMb?: unknown } | null)?.peakRssMb;
  return typeof mb === 'number' ? mb : undefined;
}

/** Times `baseline` and `cases` in interleaved rounds (after `warmup` untimed rounds) and returns their rows. */
export async function interleave(options: {
  baseline: Case;
  cases: readonly Case[];
  rounds?: number;
  warmup?: number;
}): Promise<BenchRow[]> {
  const { baseline, cases, rounds = 11, warmup = 2 } = options;
  const all = [baseline, ...cases];
  const times = all.map(() => [] as number[]);
  const peaks = all.map(() => [] as number[]);
  const kept: unknown[] = all.map(() => undefined);
  for (let round = 0; round < warmup + rounds; round++) {
    const order = round % 2 === 0 ? all.map((_, i) => i) : all.map((_, i) => all.length - 1 - i);
    for (const i of order) {
      const c = all[i] as Case;
      kept[i] = undefined;
      const t0 = performance.now();
      const result = await c.run();
      const ms = performance.now() - t0;
      kept[i] = result;
      if (round < warmup) continue;
      times[i]?.push(ms);
      const peak = peakRssOf(result);
      if (peak !== undefined) peaks[i]?.push(peak);
    }
  }
  kept.fill(undefined);
  const base = times[0] as number[];
  const rows: BenchRow[] = [];
  for (const [i, c] of all.entries()) {
    const own = times[i] as number[];
    const row: BenchRow = { name: c.name, ms: median(own), rounds };
    if (c.items !== undefined) row.items = c.items;
    if (c.unit !== undefined) row.unit = c.unit;
    if (c.target !== undefined) row.target = c.target;
    if (i > 0) {
      row.baseline = baseline.name;
      row.ratio = median(own.map((ms, r) => ms / (base[r] as number)));
    }
    const peak = peaks[i] as number[];
    if (peak.length > 0) row.memoryMb = Math.max(...peak);
    if (c.retained && gc !== undefined) row.bytesPerItem = (await retainedBytes(c)) / (c.items ?? 1);
    rows.push(row);
  }
  return rows;
}

/** Where a measured result stays referenced while its memory is read. */
const held: { result?: unknown } = {};

/** The heap (and external memory: typed arrays) one result of `c` holds, after full collections. */
async function retainedBytes(c: Case): Promise<number> {
  collect();
  const before = heapBytes();
  held.result = await c.run();
  collect();
  const bytes = heapBytes() - before;
  held.result = undefined;
  return bytes;
}

const PROBE = `data:text/javascript,process.on("exit",()=>process.stderr.write("\\nPALIER_MAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))`;

/**
 * Runs `node <args>` in a child process and returns its peak RSS in MB (read by the child at exit), for a
 * {@link Case} to return; throws unless it exits with one of `statuses`.
 */
export function child(args: readonly string[], statuses: readonly number[] = [0]): { peakRssMb: number } {
  const r = spawnSync(process.execPath, ['--import', PROBE, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 28,
  });
  if (!statuses.includes(r.status ?? -1)) throw new Error(`exited ${r.status}: ${r.stderr.slice(-2000)}`);
  const kb = Number(/PALIER_MAXRSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? Number.NaN);
  return { peakRssMb: kb / 1024 };
}

/** The machine the figures were taken on, with its load when the benchmark started. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${load}`;
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

function memory(r: BenchRow): string {
  const parts: string[] = [];
  if (r.memoryMb !== undefined) parts.push(`${fmt(r.memoryMb)} MB peak RSS`);
  if (r.bytesPerItem !== undefined) parts.push(`${fmt(r.bytesPerItem, 0)} B/${r.unit ?? 'item'}`);
  return parts.join(', ');
}

/** Prints a table (throughput, memory, ratio to the baseline) and writes `bench/out/<name>.json`. */
export function report(name: string, title: string, rows: readonly BenchRow[]): void {
  const lines = rows.map((r) => {
    const rate = r.items ? (r.items / r.ms) * 1000 : undefined;
    return {
      case: r.name,
      'median ms': fmt(r.ms, 2),
      throughput: rate !== undefined ? `${fmt(rate, 0)} ${r.unit ?? 'items'}/s` : '',
      memory: memory(r),
      'vs baseline': r.ratio !== undefined ? `${fmt(r.ratio, 2)}×` : '',
      target: r.target ?? '',
    };
  });
  const rounds = Math.max(0, ...rows.map((r) => r.rounds ?? 0));
  const how = rounds > 0 ? `medians of ${rounds} interleaved rounds; ratio = median of per-round ratios` : '';
  console.log(`\n${title}\n${machine()}${how ? `\n${how}` : ''}`);
  console.table(lines);
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify({ name, title, machine: machine(), how, rows: lines }, null, 2)}\n`,
  );
}
