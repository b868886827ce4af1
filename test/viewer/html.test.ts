/**
 * The HTML writer without a browser: the format is registered, the file is self-contained with a
 * Content-Security-Policy whose hashes match what it inlines, the embedded JSON cannot end its
 * element, the data columns describe the graph exactly, and the page's rebuilt graph gives the
 * same kinship answers as the graph it came from.
 */
import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { formatFromPath } from '../../src/export/registry.js';
import { renderExport } from '../../src/export/write.js';
import { createExportContext } from '../../src/export/context.js';
import { contentSecurityPolicy, embedJson, htmlDocument } from '../../src/export/html-document.js';
import { viewerData, type ViewerData } from '../../src/export/viewer-data.js';
import { attachKinship, attachedKinship } from '../../src/export/kinship-attachment.js';
import { kinshipView, peopleOnPaths } from '../../src/export/kinship-view.js';
import { relate } from '../../src/kinship/relate.js';
import { kinshipSubgraph } from '../../src/kinship/subgraph.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import type { ItemId } from '../../src/ids.js';
import { buildViewGraph } from '../../src/viewer/graph.js';
import { royalFamily, smallFamily } from '../export/fixtures.js';
import { HOSTILE, hostileFamily } from './graphs.js';
import { runCli } from '../support/cli.js';
import { makeTempDir } from '../support/tmp.js';

