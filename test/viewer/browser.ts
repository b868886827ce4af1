/**
 * A real headless Chromium for the viewer tests and the viewer benchmark (Debian's `chromium`
 * package, driven by puppeteer-core; nothing is downloaded). WebGL runs on SwiftShader, the
 * software GPU. Every page is watched: console errors, page errors, failed CSP checks and every
 * request other than the page's own file are recorded, and a request to anywhere is refused.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const CANDIDATES = [
  process.env.WDKIN_CHROMIUM,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

/** The Chromium to use, or null when this machine has none. */
export const CHROMIUM: string | null = CANDIDATES.find((path) => path && existsSync(path)) ?? null;

export const NO_BROWSER_NOTE =
  'NOTE: the HTML viewer browser tests are SKIPPED: no Chromium found (looked for $WDKIN_CHROMIUM, ' +
  '/usr/bin/chromium, chromium-browser, google-chrome). Install Debian\'s "chromium" package to run them.';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--no-default-browser-check',
  '--mute-audio',
];

export interface TestBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchBrowser(): Promise<TestBrowser> {
  if (!CHROMIUM) throw new Error(NO_BROWSER_NOTE);
  const profile = mkdtempSync(join(tmpdir(), 'wdkin-chromium-'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`],
    protocolTimeout: 120_000,
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface Watched {
  page: Page;
  /** Console messages of type error, and uncaught page errors. */
  errors: string[];
  /** Every request to anywhere but the page's own file, data: or blob: (all refused). */
  requests: string[];
  /** data: and blob: URLs the page loaded (its PNG download): they never leave the machine. */
  local: string[];
  /** Every console message, for diagnostics. */
  console: string[];
}

/**
 * Opens `file` (with an optional `#hash`) in a new page and waits for the viewer to be ready
 * (`data-state="ready"` on body), or fails with what the page said.
 */
export async function openViewer(
  browser: Browser,
  file: string,
  options: { hash?: string; width?: number; height?: number; timeout?: number } = {},
): Promise<Watched> {
  const page = await browser.newPage();
  await page.setViewport({ width: options.width ?? 1400, height: options.height ?? 860 });
  const url = pathToFileURL(file).href;
  const watched: Watched = { page, errors: [], requests: [], local: [], console: [] };
  page.on('console', (message) => {
    watched.console.push(`${message.type()}: ${message.text()}`);
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(`page error: ${String(error)}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const target = request.url();
    if (target.split('#')[0] === url) {
      void request.continue();
    } else if (/^(?:data|blob):/.test(target)) {
      watched.local.push(target.slice(0, 80));
      void request.continue();
    } else {
      watched.requests.push(target.slice(0, 200));
      void request.abort('blockedbyclient');
    }
  });
  await page.goto(`${url}${options.hash ?? ''}`, { waitUntil: 'load', timeout: options.timeout ?? 120_000 });
  try {
    await page.waitForSelector('body[data-state="ready"]', { timeout: options.timeout ?? 120_000 });
  } catch (error) {
    const state = await page.evaluate(() => (globalThis as any).document.body.dataset.state as string | undefined);
    throw new Error(
      `The viewer did not become ready (state ${String(state)}); console: ${watched.console.join(' | ')}; errors: ${watched.errors.join(' | ')}`,
      { cause: error },
    );
  }
  return watched;
}

/** Milliseconds from navigation start to the viewer's first drawn frame (its own mark). */
export async function firstRenderMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const mark = (globalThis as any).performance.getEntriesByName('wdkin-first-render')[0];
    return mark ? (mark.startTime as number) : Number.NaN;
  });
}
