/**
 * The system's Chromium (Debian package), driven by playwright-core without network: one launch per test file,
 * and the folder where screenshots go (`reports/`, committed and looked at).
 */
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where screenshots are written. */
export const SCREENSHOTS = join(import.meta.dirname, '..', '..', 'reports');

/** Launches Chromium before the file's tests and closes it after; call the returned function to reach it. */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not launched yet');
    return browser;
  };
}
