/**
 * The explorer on big graphs in headless Chromium: the whole bundled snapshot (5,171 people) and a
 * 50,000-person synthetic family open with no error and no request, draw people, and find a
 * person. Time to first render and bytes per person are printed (bench/viewer.ts measures more);
 * nothing here asserts a time. Skipped with a visible note when there is no Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderExport } from '../../src/export/write.js';
import { syntheticFamilyGraph } from '../../src/graph/synthetic.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { SEX_COLOR } from '../../src/export/style.js';
import { CHROMIUM, NO_BROWSER_NOTE, firstRenderMs, launchBrowser, openViewer, type TestBrowser } from './browser.js';
import { wholeSnapshotGraph } from './graphs.js';
import { countNear, decodePng } from './pixels.js';

if (!CHROMIUM) console.warn(NO_BROWSER_NOTE);
const describeInBrowser = CHROMIUM ? describe : describe.skip;

let dir: string;
let chrome: TestBrowser;

describeInBrowser('the HTML explorer on big graphs', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wdkin-viewer-big-'));
    chrome = await launchBrowser();
  });

  afterAll(async () => {
    await chrome?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cases: Array<[string, () => Promise<FamilyGraph> | FamilyGraph, string, string]> = [
    ['the whole bundled snapshot', () => wholeSnapshotGraph(), 'Q9682', 'Elizabeth II'],
    [
      'a 50,000-person synthetic family',
      () => syntheticFamilyGraph({ people: 50_000, founders: 125 }),
      'Q31337',
      'Q31337',
    ],
  ];

  for (const [name, make, qid, label] of cases) {
    it(`opens ${name}, draws it and finds ${qid}`, async () => {
      const graph = await make();
      const file = join(dir, 'big.html');
      const html = await renderExport(graph, 'html');
      writeFileSync(file, html);
      const bytes = Buffer.byteLength(html);
      const { page, errors, requests } = await openViewer(chrome.browser, file, { timeout: 280_000 });
      const ms = await firstRenderMs(page);
      console.log(
        `${name}: ${graph.order.toLocaleString('en')} people, ${(bytes / 1e6).toFixed(1)} MB (${Math.round(bytes / graph.order)} bytes per person); time to first render ${Math.round(ms)} ms (headless Chromium, software WebGL)`,
      );
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      const picture = decodePng(await (await page.$('#stage'))!.screenshot({ type: 'png' }));
      expect(countNear(picture, SEX_COLOR.male) + countNear(picture, SEX_COLOR.female)).toBeGreaterThan(500);
      await page.click('#search');
      await page.type('#search', qid);
      await page.keyboard.press('Enter');
      await page.waitForSelector(`#panel article.details[data-qid="${qid}"]`, { timeout: 120_000 });
      expect(await page.$eval('#panel h2', (h: any) => h.textContent as string)).toContain(label);
      expect(errors).toEqual([]);
      await page.close();
    }, 600_000);
  }
});
