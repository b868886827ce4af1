import { beforeAll, describe, expect, it } from '@jest/globals';
import gexf from 'graphology-gexf';
import { createExportContext } from '../../src/export/context.js';
import { renderGexf } from '../../src/export/gexf.js';
import { Graph } from '../../src/graph/graphology.js';
import { dotString, wrapLabel } from '../../src/export/dot-text.js';
import { renderDot } from '../../src/export/dot.js';
import { MAX_ASPECT } from '../../src/export/dot-plan.js';
import { renderExport } from '../../src/export/write.js';
import { textWidth } from '../../src/export/text-width.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { savePng } from './artifacts.js';
import { readDotRows, svgAspect } from './dot-rows.js';
import { itWith, RSVG } from './external.js';
import { smallFamily } from './fixtures.js';
import { nativeDotWarnings, parseXmlStrict } from './helpers.js';
import { royalsCrawl } from './royals-crawl.js';

/**
 * The rows of the drawing are the generation rows: everyone in a row has one generation; a
 * parent link inside a panel spans exactly the generations between parent and child; a parent
 * sits one row above their highest child when that child is drawn in the same panel; a link to
 * another panel ends at a dashed stand-in naming the parents.
 */
function expectRowsAreGenerations(graph: FamilyGraph, dot: string): { crossing: number } {
  const context = createExportContext(graph);
  const generation = context.generations();
  const { rank, rows } = readDotRows(dot);
  graph.forEachNode((key) => expect(rank.has(key)).toBe(true));
  for (const row of rows) {
    const people = (row ?? []).filter((id) => graph.hasNode(id));
    expect(new Set(people.map((id) => generation.get(id))).size).toBeLessThanOrEqual(1);
  }
  let crossing = 0;
  const highest = new Map<string, string>();
  graph.forEachDirectedEdge((_e, _a, parent, child) => {
    const current = highest.get(parent);
    if (current === undefined || generation.get(child)! < generation.get(current)!) highest.set(parent, child);
    const span = rank.get(child)! - rank.get(parent)!;
    if (span === generation.get(child)! - generation.get(parent)!) {
      expect(span).toBeGreaterThanOrEqual(1);
      return;
    }
    // drawn in another panel: the child hangs from a stand-in for the parents, or the parent
    // has a stand-in beside their partner
    crossing++;
    const stand = new RegExp(`"s\\d+_\\d+" -> "${child}"|"p\\d+_${parent}"`);
    expect([parent, child, stand.test(dot)]).toEqual([parent, child, true]);
  });
  for (const [parent, child] of highest) {
    if (rank.get(child)! - rank.get(parent)! === generation.get(child)! - generation.get(parent)!)
      expect([parent, rank.get(child)! - rank.get(parent)!]).toEqual([parent, 1]);
  }
  return { crossing };
}

describe('dotString', () => {
  it('escapes quotes, backslashes and entities, and drops controls and line breaks', () => {
    expect(dotString('a "b" \\ c & d')).toBe('"a \\"b\\" \\\\ c &amp; d"');
    expect(dotString('x\ny\u0000z', 'second')).toBe('"x yz\\nsecond"');
  });

  it('wraps long labels into at most three clipped lines', () => {
    expect(wrapLabel('Princess Victoria Adelaide Mary Louisa of Saxe-Coburg and Gotha')).toEqual([
      'Princess Victoria',
      'Adelaide Mary Louisa of',
      'Saxe-Coburg and Gotha',
    ]);
    expect(wrapLabel('x'.repeat(100))[0]!.length).toBeLessThanOrEqual(25);
    expect(wrapLabel('')).toEqual(['?']);
  });
});

