import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EvaluationInput } from '../../src/evaluation/index.js';
import { compileProgramme, evaluateEstablishment, evaluateGht } from '../../src/evaluation/index.js';
import { hopen } from '../../src/programmes/index.js';
import { smallProgramme } from './programme-builder.js';

/** A fixture: input, and the outcome its file name announces. */
interface Fixture extends Partial<EvaluationInput> {
  description: string;
  programme: 'hopen' | 'small';
  asOf: string;
  members?: EvaluationInput[];
  expected: {
    indicators?: Record<string, Record<string, unknown>>;
    requirements?: Record<string, Record<string, unknown>>;
    palier?: string;
    palierBlockers?: string[];
    diagnostics?: string[];
    ghtPalier?: string;
    ghtBlockers?: string[];
  };
}

const dir = join(import.meta.dirname, 'fixtures');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
const programmes = { hopen: compileProgramme(hopen), small: compileProgramme(smallProgramme()) };

describe('fixtures named by outcome', () => {
  it('there are fixtures to run', () => {
    expect(files.length).toBeGreaterThanOrEqual(9);
  });

  it.each(files)('%s', (file) => {
    const f = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
    const compiled = programmes[f.programme];
    const { expected } = f;
    if (f.members !== undefined) {
      const g = evaluateGht(compiled, f.members, { asOf: f.asOf });
      expect(g.palier.status).toBe(expected.ghtPalier);
      expect(g.palier.blockers).toEqual(expected.ghtBlockers);
      return;
    }
    const e = evaluateEstablishment(compiled, f.establishment!, f.declaration!, { asOf: f.asOf });
    const requirementsByCode = new Map([...e.prerequisites, ...e.domains].map((r) => [r.code, r]));
    const indicatorsByCode = new Map(
      [...requirementsByCode.values()].flatMap((r) => r.indicators.map((i) => [i.code, i])),
    );
    for (const [code, want] of Object.entries(expected.indicators ?? {})) {
      expect(indicatorsByCode.get(code), code).toMatchObject(want);
    }
    for (const [code, want] of Object.entries(expected.requirements ?? {})) {
      expect(requirementsByCode.get(code), code).toMatchObject(want);
    }
    if (expected.palier !== undefined) expect(e.palier.status).toBe(expected.palier);
    if (expected.palierBlockers !== undefined) expect(e.palier.blockers).toEqual(expected.palierBlockers);
    if (expected.diagnostics !== undefined)
      expect(e.diagnostics.map((d) => d.code)).toEqual(expected.diagnostics);
  });
});
