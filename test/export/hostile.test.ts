import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { renderExport } from '../../src/export/write.js';
import { loadGraphviz } from '../../src/export/svg.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import { smallFamily } from './fixtures.js';
import { GEDCOM_LINE, nativeDotWarnings, parseXmlStrict } from './helpers.js';

const FIXED_HOSTILE = [
  '<b>"Q" & \'x\'</b>\n',
  'x'.repeat(10_000),
  'Ṁ'.repeat(3000) + ' ' + '🙂'.repeat(3000),
  'a\u0000b\u0001c\u0008d\u000be\u000cf\u001fg\u007fh\u0085i\u009f',
  'עברית العربية mixed RTL \u202e override \u200f',
  '👨‍👩‍👧‍👦 family 🏳️‍🌈',
  'lone \ud800 surrogate \udfff and \ufffe\uffff',
  '\\"\\\\n \\l \\N \\G braces {} [brackets] ;semicolon, -> -- =',
  '&amp; &lt; &#x41; &#65; &bogus; @@ @#DJULIAN@ /slash/',
  '\r\n\t  spaces  \t\r',
  '',
];

function familyWith(labels: string[]): FamilyGraph {
  const graph = smallFamily();
  const keys = graph.nodes();
  labels.forEach((label, i) => graph.setNodeAttribute(keys[i % keys.length]!, 'label', label));
  graph.setNodeAttribute('Q5', 'description', labels[0] ?? null);
  return graph;
}

async function checkAll(graph: FamilyGraph, svg: boolean): Promise<void> {
  for (const format of ['gexf', 'graphml'] as const)
    parseXmlStrict(await renderExport(graph, format, { highlight: ['Q1', 'Q5'] }));
  parseXmlStrict(await renderExport(graph, 'gexf', { timeline: true }));
  const gedcom = await renderExport(graph, 'gedcom');
  for (const line of gedcom.split('\n').slice(0, -1)) {
    expect(line.length).toBeLessThanOrEqual(255);
    expect(line).toMatch(GEDCOM_LINE);
  }
  expect(gedcom.endsWith('0 TRLR\n')).toBe(true);
  const json = JSON.parse(await renderExport(graph, 'json')) as { nodes: Array<{ attributes: { label: string } }> };
  expect(json.nodes.map((n) => n.attributes.label)).toEqual(
    graph.nodes().map((k) => graph.getNodeAttribute(k, 'label')),
  );
  if (svg) {
    const dot = await renderExport(graph, 'dot');
    const warnings = nativeDotWarnings(dot);
    if (warnings !== null) expect(warnings).toBe('');
    parseXmlStrict(await renderExport(graph, 'svg'));
  }
}

describe('hostile labels leave every output well-formed', () => {
  it('fixed cases: markup, 10,000 characters, controls, RTL, emoji, lone surrogates, DOT and GEDCOM syntax', async () => {
    await checkAll(familyWith(FIXED_HOSTILE), true);
  });

  it('random labels (fast-check, full Unicode and control characters)', async () => {
    await loadGraphviz();
    const label = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom(
          '<',
          '>',
          '&',
          '"',
          "'",
          '\\',
          '\n',
          '\r',
          '\t',
          '@',
          '/',
          '\u0000',
          '\u001b',
          '\ud83d',
          '\ude00',
          'a',
          ' ',
        ),
        maxLength: 300,
      }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(label, { minLength: 1, maxLength: 11 }), async (labels) =>
        checkAll(familyWith(labels), true),
      ),
      { numRuns: 40 },
    );
  });

  it('a DOT label shows the label text literally once Graphviz has drawn it', async () => {
    const text = 'A &amp; B <i>"q"</i> \\n';
    const svg = await renderExport(familyWith([text]), 'svg');
    const doc = parseXmlStrict(svg);
    const texts = Array.from(doc.getElementsByTagName('text')).map((t) => t.textContent);
    expect(texts).toContain(text.replace(/\s+$/, '').trim());
  });
});
