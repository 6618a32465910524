/**
 * Shared helpers for benchmarks: time a function, print a table with ratios against a baseline, and record the
 * figures in `bench/out/<name>.json` for `bench/run.ts` to gather into docs/performance.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** One measured case. */
export interface BenchRow {
  /** What was measured. */
  name: string;
  /** Median time of one run, in milliseconds. */
  ms: number;
  /** Work items per run (establishments, rows…), for a throughput column. */
  items?: number;
  /** Unit of the items. */
  unit?: string;
  /** Peak heap or RSS growth in MB, when measured. */
  memoryMb?: number;
  /** Name of the row this one is compared with. */
  baseline?: string;
  /** A target in words, e.g. "≥ 100,000 est/s". */
  target?: string;
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

/** Runs `fn` `runs` times after `warmup` runs and returns the median duration in ms. */
export function timeMedian(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** The machine the figures were taken on. */
export function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

function fmt(n: number, digits = 1): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Prints a table (with throughput and ratio to the baseline row) and writes `bench/out/<name>.json`. */
export function report(name: string, title: string, rows: BenchRow[]): void {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const lines = rows.map((r) => {
    const base = r.baseline ? byName.get(r.baseline) : undefined;
    const ratio = base ? r.ms / base.ms : undefined;
    const rate = r.items ? (r.items / r.ms) * 1000 : undefined;
    return {
      case: r.name,
      'median ms': fmt(r.ms, 2),
      throughput: rate !== undefined ? `${fmt(rate, 0)} ${r.unit ?? 'items'}/s` : '',
      memory: r.memoryMb !== undefined ? `${fmt(r.memoryMb)} MB` : '',
      'vs baseline': ratio !== undefined ? `${fmt(ratio, 2)}×` : '',
      target: r.target ?? '',
    };
  });
  console.log(`\n${title}\n${machine()}`);
  console.table(lines);
  const dir = join(import.meta.dirname, 'out');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify({ name, title, machine: machine(), rows: lines }, null, 2)}\n`,
  );
}
