import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiExports, apiPage, ENTRIES } from '../../scripts/api-doc.js';

const root = join(import.meta.dirname, '..', '..');
const api = apiExports();
const page = readFileSync(join(root, 'docs', 'api.md'), 'utf8');

/** The names docs/api.md lists under an entry's heading. */
function listed(specifier: string): string[] {
  const section = page.split(/^## /m).find((s) => s.startsWith(`\`${specifier}\`\n`)) ?? '';
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1] ?? '');
}

describe('docs/api.md', () => {
  it('has a section for every entry of the package', () => {
    const exportsMap = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports as Record<
      string,
      unknown
    >;
    const specifiers = Object.keys(exportsMap)
      .filter((k) => k !== './package.json')
      .map((k) => (k === '.' ? 'palier' : `palier/${k.slice(2)}`));
    expect(ENTRIES.map((e) => e.specifier).sort()).toEqual(specifiers.sort());
  });
  for (const { specifier } of ENTRIES) {
    it(`lists exactly the exports of ${specifier}`, () => {
      expect(listed(specifier)).toEqual((api.get(specifier) ?? []).map((e) => e.name));
    });
  }
  it('is what npm run docs:api writes (summaries up to date)', () => {
    expect(page).toBe(apiPage(api));
  });
  it('keeps the main entry curated: at most about 200 names, no `export *` in an entry', () => {
    expect(api.get('palier')?.length).toBeLessThanOrEqual(189);
    for (const { file } of ENTRIES) expect(readFileSync(join(root, file), 'utf8')).not.toMatch(/^export \*/m);
  });
});
