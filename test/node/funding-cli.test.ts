import { describe, expect, it } from 'vitest';
import { run } from './fake-io.js';

const candidate = (id: string, finess: string, forfait: string, amorcage: string) => ({
  id,
  finess,
  status: 'public',
  prerequisites: { status: 'reached', reachedOn: '2020-06-30' },
  domains: [{ domain: 'D2', forfait, amorcage, reachedOn: '2020-09-30' }],
});

const file = JSON.stringify({
  region: '84',
  candidates: [
    candidate('a', '750712184', '300000.00', '60000.00'),
    candidate('b', '330781196', '500000.00', '100000.00'),
  ],
});

describe('palier funding', () => {
  it('simulates a regional envelope with user-supplied forfaits and reports each decision', async () => {
    const r = await run(
      ['funding', 'c.json', '--envelope', '400000.00', '--as-of', '2021-12-31', '--format', 'json'],
      { files: { 'c.json': file } },
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.envelope).toBe('400000.00');
    expect(out.amorcagePool).toBe('80000.00');
    expect(out.decisions).toHaveLength(2);
    expect(out.decisions.filter((d: { selected: boolean }) => d.selected)).toHaveLength(1);
    expect(Object.keys(out.byDomain)).toEqual(['D2']);
  });

  it('needs an envelope, a valid amount and a readable file', async () => {
    expect((await run(['funding', 'c.json'], { files: { 'c.json': file } })).code).toBe(2);
    expect(
      (await run(['funding', 'c.json', '--envelope', 'beaucoup'], { files: { 'c.json': file } })).code,
    ).toBe(2);
    expect((await run(['funding', 'nope.json', '--envelope', '1.00'])).code).toBe(4);
    const bad = await run(['funding', 'c.json', '--envelope', '1.00'], {
      files: { 'c.json': '{"region":"84","candidates":[{"id":1}]}' },
    });
    expect(bad.code).toBe(3);
    expect(bad.stderr).toContain('c.json: candidates[0]');
  });
});
