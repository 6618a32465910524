import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/node/report/html.js';
import { buildReport } from '../../src/node/report/model.js';
import { nationalInput } from '../node/report/national.js';
import { SCREENSHOTS, useChromium } from './chromium.js';

const out = SCREENSHOTS;
const national = nationalInput(3000, 3, true, 'graded');
const establishments = new Map(national.establishments.map((e) => [e.finess, e]));
const hostileFiness = national.establishments[7]!.finess;
establishments.set(hostileFiness, {
  ...establishments.get(hostileFiness)!,
  name: 'Clinique <img src=x onerror="window.pwned=1"> \u001b[2J\u202eévil',
});
const model = buildReport(national.evaluations, {
  lang: 'fr',
  programme: national.programme,
  asOf: '2022-01-31',
  establishments,
});
mkdirSync(out, { recursive: true });
const file = join(out, 'national-report.fr.html');
writeFileSync(file, renderHtml(model, { generator: 'palier test' }));
const url = pathToFileURL(file).href;

/** The few DOM globals the page callbacks use (the project compiles without the DOM library). */
interface Element {
  readonly id: string;
  readonly textContent: string | null;
  readonly hidden: boolean;
  readonly open: boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): ArrayLike<Element>;
  getBoundingClientRect(): { top: number; bottom: number };
}
interface PageGlobals {
  pwned?: number;
  innerHeight: number;
  document: Element & { getElementById(id: string): Element | null };
}

const chromium = useChromium();

async function open(width: number, javaScript = true): Promise<Page> {
  const context = await chromium().newContext({
    viewport: { width, height: 900 },
    javaScriptEnabled: javaScript,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  expect(requests).toEqual([url]);
  return page;
}

describe('national HTML report in Chromium (3,000 establishments × 3 periods)', () => {
  it('opens on the overview: headline figures and the first chart on the first screen', async () => {
    const page = await open(1400);
    expect(await page.textContent('[data-kpi="establishments"]')).toBe('3\u202f000');
    expect(await page.textContent('[data-kpi="evaluations"]')).toBe('9\u202f000');
    expect(await page.textContent('[data-kpi="periods"]')).toBe('3');
    const firstScreen = await page.evaluate(() => {
      const d = (globalThis as unknown as PageGlobals).document;
      const visible = (sel: string) =>
        (d.querySelector(sel)?.getBoundingClientRect().top ?? 1e9) <
        (globalThis as unknown as PageGlobals).innerHeight;
      return { kpis: visible('.kpis'), chart: visible('#f-levels svg'), contents: visible('nav .toc') };
    });
    expect(firstScreen).toEqual({ kpis: true, chart: true, contents: true });
    await page.screenshot({ path: join(out, 'national-first-screen.1400.png') });
    await page.locator('#breakdown').screenshot({ path: join(out, 'national-breakdown.1400.png') });
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).pwned)).toBeUndefined();
    await page.context().close();
  });

  it('names each chart by its title and gives its figures as a table', async () => {
    const page = await open(1400);
    const charts = await page.locator('svg.chart[role="img"]').all();
    expect(charts.length).toBeGreaterThanOrEqual(6);
    for (const chart of charts) {
      const name = await chart.evaluate((svg) => {
        const el = svg as unknown as Element;
        const title =
          (globalThis as unknown as PageGlobals).document.getElementById(
            el.getAttribute('aria-labelledby') ?? '',
          )?.textContent ?? '';
        return {
          title,
          desc: (globalThis as unknown as PageGlobals).document.getElementById(
            el.getAttribute('aria-describedby') ?? '',
          )?.textContent,
        };
      });
      expect(name.title.length).toBeGreaterThan(10);
      expect(name.desc).toContain('hachurée');
      const figure = chart.locator('xpath=ancestor::figure');
      expect(await figure.locator('details.data table tbody tr').count()).toBeGreaterThan(0);
    }
    const accessibleName = await page.getByRole('img', { name: /Palier par région/ }).count();
    expect(accessibleName).toBe(1);
    const regionRows = await page.locator('#f-region details.data tbody tr').count();
    expect(regionRows).toBe(12);
    await page.context().close();
  });

  it('filters by FINESS, name, region and palier without a server', async () => {
    const page = await open(1400);
    await expect.poll(() => page.isVisible('#filter')).toBe(true);
    const shown = () => page.locator('#list > details:not([hidden])').count();
    expect(await shown()).toBe(3000);
    const finess = national.establishments[42]!.finess;
    await page.fill('#q', finess);
    expect(await shown()).toBe(1);
    expect(await page.textContent('#n')).toBe('1 établissement affiché');
    await page.fill('#q', 'etablissement synthetique 4');
    expect(await shown()).toBe(1 + 10 + 100); // 4, 40–49, 400–499
    await page.fill('#q', '');
    await page.selectOption('#r', 'Auvergne-Rhône-Alpes');
    const inRegion = await shown();
    expect(inRegion).toBe(model.overview.dashboard.by.region?.rows.find((r) => r.key === '84')?.evaluated);
    await page.selectOption('#s', 'n');
    expect(await shown()).toBeLessThan(inRegion);
    expect(await page.textContent('#n')).toMatch(/^[\d\u202f]+ établissements affichés$/);
    await page.context().close();
  });

  it('works without JavaScript: no filter, every establishment listed, details collapsed', async () => {
    const page = await open(1400, false);
    expect(await page.isVisible('#filter')).toBe(false);
    expect(await page.locator('#list > details').count()).toBe(3000);
    expect(await page.locator('#list > details[open]').count()).toBe(0);
    expect(await page.isVisible('#f-levels svg')).toBe(true);
    await page.context().close();
  });

  it('opens one establishment’s details: misses and unknowns listed, met counted on one line; links inside the page or to http(s)', async () => {
    for (const width of [1400, 390]) {
      const page = await open(width);
      if (width === 390) await page.screenshot({ path: join(out, 'national-first-screen.390.png') });
      const item = page.locator(`#list > details`).nth(1);
      const period = item.locator('p').first();
      expect(await period.count()).toBe(1);
      expect(await period.isVisible()).toBe(false);
      await item.locator('summary').click();
      expect(await item.evaluate((d) => (d as unknown as Element).open)).toBe(true);
      expect(await period.isVisible()).toBe(true);
      // the period is named in words, in the report's language
      expect(await period.textContent()).toMatch(/^1er juillet 2021 /);
      const text = (await item.textContent()) ?? '';
      expect(text).toMatch(/✗ [PD]\d\.\w+ [PD]\d\.\w+/);
      expect(text).toMatch(/✓ \d+ atteints/);
      await item.screenshot({ path: join(out, `national-details.${width}.png`) });
      const hrefs = await page.$$eval('a[href]', (as) =>
        as.map((a) => (a as unknown as Element).getAttribute('href') ?? ''),
      );
      expect(hrefs.length).toBeGreaterThan(100);
      for (const href of hrefs) expect(href).toMatch(/^(#|https?:\/\/)/);
      const ghtLink = page.locator('#t-ght a').first();
      const target = (await ghtLink.getAttribute('href'))!;
      await ghtLink.click();
      expect(await page.locator(target).isVisible()).toBe(true);
      await page.context().close();
    }
  });

  it('never replays a hostile name raw', async () => {
    const page = await open(1400);
    expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).pwned)).toBeUndefined();
    expect(await page.locator('#list img').count()).toBe(0);
    const summary = await page.textContent(`#e${hostileFiness} summary`);
    expect(summary).toContain('Clinique <img src=x onerror="window.pwned=1"> \\x1b[2J\\u202eévil');
    await page.context().close();
  });
});
