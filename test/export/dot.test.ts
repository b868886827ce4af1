import { describe, expect, it } from '@jest/globals';
import { dotString, wrapLabel } from '../../src/export/dot-text.js';
import { renderExport } from '../../src/export/write.js';
import { smallFamily } from './fixtures.js';
import { nativeDotWarnings, parseXmlStrict } from './helpers.js';

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
