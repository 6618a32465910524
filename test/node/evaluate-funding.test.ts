import { describe, expect, it } from 'vitest';
import { formatMoney } from '../../src/node/report/labels.js';
import { run } from './fake-io.js';

const candidate = (id: string, finess: string, forfait: string, amorcage: string) => ({
  id,
  finess,
  status: 'public',
  prerequisites: { status: 'reached', reachedOn: '2020-06-30' },
  domains: [{ domain: 'D2', forfait, amorcage, reachedOn: '2020-09-30' }],
});

const candidates = (region = '84', extra: unknown[] = []) =>
  JSON.stringify({
    region,
    candidates: [
      candidate('a', '750712184', '300000.00', '60000.00'),
      candidate('b', '330781196', '500000.00', '100000.00'),
      ...extra,
    ],
  });

async function exampleFiles(): Promise<Record<string, string>> {
  return Object.fromEntries((await run(['demo', '--export', 'ex'])).files);
}
const EX = [
  'ex/declarations.csv',
  '--establishments',
  'ex/establishments.csv',
  '--programme',
  'ex/programme.json',
  '--as-of',
  '2022-01-31',
];
const FUNDING = ['--funding', 'c.json', '--envelope', '400000.00'];

async function evaluate(args: string[], file = candidates()) {
  return run(['evaluate', ...EX, ...args], { files: { ...(await exampleFiles()), 'c.json': file } });
}

