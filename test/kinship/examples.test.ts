/** The research scripts in examples/ run against the bundled data, so they never rot. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { openFileSource } from '../../src/wikidata/file-source.js';
import type { PersonSource } from '../../src/wikidata/person-source.js';
import { howRelated } from '../../examples/how-related.js';
import { relativesWithin } from '../../examples/relatives-within.js';
import { mostInbred } from '../../examples/most-inbred.js';
import { findPedigree } from '../../src/kinship/find-pedigree.js';
import { DATASET } from './ancestry-bound.js';

let source: PersonSource;
beforeAll(async () => {
  source = await openFileSource(DATASET, { languages: ['en', 'fr'] });
});

describe('examples/', () => {
  it('how-related: Elizabeth II and Philip by degree, with the four numbers', async () => {
    const lines = await howRelated(source, 'Q9682', 'Q80976');
    expect(lines[0]).toBe("Prince Philip, Duke of Edinburgh is Elizabeth II's");
    expect(lines[1]).toBe('  second cousin once removed: through Christian IX of Denmark & Louise of Hesse-Kassel');
    expect(lines).toContain('  husband');
    expect(lines.at(-1)).toBe('path sum 0.02447, φ 0.01224, F 0.00000 / 0.00100, r 0.02446');
  });

  it('relatives-within: Queen Victoria within 2 generations, children first', async () => {
    const table = await relativesWithin(source, 'Q9439', 2);
    expect(table[0]).toMatchObject({ generationsA: 0, generationsB: 1, coefficient: 0.5 });
    expect(table.find((r) => r.id === 'Q20875')).toMatchObject({ relationship: 'son', coefficient: 0.5 }); // Edward VII
    expect(table.find((r) => r.id === 'Q269412')).toMatchObject({ relationship: 'grandson', generationsB: 2 }); // George V
    expect(table.every((r) => r.generationsA <= 2 && r.generationsB <= 2)).toBe(true);
    expect(table.some((r) => r.relationship.includes('cousin'))).toBe(true);
  });

  it('most-inbred: Alfonso XII and his siblings lead; F grows as the crawl reaches more ancestors', async () => {
    const shallow = await mostInbred(source, ['Q32347'], 4, 5);
    expect(shallow).toHaveLength(5);
    expect(shallow.map((p) => p.id)).toContain('Q32347');
    expect(shallow.every((p, i) => i === 0 || shallow[i - 1]!.inbreeding >= p.inbreeding)).toBe(true);
    expect(shallow[0]!.inbreeding).toBe(27 / 128); // 4 generations of ancestors in a depth-4 crawl
    const deep = await mostInbred(source, ['Q32347'], 10, 5);
    const alfonso = deep.find((p) => p.id === 'Q32347');
    expect(alfonso?.inbreeding).toBe((await findPedigree(source, 'Q32347')).inbreeding); // as `wdkin pedigree` says
    expect(alfonso!.inbreeding).toBeGreaterThan(shallow[0]!.inbreeding);
  });
});