describe('DOT export', () => {
  it('draws one rank per generation, couples through a union point, a single parent through their own', async () => {
    const dot = await renderExport(smallFamily(), 'dot');
    const ranks = dot.split('\n').filter((l) => l.includes('rank=same'));
    expect(ranks).toHaveLength(3);
    expect(ranks[0]).toMatch(/"Q1".*"Q3"/);
    const edwardUnion = /"(u\d+)" -> "Q7"/.exec(dot)![1]!;
    expect(dot.match(new RegExp(`-> "${edwardUnion}" \\[weight`, 'g'))).toHaveLength(1);
    expect(dot).toContain(`"Q4" -> "${edwardUnion}"`);
    const dianaUnion = /"(u\d+)" -> "Q9"/.exec(dot)![1]!;
    expect(dot.indexOf(`"${dianaUnion}" -> "Q9"`)).toBeLessThan(
      dot.indexOf(`"${dianaUnion}" -> "Q10" [weight=3, style=dashed]`),
    );
    expectRowsAreGenerations(smallFamily(), dot);
  });

  it('has a legend: title, colours by sex, seed and highlight frames, non-birth links', async () => {
    const svg = await renderExport(smallFamily(), 'svg', { highlight: ['Q1'] });
    const texts = Array.from(parseXmlStrict(svg).getElementsByTagName('text')).map((t) => t.textContent);
    for (const entry of ['male', 'female', 'other', 'sex unknown', 'seed', 'highlighted'])
      expect(texts).toContain(entry);
    expect(texts).toContain('Family of Charles (Q4): 11 people in 3 generations');
    expect(texts.some((t) => t?.includes('non-birth link'))).toBe(true);
  });

  it('sizes every box for its text in the font it is drawn with, bold included', async () => {
    const graph = smallFamily();
    graph.setNodeAttribute('Q4', 'label', 'Wilhelmina Wilhelmsdottir'); // the seed: bold
    const svg = await renderExport(graph, 'svg');
    const doc = parseXmlStrict(svg);
    for (const g of Array.from(doc.getElementsByTagName('g')).filter((e) => e.getAttribute('class') === 'node')) {
      const key = g.getElementsByTagName('title')[0]!.textContent!;
      if (!graph.hasNode(key)) continue;
      const xs = (g.getElementsByTagName('path')[0]!.getAttribute('d') ?? '')
        .split(/[ MC,]+/)
        .filter(Boolean)
        .map(Number)
        .filter((_n, i) => i % 2 === 0);
      const boxWidth = Math.max(...xs) - Math.min(...xs);
      const bold = graph.getNodeAttribute(key, 'seed');
      for (const text of Array.from(g.getElementsByTagName('text'))) {
        const needed = textWidth(text.textContent!, 10, bold) + 10; // text plus the box margins
        expect([key, text.textContent, boxWidth >= needed]).toEqual([key, text.textContent, true]);
      }
    }
  });

  it('renders to SVG through the WASM Graphviz (and native dot, when installed, prints no warning)', async () => {
    const graph = smallFamily();
    const svg = await renderExport(graph, 'svg', { highlight: ['Q1', 'Q5'] });
    const doc = parseXmlStrict(svg);
    expect(doc.getElementsByTagName('g').length).toBeGreaterThan(graph.order);
    const warnings = nativeDotWarnings(await renderExport(graph, 'dot'));
    if (warnings !== null) expect(warnings).toBe('');
  });
});

describe('drawings of crawls of the bundled data', () => {
  const crawls: Array<[string, string[], number, { up?: boolean; spouses?: boolean }]> = [
    ['victoria-depth3', ['Q9439'], 3, {}],
    ['victoria-depth6', ['Q9439'], 6, {}],
    ['elizabeth-ancestors-depth8', ['Q9682'], 8, { up: true }],
    ['christian-ix-and-victoria-depth4-spouses', ['Q151305', 'Q9439'], 4, { spouses: true }],
  ];
  const graphs = new Map<string, FamilyGraph>();
  beforeAll(async () => {
    for (const [name, seeds, depth, options] of crawls) graphs.set(name, await royalsCrawl(seeds, depth, options));
  }, 180_000);

  it.each(crawls)('%s: the DOT rows are the generation rows (checked on the DOT ranks)', (name) => {
    const graph = graphs.get(name)!;
    const dot = renderDot(createExportContext(graph));
    const { crossing } = expectRowsAreGenerations(graph, dot);
    // links cut by panels end at stand-ins, one per family and panel: far fewer than people
    const stands = dot.match(/^ {2}"[sp]\d+_Q?\d+" \[/gm) ?? [];
    if (crossing > 0) expect(stands.length).toBeGreaterThan(0);
    expect(stands.length).toBeLessThan(graph.order / 4);
  });

  it('the GEXF generation attribute, the GEXF y positions and the DOT rows are the same rows', () => {
    const graph = graphs.get('victoria-depth6')!;
    const context = createExportContext(graph);
    const back = gexf.parse(Graph, renderGexf(context));
    const { rank, rows } = readDotRows(renderDot(context));
    const generation = context.generations();
    graph.forEachNode((key) => {
      const parsed = back.getNodeAttributes(key);
      expect([key, parsed.generation, parsed.y]).toEqual([key, generation.get(key), -150 * generation.get(key)! || 0]);
    });
    // people on one DOT row share one generation, and rows within a panel go down by one each
    for (const row of rows) {
      const gens = new Set((row ?? []).filter((id) => graph.hasNode(id)).map((id) => generation.get(id)));
      expect(gens.size).toBeLessThanOrEqual(1);
    }
    expect(rank.size).toBeGreaterThan(graph.order);
  });

  it('a wide crawl is cut into panels that keep a screen-like shape, with references between them', async () => {
    const graph = graphs.get('victoria-depth3')!;
    const dot = renderDot(createExportContext(graph));
    const panels = /Drawn in (\d+) panels/.exec(dot);
    expect(panels).not.toBeNull();
    expect(Number(panels![1])).toBeGreaterThanOrEqual(2);
    expect(dot).toContain('label="\u2191 Edward VII &amp; Alexandra of Denmark\\n(panel A)"');
    const svg = await renderExport(graph, 'svg');
    expect(svgAspect(svg).aspect).toBeLessThanOrEqual(MAX_ASPECT);
    const warnings = nativeDotWarnings(dot);
    if (warnings !== null) expect(warnings).toBe('');
  });

  itWith([RSVG], 'leaves PNGs of the drawings in output/test-artifacts to look at', async () => {
    for (const name of ['victoria-depth3', 'victoria-depth6', 'elizabeth-ancestors-depth8']) {
      const svg = await renderExport(graphs.get(name)!, 'svg');
      const png = savePng(name, svg, 3000);
      expect(png.width).toBe(3000);
      expect(png.width / png.height).toBeLessThanOrEqual(MAX_ASPECT + 0.1);
    }
  });
});
