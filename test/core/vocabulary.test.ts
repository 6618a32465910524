import { describe, expect, it } from 'vitest';
import { term, VOCABULARY } from '../../src/core/vocabulary.js';
import { explain } from '../../src/evaluation/explain.js';
import type { IndicatorResult } from '../../src/evaluation/types.js';
import { INDICATOR_STATUS_LABELS, LEVEL_STATUS_LABELS } from '../../src/node/report/labels.js';

describe('one vocabulary for explanations and reports', () => {
  it('reports take every status word from VOCABULARY', () => {
    for (const [status, label] of Object.entries(INDICATOR_STATUS_LABELS))
      expect(label).toEqual(VOCABULARY[status as keyof typeof VOCABULARY]);
    for (const [status, label] of Object.entries(LEVEL_STATUS_LABELS))
      expect(label).toEqual(VOCABULARY[status as keyof typeof VOCABULARY]);
  });
  it('explain says "sans objet" and "non déclaré", like the reports', () => {
    const na: IndicatorResult = { code: 'D3.5', status: 'not-applicable', reason: 'r', path: [] };
    const missing: IndicatorResult = { code: 'P1.3', status: 'missing', reason: 'r', path: [] };
    expect(explain(na, { lang: 'fr' })).toContain(`— ${term('not-applicable', 'fr')} :`);
    expect(explain(na, { lang: 'fr' })).toContain('sans objet');
    expect(explain(missing, { lang: 'fr' })).toContain(INDICATOR_STATUS_LABELS.missing.fr);
    expect(INDICATOR_STATUS_LABELS['not-applicable'].fr).toBe('sans objet');
  });
});
