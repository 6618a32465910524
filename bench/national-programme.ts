/**
 * The programme of the national benchmarks: HOP'EN with 40 SYNTHETIC indicators added (45 in all), labelled
 * "palier benchmark", synthetic, not official. One definition for `bench/generate-national.ts`, the evaluation
 * benchmark and the national-scale report tests, so they measure the same thing.
 */
import type { NewIndicator, ProgrammeChanges } from '../src/programme/override-changes.js';
import { withOverrides } from '../src/programme/overrides.js';
import type { Programme } from '../src/programme/types.js';
import { hopen } from '../src/programmes/index.js';

/** An indicator added to a requirement of HOP'EN. */
export interface AddedIndicator {
  readonly requirement: string;
  readonly indicator: NewIndicator;
}

/**
 * The 40 synthetic indicators, spread over HOP'EN's prerequisites (yes/no, eligibility « oui ») and domains
 * (rates, targets of 50–94 %).
 */
export function benchmarkIndicators(): AddedIndicator[] {
  const groups = [...hopen.prerequisites, ...hopen.domains].map((r) => r.code);
  const added: AddedIndicator[] = [];
  for (let i = 0; added.length < 40; i++) {
    const requirement = groups[i % groups.length]!;
    const code = `${requirement}.B${Math.floor(i / groups.length) + 1}`;
    const isRate = requirement.startsWith('D');
    added.push({
      requirement,
      indicator: {
        code,
        label: {
          fr: `Indicateur de banc d’essai ${code} (synthétique)`,
          en: `Benchmark indicator ${code} (synthetic)`,
        },
        kind: isRate ? 'rate' : 'yes-no',
        level: 'legal-entity',
        ...(isRate
          ? { target: { comparator: 'at-least', value: 50 + ((i * 7) % 45), inclusive: true } }
          : { eligibility: { comparator: 'equal', value: true, inclusive: true } }),
      },
    });
  }
  return added;
}

/** HOP'EN with {@link benchmarkIndicators}, and `more` changes if given. */
export function benchmarkProgramme(
  more: Partial<Omit<ProgrammeChanges, 'addIndicators' | 'source' | 'note' | 'version'>> = {},
): Programme {
  return withOverrides(hopen, {
    ...more,
    source: 'palier benchmark',
    note: 'synthetic, not official',
    version: `${hopen.version}+bench`,
    addIndicators: benchmarkIndicators(),
  });
}
