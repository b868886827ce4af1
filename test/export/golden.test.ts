import { describe, it } from '@jest/globals';
import { renderExport } from '../../src/export/write.js';
import type { ExportFormat } from '../../src/export/registry.js';
import { smallFamily } from './fixtures.js';
import { expectGolden } from './helpers.js';

// html is left out: it inlines the viewer bundle, which changes with every build (test/viewer checks it)
const FILES: Record<Exclude<ExportFormat, 'html'>, string> = {
  json: 'small.json',
  gexf: 'small.gexf',
  dot: 'small.dot',
  svg: 'small.svg',
  graphml: 'small.graphml',
  gedcom: 'small.ged',
};

describe('golden files (small family: half-sibling, second marriage, unknown parent and sex, markup label)', () => {
  for (const [format, file] of Object.entries(FILES) as Array<[Exclude<ExportFormat, 'html'>, string]>) {
    it(`${format} matches ${file}`, async () => {
      expectGolden(file, await renderExport(smallFamily(), format, { highlight: ['Q1', 'Q5', 'Q9'] }));
    });
  }

  it('dynamic GEXF (--timeline) matches small-timeline.gexf', async () => {
    expectGolden('small-timeline.gexf', await renderExport(smallFamily(), 'gexf', { timeline: true }));
  });

  it('GEXF with the forceatlas2 layout matches small-forceatlas2.gexf', async () => {
    expectGolden('small-forceatlas2.gexf', await renderExport(smallFamily(), 'gexf', { layout: 'forceatlas2' }));
  });
});
