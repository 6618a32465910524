import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issue as finessIssue } from '../../src/core/messages/finess.js';
import { INPUT_MESSAGES } from '../../src/core/messages/input.js';
import { ISSUE_MESSAGES, issue } from '../../src/core/messages.js';

const dir = join(import.meta.dirname, '../../src/core/messages');
const groups = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'build.ts');

async function table(file: string): Promise<Record<string, unknown>> {
  const module = (await import(join(dir, file))) as Record<string, unknown>;
  const name = Object.keys(module).find((k) => k.endsWith('_MESSAGES'));
  return module[name ?? ''] as Record<string, unknown>;
}

describe('the issue-code registry, one module per group', () => {
  it('assembles every group, and no code is in two groups', async () => {
    const seen = new Map<string, string>();
    for (const file of groups) {
      for (const code of Object.keys(await table(file))) {
        expect(seen.get(code), `${code} in ${file}`).toBeUndefined();
        seen.set(code, file);
      }
    }
    expect(groups.length).toBe(12);
    expect(new Set(Object.keys(ISSUE_MESSAGES))).toEqual(new Set(seen.keys()));
  });

  it('library code imports the issue() of its group, not the whole registry', () => {
    const src = join(import.meta.dirname, '../../src');
    const library = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) =>
        f.endsWith('.ts') &&
        !f.startsWith('node') &&
        f !== join('core', 'messages.ts') &&
        // the published ISSUE_MESSAGES of the main entry: the whole registry is its point
        f !== join('core', 'registry.ts'),
    );
    const whole = library.filter((f) =>
      /from '(\.\.\/)*(\.\/)?(core\/)?messages\.js'/.test(readFileSync(join(src, f), 'utf8')),
    );
    expect(whole).toEqual([]);
  });

  it('builds the same issue from a group as from the whole registry', () => {
    const options = { path: ['finess'], received: '12' } as const;
    const fromGroup = finessIssue('invalid-finess-format', { received: '12' }, options);
    expect(fromGroup).toEqual(issue('invalid-finess-format', { received: '12' }, options));
    expect(fromGroup).toMatchObject({ code: 'invalid-finess-format', severity: 'error', received: '12' });
    expect(fromGroup.message.fr).toContain('« 12 »');
  });

  it("a group's issue() also takes the input group's codes", () => {
    const built = finessIssue('required', {}, { path: ['finess'], severity: 'warning' });
    expect(built).toEqual({
      code: 'required',
      path: ['finess'],
      severity: 'warning',
      message: INPUT_MESSAGES.required(),
    });
  });
});