describe('palier evaluate --funding', () => {
  it('attaches the same simulation as palier funding to the JSON report', async () => {
    const files = { ...(await exampleFiles()), 'c.json': candidates() };
    const alone = await run(
      ['funding', 'c.json', '--envelope', '400000.00', '--as-of', '2022-01-31', '--format', 'json'],
      { files },
    );
    expect(alone.code).toBe(0);
    const simulated = JSON.parse(alone.stdout);
    const r = await evaluate([...FUNDING, '--format', 'json']);
    expect(r.code).toBe(0);
    const { funding } = JSON.parse(r.stdout);
    expect(funding.byDomain).toEqual(
      Object.entries(simulated.byDomain).map(([domain, amount]) => ({ domain, amount })),
    );
    expect(funding.byDomain).toEqual([{ domain: 'D2', amount: '300000.00' }]);
    expect(funding.total).toBe('300000.00');
    const amounts = funding.figures.map((f: { amount: string }) => f.amount);
    expect(amounts).toEqual([
      simulated.envelope,
      simulated.amorcagePool,
      simulated.usagePool,
      simulated.committed,
      simulated.paid,
      simulated.remaining,
    ]);
    expect(amounts[0]).toBe('400000.00');
  });

  it('writes the funding into a compact (streamed) JSON report too', async () => {
    const rows = ['finess,period_start,period_end,indicator,value,numerator,denominator,na_reason'];
    for (let i = 0; i < 520; i++) {
      const day = new Date(Date.UTC(2019, 0, 1 + Math.floor(i / 2))).toISOString().slice(0, 10);
      rows.push(`${i % 2 === 0 ? '750712184' : '330781196'},${day},${day},D2.2,,950,1000,`);
    }
    const r = await run(
      ['evaluate', 'd.csv', ...FUNDING, '--as-of', '2022-01-31', '--format', 'json', '--lang', 'en'],
      { files: { 'd.csv': rows.join('\n'), 'c.json': candidates() } },
    );
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.evaluations).toHaveLength(520);
    expect(report.funding.byDomain).toEqual([{ domain: 'D2', amount: '300000.00' }]);
    expect(report.funding.figures[0]).toEqual({
      label: { fr: 'Enveloppe', en: 'Envelope' },
      amount: '400000.00',
    });
  });

  it('shows the funding section in the HTML overview, in French', async () => {
    const r = await evaluate([...FUNDING, '--format', 'html', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<table id="t-funding"><caption>Forfaits retenus par domaine</caption>');
    expect(r.stdout).toContain('<caption>Programmation régionale simulée</caption>');
    expect(r.stdout).toContain(
      `<th scope="row">Enveloppe</th><td class="num" data-amount="400000.00">${formatMoney('400000.00', 'fr')}</td>`,
    );
    expect(r.stdout).toContain('Versé au 31 janvier 2022');
    expect(r.stdout).toContain('href="#funding"');
    expect(r.stdout).toContain('candidats lus : 2');
    // the published funds' share by domain now has a computed figure beside it: D2 takes all the funds here
    const d2 = /<tr><th scope="row">[^<]*domaine D2<\/th>(.*?)<\/tr>/.exec(r.stdout)?.[1] ?? '';
    expect(d2.replace(/<[^>]+>/g, '|')).toMatch(/\|100\s%\|/);
  });

  it('writes a short funding summary in Markdown and the terminal table, in both languages', async () => {
    const md = await evaluate([...FUNDING, '--format', 'md', '--lang', 'en']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Funding by domain');
    expect(md.stdout).toContain(`| Envelope | ${formatMoney('400000.00', 'en')} |`);
    expect(md.stdout).toContain(`| **Total** | **${formatMoney('300000.00', 'en')}** |`);
    expect(md.stdout).toContain('Simulated regional programming of region 84 as of 31 January 2022');
    const table = await evaluate([...FUNDING, '--lang', 'fr']);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Financement par domaine');
    expect(table.stdout).toMatch(new RegExp(`Reste +${formatMoney('100000.00', 'fr')}`));
    expect(table.stdout).toContain('les plus avancés d’abord');
  });

  it('follows --order as palier funding does', async () => {
    const first = await evaluate([...FUNDING, '--order', 'input-order', '--format', 'json']);
    const ready = await evaluate([...FUNDING, '--format', 'json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).funding.note.en).toContain('in file order');
    expect(JSON.parse(ready.stdout).funding.note.en).toContain('readiness first');
  });

  it('keeps the valid candidates, reports the invalid ones where they are, and exits 3', async () => {
    const r = await evaluate(
      [...FUNDING, '--format', 'json', '--lang', 'en'],
      candidates('84', [{ ...candidate('c', '750712184', 'beaucoup', '1.00') }]),
    );
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('c.json: candidates[2].domains[0].forfait');
    const { funding } = JSON.parse(r.stdout);
    expect(funding.total).toBe('300000.00');
    expect(funding.note.en).toContain('candidates read: 3, rejected: 1');
  });

  it('stops before evaluating when the funding file is not a candidates file, saying why in the language', async () => {
    const notJson = await evaluate([...FUNDING, '--lang', 'fr'], '{"region": "84", ');
    expect(notJson.code).toBe(3);
    expect(notJson.stdout).toBe('');
    expect(notJson.stderr).toContain('c.json');
    const shape = await evaluate([...FUNDING, '--lang', 'en'], '{"region":"84","candidates":{}}');
    expect(shape.code).toBe(3);
    expect(shape.stdout).toBe('');
    expect(shape.stderr).toContain('c.json: candidates');
    const missing = await run(['evaluate', ...EX, '--funding', 'absent.json'], {
      files: await exampleFiles(),
    });
    expect(missing.code).toBe(4);
    expect(missing.stdout).toBe('');
    const noEnvelope = await evaluate(['--funding', 'c.json', '--lang', 'fr']);
    expect(noEnvelope.code).toBe(2);
    expect(noEnvelope.stderr).toContain('enveloppe inconnue');
    const noEnvelopeEn = await evaluate(['--funding', 'c.json', '--lang', 'en']);
    expect(noEnvelopeEn.stderr).toContain('unknown envelope');
  });

  it('escapes a hostile candidates file in every format', async () => {
    const hostile = candidates('<img src=x onerror=alert(1)>\u001b[31m|**x**');
    const html = await evaluate([...FUNDING, '--format', 'html'], hostile);
    expect(html.code).toBe(0);
    expect(html.stdout).not.toContain('<img');
    expect(html.stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html.stdout).not.toContain('\u001b');
    const table = await evaluate(FUNDING, hostile);
    expect(table.stdout).not.toContain('\u001b');
    const md = await evaluate([...FUNDING, '--format', 'md'], hostile);
    expect(md.stdout).not.toContain('|**x**');
  });

  it('refuses funding options it would drop: --envelope or --order alone, --group-by, CSV', async () => {
    for (const args of [
      ['--envelope', '400000.00'],
      ['--order', 'input-order'],
      [...FUNDING, '--group-by', 'region'],
      [...FUNDING, '--format', 'csv'],
      [...FUNDING, '--order', 'random'],
      ['--funding', 'c.json', '--envelope', '12 M'],
    ]) {
      const r = await evaluate([...args, '--lang', 'en']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/palier evaluate: .*(--envelope|--order|--funding)/);
    }
    const fr = await evaluate(['--envelope', '400000.00', '--lang', 'fr']);
    expect(fr.stderr).toContain('ne s’emploie qu’avec --funding');
  });
});
