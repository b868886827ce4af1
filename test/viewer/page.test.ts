/**
 * The HTML family explorer in a real headless Chromium: files written by the real CLI (crawl and
 * kinship over the bundled snapshot), opened from disk with every network request refused.
 * Without a Chromium on the machine these tests are skipped with a visible note.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { runCli } from '../support/cli.js';
import { ROYALS_DATASET } from '../support/paths.js';
import { renderExport } from '../../src/export/write.js';
import { readSavedGraph } from '../../src/export/saved.js';
import { createExportContext } from '../../src/export/context.js';
import { relate } from '../../src/kinship/relate.js';
import type { ItemId } from '../../src/ids.js';
import { SEX_COLOR, HIGHLIGHT_COLOR } from '../../src/export/style.js';
import { CHROMIUM, NO_BROWSER_NOTE, launchBrowser, openViewer, type TestBrowser, type Watched } from './browser.js';
import { HOSTILE, hostileFamily } from './graphs.js';
import { countNear, decodePng, isPng } from './pixels.js';

if (!CHROMIUM) console.warn(NO_BROWSER_NOTE);
const describeInBrowser = CHROMIUM ? describe : describe.skip;

const VICTORIA = 'Q9439';
const EDWARD_VII = 'Q20875';
const GEORGE_V = 'Q269412';
const WILHELM_II = 'Q2677';

let dir: string;
let chrome: TestBrowser;
let crawlFile: string;
let savedFile: string;
let kinshipFile: string;
let kinshipJson: { relationships: Array<{ name: string; commonAncestors: string[] }> };
let hostileFile: string;

const cli = (...args: string[]) => runCli([...args, '--snapshot', ROYALS_DATASET, '--lang', 'en,fr'], { cwd: dir });

/** The text of an element, or '' when there is none. */
function text(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (e) => (e as any).innerText as string).catch(() => '');
}

function hash(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as any).location.hash as string);
}

async function search(page: Page, query: string): Promise<void> {
  await page.click('#search');
  await page.type('#search', query);
  await page.keyboard.press('Enter');
}

