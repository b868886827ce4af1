/**
 * bench/viewer: the HTML family explorer on big graphs, in headless Chromium (Debian's chromium,
 * SwiftShader software WebGL, like the tests): the whole bundled snapshot (5,171 people) and a
 * 50,000-person synthetic family. For each: time to write the file, its size and bytes per
 * person, time to first render (cold: a fresh browser compiling its shaders; warm: the same file
 * opened again), and frames per second while the user drags the view.
 *
 *   npm run build && npx tsc -p tsconfig.dev.json && node build/bench/viewer.js [--screenshots DIR]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Page } from 'puppeteer-core';
import { syntheticFamilyGraph } from '../src/graph/synthetic.js';
import { renderExport } from '../src/export/write.js';
import type { FamilyGraph } from '../src/graph/types.js';
import { CHROMIUM, NO_BROWSER_NOTE, firstRenderMs, launchBrowser, openViewer } from '../test/viewer/browser.js';
import { wholeSnapshotGraph } from '../test/viewer/graphs.js';

/** From build/bench/ (compiled) back to the repository's data/. */
const DATASET = fileURLToPath(new URL('../../data/european-royals.ndjson.gz', import.meta.url));

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const screenshots = shotsAt >= 0 ? resolve(args[shotsAt + 1] ?? 'output/screenshots') : null;

interface Row {
  name: string;
  people: number;
  links: number;
  writeSeconds: number;
  megabytes: number;
  bytesPerPerson: number;
  coldMs: number;
  warmMs: number;
  fps: number;
  worstFrameMs: number;
  /** Median time the page spends drawing one frame (JavaScript side of sigma's render). */
  renderMs: number;
}

async function main(): Promise<void> {
  if (!CHROMIUM) {
    console.log(NO_BROWSER_NOTE);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'wdkin-bench-viewer-'));
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  const cases: Array<[string, () => Promise<FamilyGraph> | FamilyGraph]> = [
    ['bundled snapshot', () => wholeSnapshotGraph(DATASET)],
    ['synthetic', () => syntheticFamilyGraph({ people: 50_000, founders: 125 })],
  ];
  const rows: Row[] = [];
  try {
    for (const [name, make] of cases) {
      const graph = await make();
      const started = performance.now();
      const html = await renderExport(graph, 'html');
      const writeSeconds = (performance.now() - started) / 1000;
      const file = join(dir, `${name.replace(/\W+/g, '-')}.html`);
      writeFileSync(file, html);
      const bytes = Buffer.byteLength(html, 'utf8');
      const row: Row = {
        name,
        people: graph.order,
        links: graph.size,
        writeSeconds,
        megabytes: bytes / 1e6,
        bytesPerPerson: bytes / graph.order,
        coldMs: Number.NaN,
        warmMs: Number.NaN,
        fps: Number.NaN,
        worstFrameMs: Number.NaN,
        renderMs: Number.NaN,
      };
      const chrome = await launchBrowser();
      try {
        const cold = await openViewer(chrome.browser, file);
        row.coldMs = await firstRenderMs(cold.page);
        if (cold.errors.length > 0 || cold.requests.length > 0)
          throw new Error(`${name}: errors ${cold.errors.join(' | ')}; requests ${cold.requests.join(' ')}`);
        await cold.page.close();
        const warm = await openViewer(chrome.browser, file);
        row.warmMs = await firstRenderMs(warm.page);
        if (screenshots) await warm.page.screenshot({ path: join(screenshots, `${name.replace(/\W+/g, '-')}.png`) });
        Object.assign(row, await dragFrames(warm.page));
        await warm.page.close();
      } finally {
        await chrome.close();
      }
      rows.push(row);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    '| graph | people | links | write (s) | file (MB) | bytes/person | first render cold (ms) | first render warm (ms) | drawing per frame (ms) | drag fps | worst frame (ms) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.people.toLocaleString('en')} | ${r.links.toLocaleString('en')} | ${r.writeSeconds.toFixed(2)} | ${r.megabytes.toFixed(1)} | ${Math.round(r.bytesPerPerson)} | ${Math.round(r.coldMs)} | ${Math.round(r.warmMs)} | ${r.renderMs.toFixed(1)} | ${r.fps.toFixed(1)} | ${Math.round(r.worstFrameMs)} |`,
    );
  }
}

/** Drags the view for about 1.5 s like a user would, counting the frames the page draws. */
async function dragFrames(page: Page): Promise<{ fps: number; worstFrameMs: number; renderMs: number }> {
  const stage = await page.$('#stage');
  const box = (await stage!.boundingBox())!;
  await page.evaluate(() => {
    const g = globalThis as any;
    // the page's own drawing time per frame, measured around sigma's render
    const sigma = g.wdkin.explorer.renderer.sigma;
    g.__renders = [];
    let began = 0;
    sigma.on('beforeRender', () => (began = g.performance.now()));
    sigma.on('afterRender', () => g.__renders.push(g.performance.now() - began));
    g.__frames = [];
    const tick = (t: number) => {
      g.__frames.push(t);
      if (!g.__stop) g.requestAnimationFrame(tick);
    };
    g.requestAnimationFrame(tick);
  });
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 0; i < 60; i += 1) {
    await page.mouse.move(x + Math.sin(i / 8) * 300, y + Math.cos(i / 8) * 150);
    await new Promise((r) => setTimeout(r, 25));
  }
  await page.mouse.up();
  const { frames, renders } = await page.evaluate(() => {
    const g = globalThis as any;
    g.__stop = true;
    return { frames: g.__frames as number[], renders: g.__renders as number[] };
  });
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const seconds = (frames[frames.length - 1]! - frames[0]!) / 1000;
  const sorted = [...renders].sort((a, b) => a - b);
  return {
    fps: (frames.length - 1) / seconds,
    worstFrameMs: Math.max(...gaps),
    renderMs: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN,
  };
}

await main();
