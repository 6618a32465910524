import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROGRAMMES_DOC_PATH, renderProgrammesDoc } from '../../scripts/generate-programmes-doc.js';

describe('docs/programmes.md', () => {
  const rendered = renderProgrammesDoc();

  it('is the generator output (run `npx tsx scripts/generate-programmes-doc.ts` when this fails)', () => {
    expect(readFileSync(PROGRAMMES_DOC_PATH, 'utf8')).toBe(rendered);
  });

  it('covers both catalogues, their unverified facts and the mapping', () => {
    expect(rendered).toContain("## HOP'EN — Hôpital numérique ouvert sur son environnement");
    expect(rendered).toContain('## Hôpital numérique');
    expect(rendered).toContain('`funding.bonus.amount`');
    expect(rendered).toContain('| D2.2 | D2 |');
    expect(rendered).toContain('≥ 98 %');
    expect(rendered).toContain("## From Hôpital numérique to HOP'EN");
  });

  it('escapes table separators in cells', () => {
    for (const line of rendered.split('\n').filter((l) => l.startsWith('| P2.1 |'))) {
      expect(line.split(/(?<!\\)\|/).length).toBe(10);
    }
  });
});
