import type { CliStream } from './io.js';

/**
 * A progress bar on standard error, drawn only when it is a terminal and the run is long enough; redrawn at
 * most once per percent, erased when done.
 *
 * @example
 * ```ts
 * const bar = progressBar(process.stderr, 'evaluate');
 * bar(1500, 3000); // [██████████░░░░░░░░░░]  50 % 1500/3000
 * ```
 *
 * @category Command line
 */
export function progressBar(
  stream: CliStream,
  label: string,
  minimum = 1000,
): (done: number, total: number) => void {
  if (stream.isTTY !== true) return () => {};
  let last = -1;
  return (done, total) => {
    if (total < minimum) return;
    if (done >= total) {
      stream.write('\r\u001b[2K');
      return;
    }
    const percent = Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const filled = Math.round(percent / 5);
    stream.write(
      `\r${label} [${'█'.repeat(filled)}${'░'.repeat(20 - filled)}] ${String(percent).padStart(3)} % ${done}/${total}`,
    );
  };
}
