/**
 * The relationship chart, drawn from today's kinship answers on the bundled data: Elizabeth II and
 * Prince Philip are second cousins once removed through Christian IX & Louise, and third
 * cousins through Queen Victoria & Albert.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { UsageError } from '../../src/errors.js';
import { chartOptionDefinitions, parseChartMax } from '../../src/cli/export-options.js';
import {
  chartRelationships,
  DEFAULT_CHART_MAX,
  kinshipChartFormat,
  renderKinshipChart,
} from '../../src/export/kinship-chart-adapter.js';
import { renderKinshipChartDot, renderKinshipChartSvg } from '../../src/export/kinship-chart.js';
import type { ItemId } from '../../src/ids.js';
import { findKinship, type KinshipSearchResult } from '../../src/kinship/find-kinship.js';
import { relate } from '../../src/kinship/relate.js';
import type { KinshipResult } from '../../src/kinship/types.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { savePng } from './artifacts.js';
import { readDotRows, svgAspect } from './dot-rows.js';
import { itWith, RSVG } from './external.js';
import { parseXmlStrict } from './helpers.js';
import { royalsCrawl, royalsSource } from './royals-crawl.js';

const ELIZABETH = 'Q9682' as ItemId;
const PHILIP = 'Q80976' as ItemId;
const VICTORIA = 'Q9439' as ItemId;

let found: KinshipSearchResult;
beforeAll(async () => {
  found = await findKinship(await royalsSource(), ELIZABETH, PHILIP);
}, 120_000);

/**
 * Each relationship reads as a chart: the ancestors on one row, below them one row per generation
 * down each line, A's line left of B's in every row, A and B at the ends.
 */
function expectChart(dot: string, result: KinshipResult, graph: FamilyGraph, max: number): void {
  const { rank, slot } = readDotRows(dot);
  const drawn = chartRelationships(graph, result, max);
  drawn.forEach((relationship, i) => {
    const id = (qid: string) => `c${i}_${qid}`;
    const top = rank.get(id(relationship.commonAncestors[0]!))!;
    for (const ancestor of relationship.commonAncestors) expect(rank.get(id(ancestor))).toBe(top);
    expect(rank.get(`t${i}`)).toBe(top - 1); // the title above
    const lineA = relationship.pathA.slice(0, -1).reverse();
    const lineB = relationship.pathB.slice(0, -1).reverse();
    lineA.forEach((qid, k) => expect([qid, rank.get(id(qid))]).toEqual([qid, top + 1 + k]));
    lineB.forEach((qid, k) => expect([qid, rank.get(id(qid))]).toEqual([qid, top + 1 + k]));
    for (let k = 0; k < Math.min(lineA.length, lineB.length); k++)
      expect(slot.get(id(lineA[k]!))!).toBeLessThan(slot.get(id(lineB[k]!))!);
    // A and B end their lines, or are the ancestor themselves (a direct line)
    expect(lineA.length > 0 ? lineA[lineA.length - 1] : relationship.commonAncestors).toEqual(
      lineA.length > 0 ? result.a : expect.arrayContaining([result.a]),
    );
    expect(lineB.length > 0 ? lineB[lineB.length - 1] : relationship.commonAncestors).toEqual(
      lineB.length > 0 ? result.b : expect.arrayContaining([result.b]),
    );
  });
}

