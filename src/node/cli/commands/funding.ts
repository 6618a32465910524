import type { CommandContext } from '../context.js';
import { say } from '../context.js';
import type { ExitCode } from '../exit-codes.js';
import { usage } from './shared.js';

/** Options of `palier funding`. */
export const FUNDING_OPTIONS = {
  envelope: { type: 'string' },
  format: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
  'input-format': { type: 'string' },
  encoding: { type: 'string' },
  'max-problems': { type: 'string' },
} as const;

/**
 * `palier funding <candidates>`: simulates a regional envelope over candidate establishments.
 *
 * @example
 * ```ts
 * await fundingCommand(ctx);
 * ```
 */
export async function fundingCommand(ctx: CommandContext): Promise<ExitCode> {
  return usage(ctx, 'funding', say(ctx, 'pas encore disponible', 'not available yet'));
}