describeInBrowser('the HTML family explorer in headless Chromium', () => {
  const opened: Watched[] = [];
  const open = async (file: string, hashPart = ''): Promise<Watched> => {
    const watched = await openViewer(chrome.browser, file, { hash: hashPart });
    opened.push(watched);
    return watched;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wdkin-viewer-'));
    crawlFile = join(dir, 'victoria.html');
    savedFile = join(dir, 'victoria.json');
    kinshipFile = join(dir, 'kinship.html');
    hostileFile = join(dir, 'hostile.html');
    const crawl = await cli('crawl', VICTORIA, '--depth', '3', '--out', crawlFile, '--out', savedFile, '--quiet');
    expect(crawl.stderr).toBe('');
    expect(crawl.code).toBe(0);
    const kinship = await cli('kinship', 'Q9682', 'Q80976', '--out', kinshipFile, '--json');
    expect(kinship.code).toBe(0);
    kinshipJson = JSON.parse(kinship.stdout);
    writeFileSync(hostileFile, await renderExport(hostileFamily(), 'html', { highlight: ['Q1' as ItemId] }));
    chrome = await launchBrowser();
  });

  afterAll(async () => {
    for (const watched of opened) await watched.page.close().catch(() => undefined);
    await chrome?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens offline: no console error, no request, people drawn on the WebGL canvas', async () => {
    const { page, errors, requests } = await open(crawlFile);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    // sigma draws people and links with WebGL: the nodes layer holds a WebGL context
    const layers = await page.$$eval('#stage canvas', (canvases) =>
      canvases.map((c: any) => ({ layer: c.className as string, webgl: c.getContext('webgl2') !== null })),
    );
    expect(layers).toContainEqual({ layer: 'sigma-nodes', webgl: true });
    // with the 2D layers and the legend hidden, the screen still shows people in their colours
    await page.evaluate(() => {
      const doc = (globalThis as any).document;
      for (const c of doc.querySelectorAll('#stage canvas:not(.sigma-nodes):not(.sigma-edges)'))
        c.style.visibility = 'hidden';
      doc.getElementById('legend').style.visibility = 'hidden';
    });
    const picture = decodePng(await (await page.$('#stage'))!.screenshot({ type: 'png' }));
    expect(countNear(picture, SEX_COLOR.male)).toBeGreaterThan(200);
    expect(countNear(picture, SEX_COLOR.female)).toBeGreaterThan(200);
    expect(await page.title()).toBe('Queen Victoria: family of 175 people (wdkin)');
  });

  it('typing Q9439 and Enter opens the panel on Queen Victoria, with a link to her item', async () => {
    const { page, errors } = await open(crawlFile);
    await search(page, 'Q9439');
    await page.waitForSelector(`#panel article.details[data-qid="${VICTORIA}"]`);
    const panel = await text(page, '#panel');
    expect(panel).toContain('Queen Victoria');
    expect(panel).toContain('Q9439');
    expect(panel).toContain('24 May 1819');
    expect(panel).toContain('22 January 1901 (aged 81)');
    const links = await page.$$eval('#panel a', (as) => as.map((a: any) => a.href as string));
    expect(links).toContain('https://www.wikidata.org/wiki/Q9439');
    expect(await hash(page)).toBe('#Q9439');
    const children = await page.$$eval('#panel section[data-group="children"] a[data-qid]', (as) =>
      as.map((a: any) => a.dataset.qid as string),
    );
    expect(children).toHaveLength(9);
    expect(children[0]).toBe('Q116728'); // Victoria, Princess Royal, born 1840: birth order
    expect(errors).toEqual([]);
  });

  it('suggests people by name as you type, accents and case aside', async () => {
    const { page, errors } = await open(crawlFile);
    await page.click('#search');
    await page.type('#search', 'edward vii');
    await page.waitForSelector('#suggestions li[data-qid]');
    const suggestions = await page.$$eval('#suggestions li', (lis) => lis.map((li: any) => li.dataset.qid as string));
    expect(suggestions[0]).toBe(EDWARD_VII);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#panel article.details[data-qid="${EDWARD_VII}"]`);
    expect(errors).toEqual([]);
  });

  it('clicking a child in the panel moves the selection, and Back returns', async () => {
    const { page, errors } = await open(crawlFile, `#${VICTORIA}`);
    await page.waitForSelector(`#panel article.details[data-qid="${VICTORIA}"]`);
    await page.click(`#panel section[data-group="children"] a[data-qid="${EDWARD_VII}"]`);
    await page.waitForSelector(`#panel article.details[data-qid="${EDWARD_VII}"]`);
    expect(await hash(page)).toBe(`#${EDWARD_VII}`);
    expect(await text(page, '#panel h2')).toBe('Edward VII');
    const parents = await page.$$eval('#panel section[data-group="parents"] a[data-qid]', (as) =>
      as.map((a: any) => a.dataset.qid as string),
    );
    expect(parents).toContain(VICTORIA);
    await page.goBack();
    await page.waitForSelector(`#panel article.details[data-qid="${VICTORIA}"]`);
    expect(errors).toEqual([]);
  });

  it('centres on the selected person; clicking a person on the canvas selects them', async () => {
    const { page, errors } = await open(crawlFile, `#${VICTORIA}`);
    await page.waitForSelector(`#panel article.details[data-qid="${VICTORIA}"]`);
    await new Promise((r) => setTimeout(r, 1500)); // the camera's move
    await page.keyboard.press('Escape');
    await page.waitForSelector('#panel', { hidden: true });
    expect(await hash(page)).toBe('');
    const box = (await (await page.$('#stage'))!.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForSelector(`#panel article.details[data-qid="${VICTORIA}"]`);
    expect(await hash(page)).toBe(`#${VICTORIA}`);
    expect(errors).toEqual([]);
  });

  it('a shared URL with a hash opens on that person', async () => {
    const { page, errors } = await open(crawlFile, `#${GEORGE_V}`);
    await page.waitForSelector(`#panel article.details[data-qid="${GEORGE_V}"]`);
    expect(await text(page, '#panel h2')).toBe('George V');
    expect(errors).toEqual([]);
  });

  it('picking a second person shows how they are related, named as the CLI names it', async () => {
    const { page, errors } = await open(crawlFile, `#${GEORGE_V}`);
    await page.waitForSelector('#relate-button');
    await page.click('#relate-button');
    await page.waitForSelector('#banner:not([hidden])');
    await page.type('#search', WILHELM_II);
    await page.keyboard.press('Enter');
    await page.waitForSelector(`#panel article.kinship[data-b="${WILHELM_II}"]`);
    expect(await hash(page)).toBe(`#${GEORGE_V},${WILHELM_II}`);
    const names = await page.$$eval('#panel .relationship .name', (ns) => ns.map((n: any) => n.textContent as string));
    // the same answer as relate() in Node on the same saved graph
    const graph = await readSavedGraph(savedFile);
    const expected = relate(graph, GEORGE_V as ItemId, WILHELM_II as ItemId).relationships.map((r) => r.name);
    expect(expected[0]).toBe('first cousin');
    expect(names).toEqual(expected);
    const ancestors = await page.$$eval('#panel .ancestors a[data-qid]', (as) =>
      as.map((a: any) => a.dataset.qid as string),
    );
    expect(ancestors).toContain(VICTORIA);
    expect(await text(page, '#panel .source')).toContain('Computed in this page');
    expect(errors).toEqual([]);
  });

  it('a kinship file opens on the relationship: names, common ancestors, paths drawn', async () => {
    const { page, errors, requests } = await open(kinshipFile);
    await page.waitForSelector('#panel article.kinship');
    expect(await hash(page)).toBe('#Q9682,Q80976');
    const names = await page.$$eval('#panel .relationship .name', (ns) => ns.map((n: any) => n.textContent as string));
    expect(names).toContain('second cousin once removed');
    expect(names).toContain('third cousin');
    expect(names).toContain('husband');
    // the CLI's own answer, in its order (repeated headings of double relationships folded)
    const cliNames = kinshipJson.relationships.map((r) => r.name).filter((n, i, all) => n !== all[i - 1]);
    expect(names.filter((n, i, all) => n !== all[i - 1])).toEqual(cliNames);
    const ancestors = await page.$$eval('#panel .ancestors a[data-qid]', (as) =>
      as.map((a: any) => a.dataset.qid as string),
    );
    expect(ancestors).toEqual(expect.arrayContaining(['Q151305', 'Q166028', 'Q9439']));
    expect(await text(page, '#panel .source')).toContain('wdkin kinship');
    const picture = decodePng(await (await page.$('#stage'))!.screenshot({ type: 'png' }));
    expect(countNear(picture, HIGHLIGHT_COLOR, 30)).toBeGreaterThan(300);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('hostile labels stay text: nothing they hold runs or becomes markup', async () => {
    const { page, errors, requests } = await open(hostileFile);
    await search(page, 'Q1');
    await page.waitForSelector('#panel article.details[data-qid="Q1"]');
    expect(await page.$eval('#panel h2', (h: any) => h.textContent as string)).toBe(HOSTILE.img);
    expect(await page.$eval('#panel .description', (p: any) => p.textContent as string)).toBe(HOSTILE.script);
    await page.click('#panel section[data-group="children"] a[data-qid="Q4"]');
    await page.waitForSelector('#panel article.details[data-qid="Q4"]');
    expect(await page.$eval('#panel h2', (h: any) => h.textContent as string)).toBe(HOSTILE.script);
    await page.click('#search');
    await page.type('#search', 'pwned');
    await page.waitForSelector('#suggestions li[data-qid]');
    const state = await page.evaluate(() => {
      const g = globalThis as any;
      return {
        pwned: g.__pwned ?? null,
        title: g.document.title as string,
        images: g.document.querySelectorAll('img').length as number,
        scripts: g.document.querySelectorAll('script').length as number,
        styles: g.document.querySelectorAll('style').length as number,
        javascriptLinks: g.document.querySelectorAll('a[href^="javascript"]').length as number,
      };
    });
    expect(state.title).not.toBe('pwned');
    expect(state.title).toContain(HOSTILE.script); // the seed's label, as text
    expect({ ...state, title: null }).toEqual({
      pwned: null,
      title: null,
      images: 0,
      scripts: 2,
      styles: 1,
      javascriptLinks: 0,
    });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });

  it('filters hide generations, the living or the dead, and spouses', async () => {
    const { page, errors } = await open(crawlFile);
    await page.click('#filters-button');
    await page.waitForSelector('#filters:not([hidden])');
    const graph = await readSavedGraph(savedFile);
    const generations = createExportContext(graph).generations();
    const atOrAbove = [...generations.values()].filter((g) => g <= 0).length;
    await page.$eval('#generation-max', (input: any) => {
      input.value = '0';
      input.dispatchEvent(new (globalThis as any).Event('change'));
    });
    expect(await text(page, '#filters .count')).toBe(`${atOrAbove} of 175 people shown`);
    await page.select('#life-filter', 'living');
    expect(await text(page, '#filters .count')).toBe('0 of 175 people shown');
    await page.select('#life-filter', 'all');
    await page.click('#filters button');
    expect(await text(page, '#filters .count')).toBe('175 people');
    await page.click('#hide-spouses');
    const shown = Number((await text(page, '#filters .count')).split(' ')[0]);
    expect(shown).toBeLessThan(175);
    expect(shown).toBeGreaterThan(100);
    expect(errors).toEqual([]);
  });

  it('Save PNG downloads the current view as a PNG image', async () => {
    const { page, errors, requests } = await open(crawlFile, `#${VICTORIA}`);
    const downloads = join(dir, 'downloads');
    const session = await page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click('#png-button');
    const file = join(downloads, `wdkin-${VICTORIA}.png`);
    for (let i = 0; i < 100 && !existsSync(file); i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(readdirSync(downloads)).toEqual([`wdkin-${VICTORIA}.png`]);
    const bytes = readFileSync(file);
    expect(isPng(bytes)).toBe(true);
    const picture = decodePng(bytes);
    expect(picture.width).toBeGreaterThan(500);
    expect(countNear(picture, SEX_COLOR.female)).toBeGreaterThan(100);
    expect(countNear(picture, '#ffffff', 2)).toBeGreaterThan(picture.width * picture.height * 0.3);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