describe('the kinship chart of Elizabeth II and Prince Philip (findKinship on the bundled data)', () => {
  it('draws the closest relationships, titled with their names and common ancestors', () => {
    const drawn = chartRelationships(found.graph, found);
    expect(drawn).toHaveLength(DEFAULT_CHART_MAX);
    expect(drawn[0]!.title).toBe(
      'Second cousins once removed through Christian IX of Denmark & Louise of Hesse-Kassel',
    );
    expect(drawn[0]!.subtitle).toBe('4 generations down to Elizabeth II, 3 generations to Prince Philip');
    expect(drawn[1]!.title).toBe('Third cousins through Albert & Queen Victoria');
    expect(drawn[1]).toMatchObject({
      commonAncestors: ['Q152245', 'Q9439'],
      pathA: ['Q9682', 'Q280856', 'Q269412', 'Q20875', 'Q152245'],
      pathB: ['Q80976', 'Q116062', 'Q57658', 'Q155566', 'Q152245'],
    });
    expect(chartRelationships(found.graph, found, 1)).toHaveLength(1);
  });

  it('puts each relationship in rows: ancestors on top, one row per generation, A left and B right', async () => {
    const dot = await renderKinshipChart(found.graph, found, { format: 'dot' });
    expectChart(dot, found, found.graph, DEFAULT_CHART_MAX);
    expect(dot).toContain('1 · Second cousins once removed');
    const svg = await renderKinshipChart(found.graph, found, { format: 'svg' });
    const texts = Array.from(parseXmlStrict(svg).getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain('How Prince Philip, Duke of Edinburgh is related to Elizabeth II');
    expect(texts).toContain('Christian IX of');
    expect(texts.filter((t) => t === '1926–2022')).toHaveLength(DEFAULT_CHART_MAX); // Elizabeth II, once per chart
    expect(svgAspect(svg).aspect).toBeLessThan(2.5);
  });

  itWith([RSVG], 'leaves a PNG of the chart in output/test-artifacts to look at', async () => {
    const png = savePng(
      'kinship-elizabeth-philip',
      await renderKinshipChart(found.graph, found, { format: 'svg' }),
      1600,
    );
    expect(png.height).toBeGreaterThan(400);
  });
});

describe('the kinship chart from relate() on a crawl', () => {
  it('Queen Victoria and Prince Philip: a direct line, drawn as one line down from her', async () => {
    const graph = await royalsCrawl([VICTORIA, PHILIP], 5, { up: true });
    const result = relate(graph, VICTORIA, PHILIP);
    const [closest] = chartRelationships(graph, result, 1);
    expect(closest!.title).toBe("Prince Philip is Queen Victoria's 2nd-great-grandson");
    expect(closest!.subtitle).toBe('4 generations from Queen Victoria down to Prince Philip');
    const dot = renderKinshipChartDot({ graph, a: VICTORIA, b: PHILIP, relationships: [closest!] });
    const { rank } = readDotRows(dot);
    expect(rank.get(`c0_${VICTORIA}`)).toBe(rank.get(`t0`)! + 1);
    expect(rank.get(`c0_${PHILIP}`)).toBe(rank.get(`c0_${VICTORIA}`)! + 4);
    expectChart(dot, result, graph, 1);
    parseXmlStrict(await renderKinshipChartSvg({ graph, a: VICTORIA, b: PHILIP, relationships: [closest!] }));
  });

  it('stacks shelves of relationships and escapes hostile labels', async () => {
    const graph = await royalsCrawl([ELIZABETH, PHILIP], 8, { up: true });
    const result = relate(graph, ELIZABETH, PHILIP);
    graph.setNodeAttribute('Q151305', 'label', '<b>"Christian" & \'IX\'</b>\n\\ @');
    const relationships = chartRelationships(graph, result, 5);
    expect(relationships.length).toBeGreaterThanOrEqual(4);
    const dot = renderKinshipChartDot({ graph, a: ELIZABETH, b: PHILIP, relationships, perShelf: 2 });
    const { rank } = readDotRows(dot);
    expect(rank.get('t2')!).toBeGreaterThan(rank.get(`c0_${ELIZABETH}`)!); // third chart below the first shelf
    parseXmlStrict(await renderKinshipChartSvg({ graph, a: ELIZABETH, b: PHILIP, relationships, perShelf: 2 }));
  });

  it('says so when there is no relationship by descent to draw', async () => {
    const graph = await royalsCrawl([ELIZABETH], 1);
    const dot = renderKinshipChartDot({ graph, a: ELIZABETH, b: 'Q280856' as ItemId, relationships: [] });
    expect(dot).toContain('No relationship by descent to draw.');
  });
});

describe('--chart-max and the chart formats', () => {
  it('defines --chart-max (default 3) and refuses what is not a whole number from 1 to 50', () => {
    expect(chartOptionDefinitions['chart-max'].default).toBe('3');
    expect(parseChartMax(5)).toBe(5);
    expect(parseChartMax('3')).toBe(3);
    for (const bad of [0, -1, 2.5, 51, Number.NaN, '0x3', ' 3', ''])
      expect(() => parseChartMax(bad)).toThrow(UsageError);
  });

  it('tells a chart output (.svg, .dot, .gv) from the other formats', () => {
    expect(['a.svg', 'a.DOT', 'a.gv', 'a.gexf', 'a.json'].map(kinshipChartFormat)).toEqual([
      'svg',
      'dot',
      'dot',
      null,
      null,
    ]);
  });
});