/** The inline <script> (not the JSON one) and <style> of a viewer file, and its policy. */
function parts(html: string): { script: string; style: string; csp: string; json: string } {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1]!.replace(/&apos;/g, "'");
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const json = /<script type="application\/json" id="wdkin-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
  const script = /<script>([\s\S]*?)<\/script>\n<\/body>/.exec(html)![1]!;
  return { script, style, csp, json };
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the html format', () => {
  it('is chosen by .html and .htm, or --format html', () => {
    expect(formatFromPath('family.html')).toBe('html');
    expect(formatFromPath('family.HTM')).toBe('html');
    expect(formatFromPath('family.out', 'html')).toBe('html');
  });

  it('writes one self-contained file whose policy allows exactly its own script and style', async () => {
    const html = await renderExport(royalFamily(), 'html');
    const { script, style, csp } = parts(html);
    expect(script.length).toBeGreaterThan(100_000); // graphology + sigma + the viewer
    expect(csp).toContain(`script-src ${sha(script)}`);
    expect(csp).toContain(`style-src ${sha(style)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain('img-src data: blob:');
    expect(csp).not.toContain('unsafe');
    // nothing is loaded from elsewhere
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+stylesheet|@import|https?:\/\/[^"'\s]*\.(?:js|css)\b/);
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('is written by wdkin export from a saved crawl, with the crawl metadata', async () => {
    const { dir, cleanup } = makeTempDir('wdkin-html-');
    try {
      const saved = join(dir, 'royal.json');
      writeFileSync(saved, await renderExport(royalFamily(), 'json'));
      const result = await runCli(['export', saved, '--out', 'royal.htm', '--layout', 'forceatlas2', '--json'], {
        cwd: dir,
      });
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout).outputs[0]).toMatchObject({ format: 'html' });
      const data = JSON.parse(parts(readFileSync(join(dir, 'royal.htm'), 'utf8')).json) as ViewerData;
      expect(data.people.qid).toHaveLength(royalFamily().order);
      expect(data.meta.layout).toBe('forceatlas2');
      expect(data.meta.seeds).toEqual(royalFamily().getAttribute('seeds'));
    } finally {
      cleanup();
    }
  });

  it('refuses to inline a script or style that would close its element', () => {
    const data = { format: 'x' };
    expect(() => htmlDocument({ title: 't', script: 'a="</script>"', style: '', data })).toThrow(/cannot be inlined/);
    expect(() => htmlDocument({ title: 't', script: '', style: 'a{}</STYLE>', data })).toThrow(/cannot be inlined/);
    expect(contentSecurityPolicy('a', 'b')).toBe(contentSecurityPolicy('a', 'b'));
  });

  it('embeds JSON that no label can break out of, and that reads back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' }), { maxLength: 8 }), (labels) => {
        const value = { labels: [...labels, ...Object.values(HOSTILE), '\u2028\u2029'] };
        const embedded = embedJson(value);
        expect(embedded).not.toMatch(/<\/script|<!--|</i);
        expect(JSON.parse(embedded)).toEqual(value);
      }),
    );
  });

  it('keeps hostile labels out of the markup: only the escaped title carries them', async () => {
    const html = await renderExport(hostileFamily(), 'html');
    const { json } = parts(html);
    const outside = html.replace(json, '');
    for (const attack of Object.values(HOSTILE)) expect(outside).not.toContain(attack);
    expect(outside).toContain(
      '<title>&lt;/script&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;: family of 11 people',
    );
    const data = JSON.parse(json) as ViewerData;
    expect(data.people.label).toEqual(expect.arrayContaining(Object.values(HOSTILE)));
  });
});

describe('the embedded data', () => {
  it('holds every person and link with the layout, generations and descendants of the context', () => {
    const graph = royalFamily();
    const context = createExportContext(graph, { highlight: ['Q1', 'Q2'] });
    const data = viewerData(context);
    expect(data.people.qid).toEqual(graph.nodes());
    expect(data.people.sex).toHaveLength(graph.order);
    expect(data.links.source).toHaveLength(graph.size);
    expect(data.links.relation).toHaveLength(graph.size);
    const positions = context.positions();
    const generations = context.generations();
    const descendants = context.descendants();
    data.people.qid.forEach((qid, i) => {
      expect(data.people.x[i]).toBeCloseTo(positions.get(qid)!.x, 1);
      expect(data.people.y[i]).toBeCloseTo(positions.get(qid)!.y, 1);
      expect(data.people.generation[i]).toBe(generations.get(qid));
      expect(data.people.descendants[i]).toBe(descendants.get(qid));
    });
    expect(data.people.highlighted.map((i) => data.people.qid[i])).toEqual(['Q1', 'Q2']);
    expect(data.people.seeds.map((i) => data.people.qid[i])).toEqual(graph.getAttribute('seeds'));
    expect(
      data.links.highlighted.map(
        (i) => `${data.people.qid[data.links.source[i]!]}~${data.people.qid[data.links.target[i]!]}`,
      ),
    ).toEqual(['Q1~Q2']);
    expect(data.meta.itemUrlPrefix).toBe('https://www.wikidata.org/wiki/');
    expect(data.kinship).toBeNull();
  });

  it('links items to the Wikibase they came from', () => {
    const graph = smallFamily();
    graph.setAttribute('endpoint', 'https://database.factgrid.de/w/api.php');
    expect(viewerData(createExportContext(graph)).meta.itemUrlPrefix).toBe(
      'https://database.factgrid.de/wiki/Special:EntityPage/',
    );
  });

  it('takes the positions of --layout forceatlas2 when asked', () => {
    const graph = royalFamily();
    const context = createExportContext(graph, { layout: 'forceatlas2' });
    const data = viewerData(context);
    expect(data.meta.layout).toBe('forceatlas2');
    const first = context.positions().get(data.people.qid[0]!)!;
    expect(data.people.x[0]).toBeCloseTo(first.x, 1);
  });

  it('rebuilds in the page into the same people, links, dates and kinds of link', () => {
    for (const graph of [smallFamily(), royalFamily(), hostileFamily()]) {
      const view = buildViewGraph(viewerData(createExportContext(graph)));
      expect(view.order).toBe(graph.order);
      expect(view.size).toBe(graph.size);
      graph.forEachNode((qid, person) => {
        const rebuilt = view.getNodeAttributes(qid);
        for (const key of ['label', 'description', 'sex', 'seed', 'depth', 'unexplored', 'unknownParents'] as const)
          expect(rebuilt[key]).toEqual(person[key]);
        for (const key of ['birth', 'death'] as const) {
          const date = person[key];
          const back = rebuilt[key];
          if (!date) expect(back).toBeNull();
          else
            expect({ ...back, time: undefined }).toEqual({
              year: date.year,
              precision: date.precision,
              calendar: date.calendar,
              bce: date.bce,
              ...(date.month !== undefined ? { month: date.month } : {}),
              ...(date.day !== undefined ? { day: date.day } : {}),
              time: undefined,
            });
        }
      });
      graph.forEachEdge((_key, link, source, target) => {
        const keys = [...view.edges(source, target), ...view.edges(target, source)];
        const rebuilt = keys.map((k) => view.getEdgeAttributes(k)).find((l) => l.relation === link.relation);
        expect(rebuilt).toBeDefined();
        expect(rebuilt!.nonBirth).toBe(link.nonBirth);
        expect(rebuilt!.kinshipType).toEqual(link.kinshipType);
      });
    }
  });

  it('gives the page the same kinship answers as the original graph', () => {
    const graph = royalFamily();
    const view = buildViewGraph(viewerData(createExportContext(graph)));
    const ids = graph.nodes() as ItemId[];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: ids.length - 1 }), fc.integer({ min: 0, max: ids.length - 1 }), (i, j) => {
        fc.pre(i !== j);
        const expected = kinshipView(relate(graph, ids[i]!, ids[j]!));
        const inPage = kinshipView(relate(view as unknown as FamilyGraph, ids[i]!, ids[j]!));
        expect(inPage).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('kinship answers for the HTML writer', () => {
  it('travel with the subgraph the kinship command writes, and only there', async () => {
    const graph = royalFamily();
    const result = relate(graph, 'Q11' as ItemId, 'Q17' as ItemId);
    const sub = attachKinship(kinshipSubgraph(graph, result), result);
    expect(attachedKinship(sub)).toEqual(kinshipView(result));
    expect(attachedKinship(graph)).toBeNull();
    const html = await renderExport(sub, 'html');
    const data = JSON.parse(parts(html).json) as ViewerData;
    expect(data.kinship).toEqual(kinshipView(result));
    expect(data.kinship!.relationships[0]!.name).toBe(result.relationships[0]!.name);
    // every person on a path is in the file
    for (const id of peopleOnPaths(data.kinship!)) expect(data.people.qid).toContain(id);
    // other formats are not changed by it
    expect(await renderExport(sub, 'json')).toBe(await renderExport(kinshipSubgraph(graph, result), 'json'));
  });

  it('read both lines of a relationship as lists of paths', () => {
    const graph = royalFamily();
    const view = kinshipView(relate(graph, 'Q11' as ItemId, 'Q17' as ItemId));
    const cousins = view.relationships[0]!;
    expect(cousins.paths.a).toEqual([expect.arrayContaining(['Q11'])]);
    expect(cousins.paths.b[0]![0]).toBe('Q17');
    expect(cousins.commonAncestors.length).toBeGreaterThan(0);
  });
});
