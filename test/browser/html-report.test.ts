import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileProgramme } from '../../src/evaluation/compile.js';
import { evaluateEstablishment } from '../../src/evaluation/establishment.js';
import { programmeRegion } from '../../src/funding/programming.js';
import { exampleData } from '../../src/node/example/index.js';
import { reportFunding } from '../../src/node/report/funding.js';
import { renderHtml } from '../../src/node/report/html.js';
import { buildReport } from '../../src/node/report/model.js';
import { SCREENSHOTS, useChromium } from './chromium.js';

const out = SCREENSHOTS;
const data = exampleData();
const compiled = compileProgramme(data.programme);
const byFiness = new Map(data.establishments.map((e) => [e.finess, e]));
const hostile = new Map(byFiness);
hostile.set('630990091', {
  ...byFiness.get('630990091')!,
  name: 'Clinique <script>window.pwned=1</script> (exemple)',
});
const evaluations = data.declarations.map((d) =>
  evaluateEstablishment(compiled, byFiness.get(d.finess)!, d, { asOf: '2022-01-31' }),
);

function reportFile(lang: 'fr' | 'en'): string {
  const model = buildReport(evaluations, {
    lang,
    programme: data.programme,
    asOf: '2022-01-31',
    establishments: hostile,
    notes: data.notes,
  });
  mkdirSync(out, { recursive: true });
  const file = join(out, `demo-report.${lang}.html`);
  writeFileSync(file, renderHtml(model, { generator: 'palier test' }));
  return file;
}

/** The few DOM globals the page callbacks use (the project compiles without the DOM library). */
interface PageGlobals {
  pwned?: number;
  getComputedStyle(element: unknown): { color: string; backgroundColor: string; overflowX: string };
  document: { querySelector(selector: string): unknown };
}

const chromium = useChromium();

/** WCAG relative luminance contrast between two `rgb(…)` colours. */
function contrast(fg: string, bg: string): number {
  const lum = (rgb: string): number => {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return ((a ?? 0) + 0.05) / ((b ?? 0) + 0.05);
}

describe('HTML report in Chromium', () => {
  it('renders offline with the key numbers in the DOM, escapes user text, and sends no request', async () => {
    const file = reportFile('fr');
    const page = await chromium().newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(errors).toEqual([]);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('h1')).toContain('Évaluation');
    expect(await page.textContent('[data-kpi="evaluations"]')).toBe('27');
    expect(await page.textContent('[data-kpi="establishments"]')).toBe('9');
    expect(await page.locator('#list > details').count()).toBe(9);
    expect(await page.locator('#list > details > ul > li').count()).toBe(27);
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(
      await page.locator('text=Clinique <script>window.pwned=1</script> (exemple)').count(),
    ).toBeGreaterThan(0);
    const captions = await page.locator('caption').count();
    expect(captions).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: join(out, 'html-report.fr.png'), fullPage: false });
    const item = page.locator('#list > details').nth(5);
    await item.locator('summary').click();
    await item.screenshot({ path: join(out, 'html-report.detail.png') });
    await page.close();
  });

  it('shows an attached funding simulation as a section of the overview, reachable from the contents bar', async () => {
    const programming = programmeRegion({
      region: '84',
      envelope: '400000.00',
      amorcageShare: data.programme.funding.amorcageShare!.value,
      asOf: '2022-01-31',
      policy: { order: 'readiness-first' },
      candidates: [
        {
          id: 'a',
          finess: '630990018',
          status: 'public',
          prerequisites: { status: 'reached', reachedOn: '2020-06-30' },
          domains: [{ domain: 'D2', forfait: '300000.00', amorcage: '60000.00', reachedOn: '2020-09-30' }],
        },
      ],
    });
    if (!programming.ok) throw new Error('simulation refused');
    const model = buildReport(evaluations, {
      lang: 'fr',
      programme: data.programme,
      asOf: '2022-01-31',
      establishments: byFiness,
      funding: reportFunding(programming.value, { file: 'candidats.json', read: 1, rejected: 0 }),
    });
    const file = join(out, 'funding-report.fr.html');
    writeFileSync(file, renderHtml(model));
    const page = await chromium().newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(file).href);
    await page.click('a[href="#funding"]');
    expect(await page.isVisible('#t-funding')).toBe(true);
    expect(await page.isVisible('#t-programming')).toBe(true);
    const rows = await page.$$eval('#t-programming tr', (trs) =>
      trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ')),
    );
    expect(rows[0]).toBe('Enveloppe400 000,00 €');
    expect(rows.at(-1)).toBe('Reste100 000,00 €');
    await page.locator('#funding').screenshot({ path: join(out, 'funding-section.fr.png') });
    await page.close();
  });

  it('keeps status colours readable: contrast of at least 4.5:1 on every status cell', async () => {
    const page = await chromium().newPage();
    await page.goto(pathToFileURL(reportFile('en')).href);
    const pairs = await page.$$eval('.b, .k, #list summary > i', (cells) =>
      cells.slice(0, 400).map((c) => {
        const style = (globalThis as unknown as PageGlobals).getComputedStyle(c);
        return [style.color, style.backgroundColor, c.className] as const;
      }),
    );
    expect(pairs.length).toBeGreaterThan(40);
    for (const [fg, bg] of pairs) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
    await page.emulateMedia({ media: 'print' });
    const pdfReady = await page.evaluate(() => {
      const g = globalThis as unknown as PageGlobals;
      return g.getComputedStyle(g.document.querySelector('.scroll')).overflowX;
    });
    expect(pdfReady).toBe('visible');
    await page.screenshot({ path: join(out, 'html-report.en.png'), fullPage: true });
    await page.close();
  });
});
